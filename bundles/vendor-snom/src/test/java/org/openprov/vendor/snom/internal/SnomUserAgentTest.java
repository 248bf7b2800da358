package org.openprov.vendor.snom.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.Test;
import org.openprov.api.registry.Mac;
import org.openprov.vendor.snom.internal.SnomUserAgent.Reading;

/**
 * Every row of the shared User-Agent fixture (a copy in src/test/resources): the Snom rows are
 * read as Snom with the type and MAC they carry, every other vendor's row is not Snom's.
 */
public class SnomUserAgentTest {

    private static final Mac FIXTURE_MAC = Mac.parse("000413a0001a");

    @Test
    public void snom320WithoutMac() {
        Reading reading = readRow("snom320 (fw 8.4)");

        assertEquals(Optional.of("320"), reading.model());
        assertEquals(Optional.empty(), reading.mac());
    }

    @Test
    public void snom710WithItsMacAppended() {
        Reading reading = readRow("snom710");

        assertEquals(Optional.of("710"), reading.model());
        assertEquals(Optional.of(FIXTURE_MAC), reading.mac());
    }

    @Test
    public void snom720FirmwareFetchWithoutSipSuffixNorMac() {
        Reading reading = readRow("snom720 (firmware fetch)");

        assertEquals(Optional.of("720"), reading.model());
        assertEquals(Optional.empty(), reading.mac());
    }

    @Test
    public void ancientFirmwareNamesTheVendorButNoType() {
        Reading reading = readRow("snom 6.5 era");

        assertEquals(Optional.empty(), reading.model());
        assertEquals(Optional.empty(), reading.mac());
    }

    @Test
    public void everySnomRowIsSnomAndNoOtherRowIs() {
        List<String[]> rows = rows();
        int snom = 0;
        for (String[] row : rows) {
            boolean isSnom = row[0].equals("Snom");
            assertEquals(row[2], isSnom, SnomUserAgent.matches(row[2]));
            snom += isSnom ? 1 : 0;
        }
        assertEquals(4, snom);
        assertTrue(rows.size() > 40);
    }

    /** Vendor in any case, extra spaces, a spaced or underscored type, MAC in any form. */
    @Test
    public void variantsOfTheSnomRowsAreReadAlike() {
        String[] variants = {
            "Mozilla/4.0 (compatible; SNOM710-SIP 8.7.5.35 000413A0001A)",
            "Mozilla/4.0  (compatible;  snom710-SIP   8.7.5.35   00:04:13:a0:00:1a )",
            "Mozilla/4.0 (compatible; Snom 710-SIP 8.7.5.35 00-04-13-A0-00-1A)",
            "Mozilla/4.0 (compatible; snom_710 8.7.5.35 0004.13a0.001a)",
        };
        for (String ua : variants) {
            Reading reading = SnomUserAgent.read(ua);

            assertEquals(ua, Optional.of("710"), reading.model());
            assertEquals(ua, Optional.of(FIXTURE_MAC), reading.mac());
        }
    }

    @Test
    public void d7xxUserAgentWithUpperCaseMacAndModuleCounts() {
        Reading reading = SnomUserAgent.read("Mozilla/4.0 (compatible; snomD713-SIP 10.4.5.6"
                + " 10.4.5-v10-rc2 (Mar 12 2025 - 10:11:12) 000413A00003 SXM:0 UXM:0 UXMC:0)");

        assertEquals(Optional.of("D713"), reading.model());
        assertEquals(Optional.of(Mac.parse("000413a00003")), reading.mac());
    }

    /** Any 12 hex digits make a MAC; no list of Snom's address prefixes decides. */
    @Test
    public void aMacOutsideSnomsPrefixesIsStillTaken() {
        Reading reading = SnomUserAgent.read("Mozilla/4.0 (compatible; snomD785-SIP 10.1.33.33"
                + " 2010.12-00004-g9ba52f5 AABBCC112233 SXM:0 UXM:0)");

        assertEquals(Optional.of(Mac.parse("aabbcc112233")), reading.mac());
    }

    @Test
    public void otherVendorsAndEmptyUserAgentsAreNotSnom() {
        for (String ua : new String[] {"", "Yealink SIP-T54W 96.86.0.100 00:15:65:a1:b2:c3",
            "FileTransport PolycomVVX-VVX_450-UA/6.4.6.2480", "Mozilla/5.0 (X11; Linux)"}) {
            assertFalse(ua, SnomUserAgent.matches(ua));
            assertEquals(ua, Optional.empty(), SnomUserAgent.read(ua).mac());
        }
        assertFalse(SnomUserAgent.matches(null));
    }

    private static Reading readRow(String model) {
        String[] row = rows().stream().filter(r -> r[0].equals("Snom") && r[1].equals(model))
                .findFirst().orElseThrow(() -> new AssertionError("no fixture row " + model));
        assertTrue(row[2], SnomUserAgent.matches(row[2]));
        assertTrue(row[2], SnomUserAgent.matches(row[2].toUpperCase(Locale.ROOT)));
        return SnomUserAgent.read(row[2]);
    }

    /** @return the fixture's rows (vendor, model, user agent, source, note), header skipped */
    static List<String[]> rows() {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = SnomUserAgentTest.class.getResourceAsStream("/user-agents.tsv");
                BufferedReader reader = new BufferedReader(
                        new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.lines().filter(l -> !l.startsWith("#") && !l.isBlank())
                    .filter(l -> !l.startsWith("vendor\t"))
                    .forEach(l -> rows.add(l.split("\t", -1)));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return rows;
    }
}
