package org.openprov.vendor.audiocodes.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameters;
import org.openprov.api.registry.Mac;

/**
 * One test per row of the shared User-Agent fixture: AudioCodes rows, and every spelling of
 * them a phone or a proxy may produce, are read as AudioCodes with the right MAC; every other
 * row is not AudioCodes.
 */
@RunWith(Parameterized.class)
public class AudioCodesUserAgentTest {

    private final String vendor;
    private final String userAgent;

    /**
     * @param vendor the row's vendor
     * @param userAgent the row's User-Agent
     * @param model the row's model, for the test name
     */
    public AudioCodesUserAgentTest(String vendor, String userAgent, String model) {
        this.vendor = vendor;
        this.userAgent = userAgent;
    }

    /** @return vendor, User-Agent and model of every fixture row */
    @Parameters(name = "{0} {2}")
    public static List<Object[]> rows() {
        List<Object[]> rows = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(Objects
                .requireNonNull(AudioCodesUserAgentTest.class.getResourceAsStream(
                        "/user-agents.tsv")), StandardCharsets.UTF_8))) {
            in.lines().filter(l -> !l.startsWith("#") && !l.startsWith("vendor\t"))
                    .filter(l -> !l.isBlank()).map(l -> l.split("\t", -1))
                    .forEach(c -> rows.add(new Object[] {c[0], c[2], c[1]}));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    @Test
    public void rowIsReadAsItsVendor() {
        AudioCodesUserAgent reading = AudioCodesUserAgent.read(userAgent);

        if (!"AudioCodes".equals(vendor)) {
            assertFalse(userAgent, reading.vendor());
            return;
        }
        assertTrue(userAgent, reading.vendor());
        Optional<Mac> mac = Mac.tryParse(userAgent.replaceAll(".*; *([0-9A-Fa-f]{12})\\).*",
                "$1"));
        assertTrue("the fixture row carries a MAC", mac.isPresent());
        assertEquals(mac, reading.mac());
        assertEquals("440HDG", reading.model());
    }

    @Test
    public void everySpellingOfAnAudioCodesRowIsRead() {
        if (!"AudioCodes".equals(vendor)) {
            return;
        }
        Mac mac = AudioCodesUserAgent.read(userAgent).mac().orElseThrow();
        for (String variant : variants(userAgent, mac)) {
            AudioCodesUserAgent reading = AudioCodesUserAgent.read(variant);

            assertTrue(variant, reading.vendor());
            assertEquals(variant, "440HDG", reading.model());
            boolean carriesMac = variant.matches(".*;\\s*[0-9A-Fa-f].*");
            assertEquals(variant, carriesMac ? Optional.of(mac) : Optional.empty(),
                    reading.mac());
        }
    }

    /** @return the row with its vendor, spacing, model and MAC written in other ways */
    private static List<String> variants(String row, Mac mac) {
        String version = "2.2.8.61";
        List<String> variants = new ArrayList<>();
        for (String macForm : new String[] {mac.hex(), mac.upper(), mac.colons(),
                mac.colons().toUpperCase(), mac.colons().replace(':', '-'),
                "0090.8fa0.0024", "0090.8FA0.0024"}) {
            variants.add("AUDC-IPPhone/" + version + " (440HDG-Rev0; " + macForm + ")");
        }
        variants.add(row.toLowerCase());
        variants.add(row.toUpperCase());
        variants.add("  AUDC - IPPhone/" + version + "   (  440HDG-Rev0 ;   " + mac.upper()
                + "  )  ");
        variants.add("AUDC-IPPhone/" + version + " (440HD G-Rev0; " + mac.upper() + ")");
        variants.add("AUDC-IPPhone/" + version + " (440HD_G_Rev0; " + mac.upper() + ")");
        variants.add("AUDC-IPPhone/" + version + " (440HDG-Rev0)");
        variants.add("AUDC-IPPhone/" + version + " (440HDG-Rev0; )");
        return variants;
    }
}
