package org.openprov.vendor.fanvil.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.Test;
import org.openprov.api.generator.ModelTable;
import org.openprov.api.registry.Mac;

/** Every row of the shared User-Agent fixture, and the spellings phones and proxies produce. */
public class FanvilUserAgentTest {

    private final ModelTable models = FanvilTestDevices.generator().models();

    @Test
    public void theFixtureHoldsFourFanvilRows() throws IOException {
        assertEquals(List.of("X4", "H2U-V2", "X5U-V2", "i10SV"),
                rows(true).stream().map(row -> row[1]).toList());
    }

    @Test
    public void fixtureRowX4() throws IOException {
        assertRow(rows(true).get(0), "2.10.2.6887", "0c383ea0001d");
    }

    @Test
    public void fixtureRowH2uV2() throws IOException {
        assertRow(rows(true).get(1), "2.12.0", "0c383ea0001f");
    }

    @Test
    public void fixtureRowX5uV2() throws IOException {
        assertRow(rows(true).get(2), "2.12.16.17", "0c383ea00020");
    }

    /** The fixture notes this one's lower-case model prefix. */
    @Test
    public void fixtureRowI10sv() throws IOException {
        assertRow(rows(true).get(3), "2.12.10.1", "0c383ea00021");
    }

    @Test
    public void noOtherVendorsRowMatches() throws IOException {
        List<String[]> others = rows(false);

        assertTrue(others.size() > 40);
        for (String[] row : others) {
            assertFalse(row[2], FanvilUserAgent.matches(row[2]));
        }
    }

    @Test
    public void vendorTokenInAnyCaseAndExtraSpaces() {
        for (String ua : List.of("FANVIL X4 2.10.2.6887 0c383ea0001d",
                "fanvil  X4   2.10.2.6887\t0c383ea0001d",
                "  Fanvil X4 2.10.2.6887 0c383ea0001d ")) {
            FanvilUserAgent.Reading reading = FanvilUserAgent.read(ua).orElseThrow();

            assertEquals(ua, "X4", reading.model());
            assertEquals(ua, "2.10.2.6887", reading.firmware());
            assertEquals(ua, Optional.of(Mac.parse("0c383ea0001d")), reading.mac());
        }
    }

    @Test
    public void macWithSeparatorsInEitherCase() {
        for (String mac : List.of("0C383EA0001D", "0c:38:3e:a0:00:1d", "0C-38-3E-A0-00-1D",
                "0c38.3ea0.001d")) {
            assertEquals(mac, Optional.of(Mac.parse("0c383ea0001d")),
                    FanvilUserAgent.read("Fanvil X4 2.10.2.6887 " + mac).orElseThrow().mac());
        }
    }

    /** Wazo's list holds "Fanvil X6U Pro 0.0.10 ..."; an underscore stands for the dash. */
    @Test
    public void modelsWithSpacesOrUnderscores() {
        assertEquals("X6U Pro", FanvilUserAgent.read("Fanvil X6U Pro 0.0.10 0c383ea00022")
                .orElseThrow().model());
        String underscore = FanvilUserAgent.read("Fanvil X5U_V2 2.12.16.17 0c383ea00020")
                .orElseThrow().model();
        assertEquals("X5U-V2", models.find(underscore).orElseThrow().id());
    }

    @Test
    public void withoutMacOrFirmware() {
        FanvilUserAgent.Reading noMac = FanvilUserAgent.read("Fanvil X5U-V2 2.12.16.17")
                .orElseThrow();
        FanvilUserAgent.Reading bare = FanvilUserAgent.read("Fanvil i10SV").orElseThrow();

        assertEquals(Optional.empty(), noMac.mac());
        assertEquals("X5U-V2", noMac.model());
        assertEquals("i10SV", bare.model());
        assertEquals("", bare.firmware());
    }

    /** Recognition rests on the vendor token, not on the MAC prefix. */
    @Test
    public void aMacOutsideFanvilsPrefixIsStillRead() {
        assertEquals(Optional.of(Mac.parse("a4b1c2000001")),
                FanvilUserAgent.read("Fanvil X4U 2.12.1 a4b1c2000001").orElseThrow().mac());
    }

    @Test
    public void otherTextIsNotFanvil() {
        assertFalse(FanvilUserAgent.matches(""));
        assertFalse(FanvilUserAgent.matches(null));
        assertFalse(FanvilUserAgent.matches("Mozilla/5.0 (FanvilFan)"));
        assertFalse(FanvilUserAgent.matches("Yealink SIP-T54W 96.86.0.100 0c:38:3e:a1:b2:c3"));
    }

    private void assertRow(String[] row, String firmware, String mac) {
        FanvilUserAgent.Reading reading = FanvilUserAgent.read(row[2]).orElseThrow();

        assertEquals(row[1], reading.model());
        assertEquals(firmware, reading.firmware());
        assertEquals(Optional.of(Mac.parse(mac)), reading.mac());
        assertEquals(row[1], models.find(reading.model()).orElseThrow().id());
    }

    private static List<String[]> rows(boolean fanvil) throws IOException {
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                FanvilUserAgentTest.class.getResourceAsStream("/user-agents.tsv"),
                StandardCharsets.UTF_8))) {
            in.lines().filter(line -> !line.startsWith("#") && !line.startsWith("vendor\t"))
                    .map(line -> line.split("\t"))
                    .filter(row -> row[0].equals("Fanvil") == fanvil)
                    .forEach(rows::add);
        }
        return rows;
    }
}
