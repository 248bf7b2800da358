package org.openprov.vendor.grandstream.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.Test;
import org.openprov.api.registry.Device;
import org.openprov.api.registry.SipLine;
import org.openprov.api.registry.Transport;
import org.openprov.api.settings.DeviceConfig;

/**
 * Values in the P-value XML: escaped as character data wherever they land, on one line, and
 * never able to make an element or a comment.
 */
public class GrandstreamEscapingTest {

    @Test
    public void theDisplayNameIsEscapedAsCharacterData() {
        String text = render(GrandstreamTestDevices.DISPLAY_NAME, "Zoë");

        assertTrue(text.contains("<P3>Zoë \"Z\" Müller &amp; &lt;Co&gt;</P3>"));
        assertEquals(GrandstreamTestDevices.DISPLAY_NAME, parameters(
                GrandstreamTestDevices.DISPLAY_NAME, "Zoë").get("P3"));
    }

    @Test
    public void aPasswordWithParenthesisAndAmpersandIsEscaped() {
        SipLine line = new SipLine(1, "1001", "", "(p&ss)<x>", "", "", "pbx.example.com", 5060,
                Transport.UDP);
        String text = text(GrandstreamTestDevices.config(device(line)));

        assertTrue(text.contains("<P34>(p&amp;ss)&lt;x&gt;</P34>"));
    }

    @Test
    public void anElementInAValueStaysText() {
        Map<String, String> p = parameters("</P3><P2>admin</P2>", "x</P270><P2>y</P2>");

        assertEquals("</P3><P2>admin</P2>", p.get("P3"));
        assertEquals("x</P270><P2>y</P2>", p.get("P270"));
        assertFalse(p.containsKey("P2"));
    }

    @Test
    public void lineBreaksAndControlsInAValueBecomeSpaces() {
        Map<String, String> p = parameters("Ann\r\nP2=x\tB\u0007\u2028C", "L\nabel");

        assertEquals("Ann  P2=x B  C", p.get("P3"));
        assertEquals("L abel", p.get("P270"));
    }

    @Test
    public void nonAsciiTextIsWrittenAsUtf8() {
        byte[] body = GrandstreamTestDevices.render(GrandstreamTestDevices.generator(),
                GrandstreamTestDevices.config(device(line("Zoë 李 👋", "x")))).body();

        String text = new String(body, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"));
        assertTrue(text.contains("<P3>Zoë 李 👋</P3>"));
    }

    @Test
    public void theWriterRefusesDuplicatesBadNumbersAndCommentsThatCouldClose() {
        PValueFile file = new PValueFile().set(3, "a");

        assertThrows(IllegalStateException.class, () -> file.set(3, "b"));
        assertThrows(IllegalArgumentException.class, () -> file.set(0, "x"));
        assertThrows(IllegalArgumentException.class, () -> file.comment("a -- b"));
        assertThrows(IllegalArgumentException.class, () -> file.comment("ends-"));
        assertTrue(file.replace(3, "c"));
        assertEquals(Optional.of("c"), file.value(3));
    }

    @Test
    public void aCommonFileCarriesNoMacHeader() {
        String text = new PValueFile().set(30, "ntp").render("common", Optional.empty());

        assertEquals("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!-- common -->\n"
                + "<gs_provision version=\"1\">\n  <config version=\"1\">\n"
                + "    <P30>ntp</P30>\n  </config>\n</gs_provision>\n", text);
    }

    private static Map<String, String> parameters(String displayName, String label) {
        return GrandstreamTestDevices.parameters(GrandstreamTestDevices.config(
                device(line(displayName, label))));
    }

    private static String render(String displayName, String label) {
        return text(GrandstreamTestDevices.config(device(line(displayName, label))));
    }

    private static String text(DeviceConfig config) {
        return new String(GrandstreamTestDevices.render(GrandstreamTestDevices.generator(),
                config).body(), StandardCharsets.UTF_8);
    }

    private static SipLine line(String displayName, String label) {
        return new SipLine(1, "1001", "", "pw", displayName, label, "pbx.example.com", 5060,
                Transport.UDP);
    }

    private static Device device(SipLine line) {
        return GrandstreamTestDevices.device("GXP2170", List.of(line), Map.of());
    }
}
