package org.openprov.vendor.polycom.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.Test;

/** Every row of the shared User-Agent fixture: Polycom's rows match, no other row does. */
public class PolycomUserAgentTest {

    @Test
    public void everyPolycomRowMatches() throws IOException {
        List<String[]> polycom = rows(true);

        assertEquals(5, polycom.size());
        for (String[] row : polycom) {
            assertTrue(row[2], PolycomUserAgent.matches(row[2]));
        }
    }

    @Test
    public void noOtherVendorsRowMatches() throws IOException {
        List<String[]> others = rows(false);

        assertTrue(others.size() > 30);
        for (String[] row : others) {
            assertFalse(row[2], PolycomUserAgent.matches(row[2]));
        }
    }

    @Test
    public void polyBrandedFileTransportMatches() {
        assertTrue(PolycomUserAgent.matches("FileTransport PolyEdge-Edge_E450-UA/8.0.0.1"));
        assertTrue(PolycomUserAgent.matches("filetransport poly"));
        assertFalse(PolycomUserAgent.matches("Mozilla/5.0 (Polymer)"));
        assertFalse(PolycomUserAgent.matches(""));
        assertFalse(PolycomUserAgent.matches(null));
    }

    private static List<String[]> rows(boolean polycom) throws IOException {
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                PolycomUserAgentTest.class.getResourceAsStream("/user-agents.tsv"),
                StandardCharsets.UTF_8))) {
            in.lines().filter(line -> !line.startsWith("#") && !line.startsWith("vendor\t"))
                    .map(line -> line.split("\t"))
                    .filter(row -> row[0].equals("Polycom") == polycom)
                    .forEach(rows::add);
        }
        return rows;
    }
}
