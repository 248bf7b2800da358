package org.openprov.vendor.polycom.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.Test;
import org.openprov.api.settings.DeviceConfig;
import org.openprov.api.settings.Level;
import org.openprov.api.settings.ResolvedValue;
import org.openprov.api.settings.Setting;

public class PolycomRawTest {

    private final RecordingNotes notes = new RecordingNotes();

    @Test
    public void aRawSettingReplacesTheParameterTheGeneratorWrote() {
        DeviceConfig config = PolycomTestDevices.twoLines("VVX450",
                at(Setting.SIP_REGISTRATION_EXPIRY.key(), "300"),
                at("raw.polycom.reg.1.server.1.expires", "120"));

        byte[] body = PolycomTestDevices.render(PolycomTestDevices.generator(notes), config);
        Map<String, String> cfg = StrictXml.attributes(body);

        assertEquals("120", cfg.get("reg.1.server.1.expires"));
        assertEquals("300", cfg.get("reg.2.server.1.expires"));
        assertEquals(1, occurrences(body, "reg.1.server.1.expires="));
    }

    /** The replaced value keeps its place among the line's parameters. */
    @Test
    public void aReplacedParameterStaysWhereItWas() {
        DeviceConfig config = PolycomTestDevices.twoLines("VVX450",
                at("raw.polycom.reg.1.server.1.port", "5999"));

        List<String> names = List.copyOf(PolycomTestDevices.attributes(config, notes).keySet());
        String text = new String(PolycomTestDevices.render(PolycomTestDevices.generator(),
                config), StandardCharsets.UTF_8);

        assertTrue(names.contains("reg.1.server.1.port"));
        assertTrue(text.indexOf("reg.1.server.1.port=\"5999\"")
                < text.indexOf("reg.1.server.1.transport="));
    }

    @Test
    public void aRawSettingOfItsOwnIsAddedAfterTheGeneratedOnes() {
        DeviceConfig config = PolycomTestDevices.twoLines("VVX450",
                at("raw.polycom.up.backlight.idleIntensity", "1"));

        byte[] body = PolycomTestDevices.render(PolycomTestDevices.generator(notes), config);
        String text = new String(body, StandardCharsets.UTF_8);

        assertEquals("1", StrictXml.attributes(body).get("up.backlight.idleIntensity"));
        assertTrue(text.indexOf("up.backlight.idleIntensity")
                > text.indexOf("reg.2.server.1.transport"));
        assertTrue(notes.all().isEmpty());
    }

    @Test
    public void aRawValueIsEscapedLikeAnyOther() {
        String value = "a\" b=\"c\" <d> & 'e'";
        DeviceConfig config = PolycomTestDevices.twoLines("VVX450",
                at("raw.polycom.mb.main.home", value));

        assertEquals(value, PolycomTestDevices.attributes(config, notes).get("mb.main.home"));
    }

    @Test
    public void aRawNameThatIsNoXmlNameIsLeftOutWithAWarning() {
        DeviceConfig config = PolycomTestDevices.twoLines("VVX450",
                at("raw.polycom.1st.key", "x"), at("raw.polycom.-dash", "y"),
                at("raw.polycom.ok_name", "z"));

        Map<String, String> cfg = PolycomTestDevices.attributes(config, notes);

        assertEquals("z", cfg.get("ok_name"));
        assertFalse(cfg.containsValue("x"));
        assertFalse(cfg.containsValue("y"));
        notes.assertOneWarning(PolycomTestDevices.MAC.hex(), "raw.polycom.1st.key");
        notes.assertOneWarning(PolycomTestDevices.MAC.hex(), "raw.polycom.-dash");
    }

    @Test
    public void rawSettingsOfAnotherVendorAreNotWritten() {
        DeviceConfig config = PolycomTestDevices.twoLines("VVX450",
                at("raw.yealink.features.dnd.enable", "1"));

        assertFalse(PolycomTestDevices.attributes(config, notes)
                .containsKey("features.dnd.enable"));
    }

    @Test
    public void noNoteCarriesARawValue() {
        DeviceConfig config = PolycomTestDevices.twoLines("VVX450",
                at("raw.polycom.9bad", "s3cret-raw"),
                at("raw.polycom.device.auth.localAdminPassword", "s3cret-raw"));

        PolycomTestDevices.attributes(config, notes);

        assertEquals(1, notes.all().size());
        assertTrue(notes.all().stream().noneMatch(n -> n.contains("s3cret")));
    }

    @Test
    public void theWriterRefusesANameThatWouldBreakTheElement() {
        PolycomXmlWriter cfg = new PolycomXmlWriter("polycomConfig");

        assertThrows(IllegalArgumentException.class, () -> cfg.put("a=\"b\" c", "x"));
        assertThrows(IllegalArgumentException.class, () -> cfg.set("a b", "x"));
        assertFalse(PolycomXmlWriter.isName(".x"));
        assertTrue(PolycomXmlWriter.isName("_x.y-z9"));
    }

    private static ResolvedValue at(String name, String value) {
        return PolycomTestDevices.at(Level.CUSTOMER, name, value);
    }

    private static int occurrences(byte[] body, String text) {
        String file = new String(body, StandardCharsets.UTF_8);
        int count = 0;
        for (int at = file.indexOf(text); at >= 0; at = file.indexOf(text, at + 1)) {
            count++;
        }
        return count;
    }
}
