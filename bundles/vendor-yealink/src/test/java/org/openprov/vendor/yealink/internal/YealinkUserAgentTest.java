package org.openprov.vendor.yealink.internal;

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

/** Every row of the shared User-Agent fixture: Yealink's rows match, no other row does. */
public class YealinkUserAgentTest {

    private final YealinkGenerator generator = YealinkTestDevices.generator();

    @Test
    public void everyYealinkRowMatches() throws IOException {
        List<String[]> yealink = rows(true);

        assertEquals(11, yealink.size());
        for (String[] row : yealink) {
            assertTrue(row[2], YealinkUserAgent.matches(row[2], generator.models()));
        }
    }

    @Test
    public void noOtherVendorsRowMatches() throws IOException {
        List<String[]> others = rows(false);

        assertTrue(others.size() > 30);
        for (String[] row : others) {
            assertFalse(row[2], YealinkUserAgent.matches(row[2], generator.models()));
        }
    }

    @Test
    public void emptyOrBlankUserAgentDoesNotMatch() {
        assertFalse(YealinkUserAgent.matches("", generator.models()));
        assertFalse(YealinkUserAgent.matches("   ", generator.models()));
        assertFalse(YealinkUserAgent.matches(null, generator.models()));
    }

    @Test
    public void modelTokenFromTheTableMatchesWithoutVendor() {
        assertTrue(YealinkUserAgent.matches("SIP-T46U 108.86.0.45", generator.models()));
        assertTrue(YealinkUserAgent.matches("T31G 124.86.0.75", generator.models()));
        assertFalse(YealinkUserAgent.matches("X4 2.10.2.6887", generator.models()));
    }

    private static List<String[]> rows(boolean yealink) throws IOException {
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                YealinkUserAgentTest.class.getResourceAsStream("/user-agents.tsv"),
                StandardCharsets.UTF_8))) {
            in.lines().filter(line -> !line.startsWith("#") && !line.startsWith("vendor\t"))
                    .map(line -> line.split("\t"))
                    .filter(row -> row[0].equals("Yealink") == yealink)
                    .forEach(rows::add);
        }
        return rows;
    }
}
