package org.openprov.api.generator;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A vendor's model table, read from a tab-separated resource shipped in the vendor bundle.
 *
 * <p>Columns: {@code id, displayName, lines, lineKeys, expansionModules, keysPerModule, family}.
 * Lines starting with {@code #} and blank lines are skipped; the first other line is the header.
 */
public final class ModelTable {

    private final List<ModelInfo> models;
    /** Each model by its normalised id and display name; the first in table order wins. */
    private final java.util.Map<String, ModelInfo> byKey;

    private ModelTable(List<ModelInfo> models) {
        this.models = List.copyOf(models);
        java.util.Map<String, ModelInfo> keys = new java.util.HashMap<>();
        for (ModelInfo model : this.models) {
            keys.putIfAbsent(ModelInfo.normalise(model.id()), model);
            keys.putIfAbsent(ModelInfo.normalise(model.displayName()), model);
        }
        this.byKey = java.util.Map.copyOf(keys);
    }

    /**
     * @param in the table, UTF-8; closed when read
     * @return the table
     * @throws IllegalArgumentException naming the line that is malformed
     */
    public static ModelTable read(InputStream in) {
        List<ModelInfo> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(in, StandardCharsets.UTF_8))) {
            boolean header = true;
            int number = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                rows.add(row(line, number));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read a model table", e);
        }
        return new ModelTable(rows);
    }

    private static ModelInfo row(String line, int number) {
        String[] cells = line.split("\t", -1);
        if (cells.length != 7) {
            throw new IllegalArgumentException("Model table line " + number + " has "
                    + cells.length + " columns, expected 7");
        }
        try {
            return new ModelInfo(cells[0].trim(), cells[1].trim(), Integer.parseInt(cells[2]),
                    Integer.parseInt(cells[3]), Integer.parseInt(cells[4]),
                    Integer.parseInt(cells[5]), cells[6].trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Model table line " + number + ": "
                    + e.getMessage());
        }
    }

    /** @return every model, in table order */
    public List<ModelInfo> models() {
        return models;
    }

    /**
     * @param text a model name in any spelling (see {@link ModelInfo#normalise})
     * @return the model it names, if any
     */
    public Optional<ModelInfo> find(String text) {
        // Asked on every request (vendors read models from User-Agents): one map lookup.
        return Optional.ofNullable(byKey.get(ModelInfo.normalise(text)));
    }
}
