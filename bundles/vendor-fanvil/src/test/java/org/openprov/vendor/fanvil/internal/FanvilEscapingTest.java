package org.openprov.vendor.fanvil.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.Test;
import org.openprov.testing.LogCapture;

/**
 * The text format has no escapes: a value runs to the end of its line. So markup stays as it
 * is, colons stay, and only line breaks and other control characters are replaced.
 */
public class FanvilEscapingTest {

    private static final String NAME = "SIP CONFIG MODULE|SIP Line List|SIP1 Display Name";

    /** Nothing is XML-escaped: the text format takes & < > " ' as they are. */
    @Test
    public void markupAndQuotesAreWrittenAsTheyAre() {
        String name = "Zoë \"Z\" Müller & <Co> 'x' &amp;";

        assertEquals(name, displayName(name));
    }

    /** The phone splits at the first colon; a colon in a value stays in the value. */
    @Test
    public void colonsStayInTheValue() {
        assertEquals("Sales: 2nd floor", displayName("Sales: 2nd floor"));
    }

    /** A line break would start a parameter of the caller's choosing. */
    @Test
    public void aLineBreakCannotInjectAParameter() {
        try (LogCapture log = new LogCapture()) {
            String name = "Bob\r\nSIP1 Register Pswd       :stolen\n<<END OF FILE>>";

            Map<String, String> cfg = FanvilTestDevices.parameters(
                    FanvilTestDevices.withDisplayName(name));

            assertEquals("Bob  SIP1 Register Pswd       :stolen <<END OF FILE>>", cfg.get(NAME));
            assertEquals("pw", cfg.get("SIP CONFIG MODULE|SIP Line List|SIP1 Register Pswd"));
            assertEquals(log.all(), 1, log.count("INFO", FanvilTestDevices.MAC.hex(),
                    "SIP1 Display Name", "control character"));
        }
    }

    @Test
    public void tabsAndOtherControlsBecomeSpaces() {
        assertEquals("a b c d", displayName("a\tb\u0007c\u007fd"));
    }

    @Test
    public void nonAsciiIsWrittenAsUtf8() {
        String name = "Zoë Łukasz 東京 😀";
        byte[] body = FanvilTestDevices.render(FanvilTestDevices.generator(),
                FanvilTestDevices.withDisplayName(name));

        assertEquals(name, CfgFile.parse(body).get(NAME));
        assertTrue(new String(body, StandardCharsets.UTF_8).contains(":" + name + "\r\n"));
    }

    @Test
    public void theWriterRefusesNamesThatWouldBreakTheFile() {
        FanvilCfgWriter cfg = new FanvilCfgWriter();

        assertThrows(IllegalArgumentException.class,
                () -> cfg.set(FanvilModules.SIP, "", "a:b", "x"));
        assertThrows(IllegalArgumentException.class,
                () -> cfg.set(FanvilModules.SIP, "", "<x>", "x"));
        assertThrows(IllegalArgumentException.class,
                () -> cfg.set(FanvilModules.SIP, "", "--x--", "x"));
        assertThrows(IllegalArgumentException.class,
                () -> cfg.set(FanvilModules.SIP, "", "a\nb", "x"));
        assertThrows(IllegalArgumentException.class,
                () -> cfg.set("SIP CONFIG", "", "a", "x"));
        assertThrows(IllegalArgumentException.class,
                () -> cfg.set(FanvilModules.SIP, "--x--", "a", "x"));
        assertFalse(FanvilCfgWriter.isName("trailing "));
        assertTrue(FanvilCfgWriter.isName("P1 Extention No."));
    }

    @Test
    public void aParameterCannotBeSetTwice() {
        FanvilCfgWriter cfg = new FanvilCfgWriter().set(FanvilModules.QOS, "", "VLAN ID", 2);

        assertThrows(IllegalStateException.class,
                () -> cfg.set(FanvilModules.QOS, "", "VLAN ID", 3));
    }

    /** As the phone's export pads: "SIP1 Phone Number       :", "WAN TYPE           :". */
    @Test
    public void namesArePaddedToNineteenColumnsAfterTheirIndex() {
        assertEquals("SIP1 Phone Number       ", FanvilCfgWriter.padded("SIP1 Phone Number"));
        assertEquals("Fkey10 Type               ", FanvilCfgWriter.padded("Fkey10 Type"));
        assertEquals("P1 CallWaiting        ", FanvilCfgWriter.padded("P1 CallWaiting"));
        assertEquals("Time Zone          ", FanvilCfgWriter.padded("Time Zone"));
        assertEquals("Signalling Priority", FanvilCfgWriter.padded("Signalling Priority"));
        assertEquals("SIP  Port          ", FanvilCfgWriter.padded("SIP  Port"));
    }

    @Test
    public void subsectionLinesArePaddedButNumberedPagesAreNot() {
        assertEquals("--SIP Line List--  :", FanvilCfgWriter.sectionLine("SIP Line List"));
        assertEquals("--DateTime Config--:", FanvilCfgWriter.sectionLine("DateTime Config"));
        assertEquals("--Dsskey Config1--:", FanvilCfgWriter.sectionLine("Dsskey Config1"));
        assertEquals("--Sidekey Config1--:", FanvilCfgWriter.sectionLine("Sidekey Config1"));
    }

    @Test
    public void theFrameIsTheExportsFrame() {
        String text = new FanvilCfgWriter().set(FanvilModules.QOS, "", "VLAN ID", 2).render();

        assertEquals("<<VOIP CONFIG FILE>>Version:2.0000000000                      \r\n\r\n"
                + "<QOS CONFIG MODULE>\r\nVLAN ID            :2\r\n\r\n<<END OF FILE>>\r\n", text);
        assertEquals(64, text.indexOf("\r\n") + 2);
    }

    private static String displayName(String name) {
        return FanvilTestDevices.parameters(FanvilTestDevices.withDisplayName(name)).get(NAME);
    }
}
