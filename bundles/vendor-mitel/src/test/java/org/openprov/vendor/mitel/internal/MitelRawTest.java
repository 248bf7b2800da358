package org.openprov.vendor.mitel.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.Test;
import org.openprov.api.settings.DeviceConfig;
import org.openprov.testing.LogCapture;

/** Raw settings {@code raw.mitel.<name>}: '_' for a space, written last, replacing. */
public class MitelRawTest {

    @Test
    public void underscoresStandForSpaces() {
        assertEquals("sip line1 screen name", MitelDeviceFile.parameter("sip_line1_screen_name"));
        assertEquals("sip out-of-band dtmf", MitelDeviceFile.parameter("sip_out-of-band_dtmf"));
    }

    @Test
    public void rawSettingsAreWrittenLast() {
        List<String> names = names(config(new MitelTestDevices.Stack()
                .device("raw.mitel.tone_set", "Germany")
                .device("raw.mitel.sip_dtmf_method", "1")
                .device("time.format", "24h")));

        assertEquals(List.of("sip dtmf method", "tone set"), names.subList(names.size() - 2,
                names.size()));
    }

    @Test
    public void aRawNameEqualToAGeneratedParameterReplacesItInAnyCase() {
        DeviceConfig config = config(new MitelTestDevices.Stack()
                .device("time.format", "24h")
                .device("raw.mitel.Time_Format", "0")
                .device("raw.mitel.sip_line1_screen_name", "Front"));

        String text = new String(MitelTestDevices.render(config).body(),
                StandardCharsets.UTF_8);
        Map<String, String> cfg = CfgLines.parse(MitelTestDevices.render(config).body());

        assertEquals("0", cfg.get("time format"));
        assertEquals("Front", cfg.get("sip line1 screen name"));
        assertFalse(text, text.contains("time format: 1"));
        assertTrue(text, text.endsWith("Time Format: 0\nsip line1 screen name: Front\n"));
    }

    @Test
    public void aNameTheFormatCannotHoldIsLeftOutWithAWarning() {
        try (LogCapture log = new LogCapture()) {
            Map<String, String> cfg = MitelTestDevices.parameters(config(
                    new MitelTestDevices.Stack()
                            .device("raw.mitel._leading", "1")
                            .device("raw.mitel.trailing_", "2")
                            .device("raw.mitel.two__spaces", "3")
                            .device("raw.mitel.call_waiting", "0")));

            assertEquals("0", cfg.get("call waiting"));
            assertFalse(cfg.keySet().stream().anyMatch(k -> k.contains("leading")
                    || k.contains("trailing") || k.contains("spaces")));
            assertEquals(log.all(), 3, log.count("WARN", "00085da0b2c3", "raw setting name",
                    "left out"));
        }
    }

    @Test
    public void aRawValueIsQuotedAndCleanedLikeAnyOther() {
        Map<String, String> cfg = MitelTestDevices.parameters(config(new MitelTestDevices.Stack()
                .device("raw.mitel.emergency_dial_plan", "911|112#")));

        assertEquals("911|112#", cfg.get("emergency dial plan"));
    }

    @Test
    public void aRawPasswordIsASecretAndNeverLogged() {
        try (LogCapture log = new LogCapture()) {
            Map<String, String> cfg = MitelTestDevices.parameters(config(
                    new MitelTestDevices.Stack()
                            .device("raw.mitel.sip_line2_password", "Sec\"ret#9")
                            .device("raw.mitel.sip_line3_password", "Fine#9")));

            assertFalse(cfg.containsKey("sip line2 password"));
            assertEquals("Fine#9", cfg.get("sip line3 password"));
            assertEquals(log.all(), 1, log.count("WARN", "sip line2 password", "left out"));
            assertFalse(log.all(), log.all().contains("Sec\"ret#9"));
        }
    }

    @Test
    public void otherVendorsRawSettingsAreIgnored() {
        Map<String, String> cfg = MitelTestDevices.parameters(config(new MitelTestDevices.Stack()
                .device("raw.yealink.features.dnd", "1")));

        assertFalse(cfg.keySet().stream().anyMatch(k -> k.contains("dnd")));
    }

    private static DeviceConfig config(MitelTestDevices.Stack stack) {
        return stack.on(MitelTestDevices.oneLine("6731i"));
    }

    private static List<String> names(DeviceConfig config) {
        return new ArrayList<>(CfgLines.parse(MitelTestDevices.render(config).body()).keySet());
    }
}
