package org.openprov.vendor.cisco.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.Test;
import org.openprov.api.registry.SipLine;
import org.openprov.api.registry.Transport;
import org.openprov.api.settings.DeviceConfig;
import org.w3c.dom.Element;

/** Escaping per position: element text, the ua attribute, element names, comments. */
public class CiscoEscapingTest {

    @Test
    public void displayNameAndPasswordSurviveAsElementText() {
        String text = render(CiscoTestDevices.DISPLAY_NAME, CiscoTestDevices.PASSWORD);
        Map<String, String> cfg = Profiles.parse(text.getBytes(StandardCharsets.UTF_8));

        assertEquals(CiscoTestDevices.DISPLAY_NAME, cfg.get("Display_Name_1_"));
        assertEquals(CiscoTestDevices.PASSWORD, cfg.get("Password_1_"));
        assertTrue(text.contains(">Zoë \"Z\" Müller &amp; &lt;Co&gt;</Display_Name_1_>"));
    }

    @Test
    public void markupInAValueCannotOpenAnElement() {
        String name = "</Display_Name_1_><Admin_Password>x</Admin_Password><!--";
        String text = render(name, "pw");
        Map<String, String> cfg = Profiles.parse(text.getBytes(StandardCharsets.UTF_8));

        assertEquals(name, cfg.get("Display_Name_1_"));
        assertFalse(cfg.containsKey("Admin_Password"));
    }

    @Test
    public void lineBreaksAndControlCharactersCannotSplitAValue() {
        Map<String, String> cfg = Profiles.parse(render("Ann\r\nBob\tC\u0001D\u2028E", "pw")
                .getBytes(StandardCharsets.UTF_8));

        assertEquals("Ann  Bob CD E", cfg.get("Display_Name_1_"));
    }

    @Test
    public void theUserAccessAttributeIsQuotedOnEveryMppElement() {
        Map<String, Element> elements = Profiles.elements(CiscoTestDevices.render(
                CiscoTestDevices.generator(), CiscoTestDevices.golden("8851", 10, "Asia/Tokyo"))
                .body());
        Map<String, Element> spa = Profiles.elements(CiscoTestDevices.render(
                CiscoTestDevices.generator(), CiscoTestDevices.golden("SPA504G", 4,
                        "Asia/Tokyo")).body());

        elements.values().forEach(e -> assertEquals(e.getTagName(), "na", e.getAttribute("ua")));
        spa.values().forEach(e -> assertFalse(e.getTagName(), e.hasAttribute("ua")));
    }

    @Test
    public void elementNamesAreNeverTakenFromData() {
        FlatProfile profile = new FlatProfile(CiscoFamily.SPA);

        assertThrows(IllegalArgumentException.class, () -> profile.set("a b", "x"));
        assertThrows(IllegalArgumentException.class, () -> profile.set("x><y", "x"));
        assertThrows(IllegalArgumentException.class, () -> profile.replace("1x", "x"));
        assertTrue(FlatProfile.isName("Enable_LLDP-MED"));
        assertTrue(FlatProfile.isName("Enable_802.1X_Authentication"));
        assertFalse(FlatProfile.isName(".hidden"));
    }

    @Test
    public void aParameterIsWrittenOnceAndCommentsHoldNoDoubleDash() {
        FlatProfile profile = new FlatProfile(CiscoFamily.MPP).set("A", "1");

        assertThrows(IllegalStateException.class, () -> profile.set("A", "2"));
        assertThrows(IllegalArgumentException.class, () -> profile.comment("a -- b"));
        assertTrue(profile.replace("A", "3"));
        assertEquals(List.of("3"), List.copyOf(Profiles.parse(profile.render("h")
                .getBytes(StandardCharsets.UTF_8)).values()));
    }

    @Test
    public void anEmptyValueIsWrittenWithAnEndTagSoItClears() {
        String text = new FlatProfile(CiscoFamily.MPP).set("User_Password", "").render("h");

        assertTrue(text.contains("<User_Password ua=\"na\"></User_Password>"));
        assertFalse(text.contains("/>"));
    }

    private static String render(String displayName, String password) {
        SipLine line = new SipLine(1, "1001", "1001", password, displayName, "1001",
                "pbx.example.com", 5060, Transport.UDP);
        DeviceConfig config = DeviceConfig.ofDevice(CiscoTestDevices.device(
                CiscoTestDevices.SPA_MAC, "SPA504G", List.of(line)));
        return new String(CiscoTestDevices.render(CiscoTestDevices.generator(), config).body(),
                StandardCharsets.UTF_8);
    }
}
