package org.openprov.vendor.mitel.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.Test;
import org.openprov.api.registry.Device;
import org.openprov.api.registry.SipLine;
import org.openprov.api.registry.Transport;
import org.openprov.api.settings.DeviceConfig;
import org.openprov.testing.LogCapture;

/**
 * Values in Mitel's {@code name: value} lines: a {@code #} starts a comment unless quoted, a
 * line break starts a new parameter, and no escape exists for {@code "} inside quotes.
 */
public class MitelEscapingTest {

    @Test
    public void xmlAndQuoteCharactersAreWrittenAsTheyAre() {
        String text = text(withLine("Zoë \"Z\" Müller & <Co>", "p&ss<w>rd\"1'"));

        assertTrue(text, text.contains("sip line1 display name: Zoë \"Z\" Müller & <Co>\n"));
        assertTrue(text, text.contains("sip line1 password: p&ss<w>rd\"1'\n"));
        assertFalse(text, text.contains("&amp;") || text.contains("&lt;"));
    }

    @Test
    public void aValueWithAHashIsQuoted() {
        String text = text(withLine("Desk #2", "pw#1"));

        assertTrue(text, text.contains("sip line1 display name: \"Desk #2\"\n"));
        assertTrue(text, text.contains("sip line1 password: \"pw#1\"\n"));
        assertEquals("Desk #2", CfgLines.parse(bytes(withLine("Desk #2", "pw#1")))
                .get("sip line1 display name"));
    }

    @Test
    public void aValueWithSpacesAtEitherEndIsQuotedToKeepThem() {
        String text = text(withLine("Ann", " pw "));

        assertTrue(text, text.contains("sip line1 password: \" pw \"\n"));
    }

    /** Quotes needed and a quote inside: a visible text gets ' for ", and the log says so. */
    @Test
    public void aQuoteInsideAValueThatNeedsQuotesBecomesAnApostrophe() {
        try (LogCapture log = new LogCapture()) {
            Map<String, String> cfg = CfgLines.parse(bytes(withLine("Desk \"A\" #2", "pw")));

            assertEquals("Desk 'A' #2", cfg.get("sip line1 display name"));
            assertEquals(log.all(), 1, log.count("INFO", "00085da0b2c3",
                    "sip line1 display name"));
        }
    }

    /** A secret that cannot be written exactly is left out, and its value never logged. */
    @Test
    public void aPasswordTheFormatCannotHoldIsLeftOutWithAWarning() {
        for (String password : new String[] {"pa\"ss#1", "\"quoted\"", "line\nbreak"}) {
            try (LogCapture log = new LogCapture()) {
                Map<String, String> cfg = CfgLines.parse(bytes(withLine("Ann", password)));

                assertFalse(password, cfg.containsKey("sip line1 password"));
                assertEquals("1001", cfg.get("sip line1 user name"));
                assertEquals(log.all(), 1, log.count("WARN", "00085da0b2c3",
                        "sip line1 password", "left out"));
                assertFalse(log.all(), log.all().contains(password));
            }
        }
    }

    @Test
    public void lineBreaksInAVisibleTextBecomeSpaces() {
        String name = "Ann\nsip line1 proxy ip: evil.example.com\r\u2028x";

        Map<String, String> cfg = CfgLines.parse(bytes(withLine(name, "pw")));

        assertEquals("Ann sip line1 proxy ip: evil.example.com  x",
                cfg.get("sip line1 display name"));
        assertEquals("pbx.example.com", cfg.get("sip line1 proxy ip"));
    }

    @Test
    public void aLabelWithAHashOrLeadingQuoteIsQuotedOrFitted() {
        DeviceConfig config = new MitelTestDevices.Stack()
                .device("key.1", "speed-dial;target=100;label=#5")
                .device("key.2", "speed-dial;target=101;label=\"Boss\"")
                .on(MitelTestDevices.oneLine("6867i"));

        Map<String, String> cfg = MitelTestDevices.parameters(config);

        assertEquals("#5", cfg.get("topsoftkey1 label"));
        assertEquals("'Boss'", cfg.get("topsoftkey2 label"));
    }

    @Test
    public void theDialPlanIsAlwaysQuoted() {
        DeviceConfig config = new MitelTestDevices.Stack().device("dial.plan", "[2-9]xxx|0")
                .on(MitelTestDevices.oneLine("6731i"));

        assertTrue(text(config).contains("sip dial plan: \"[2-9]xxx|0\"\n"));
    }

    @Test
    public void anEmptyValueIsWrittenWithNothingAfterTheColon() {
        MitelCfgWriter cfg = new MitelCfgWriter("test").set("sip line1 vmail", "");

        assertEquals("sip line1 vmail:\n", cfg.text());
    }

    @Test
    public void namesAreCheckedAndWrittenOnce() {
        MitelCfgWriter cfg = new MitelCfgWriter("test").set("time format", 1);

        assertThrows(IllegalStateException.class, () -> cfg.set("Time Format", 0));
        assertThrows(IllegalArgumentException.class, () -> cfg.set("a: b", "c"));
        assertThrows(IllegalArgumentException.class, () -> cfg.set("!admin password", "1"));
        assertThrows(IllegalArgumentException.class, () -> cfg.set("x # y", "1"));
        assertFalse(MitelCfgWriter.writableName("two  spaces"));
        assertFalse(MitelCfgWriter.writableName("trailing "));
        assertTrue(MitelCfgWriter.writableName("dst [start|end] relative date"));
    }

    @Test
    public void aCommentCannotCarryALineBreak() {
        String text = new MitelCfgWriter("test").comment("a\nb: c").text();

        assertEquals("# a b: c\n", text);
    }

    private static DeviceConfig withLine(String displayName, String password) {
        SipLine line = new SipLine(1, "1001", null, password, displayName, null,
                "pbx.example.com", 5060, Transport.UDP);
        Device device = MitelTestDevices.device("6731i", List.of(line), Map.of());
        return DeviceConfig.ofDevice(device);
    }

    private static byte[] bytes(DeviceConfig config) {
        return MitelTestDevices.render(config).body();
    }

    private static String text(DeviceConfig config) {
        return new String(bytes(config), StandardCharsets.UTF_8);
    }
}
