package org.openprov.vendor.mitel.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

/** The rows of the User-Agent fixture copied into src/test/resources. */
final class FixtureRows {

    /** The fixture's vendor names of Mitel phones. */
    static final Set<String> MITEL = Set.of("Aastra", "Mitel");

    private FixtureRows() {
    }

    /**
     * @param mitel true for the Aastra and Mitel rows, false for every other row
     * @return the rows' cells: vendor, model, user_agent, source, note
     */
    static List<String[]> rows(boolean mitel) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                FixtureRows.class.getResourceAsStream("/user-agents.tsv"),
                StandardCharsets.UTF_8))) {
            return in.lines().filter(line -> !line.startsWith("#") && !line.isBlank()
                    && !line.startsWith("vendor\t")).map(line -> line.split("\t", -1))
                    .filter(row -> MITEL.contains(row[0]) == mitel).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
