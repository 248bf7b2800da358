package org.openprov.vendor.audiocodes.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;

import java.util.List;
import java.util.Map;
import org.junit.Test;
import org.openprov.api.settings.Setting;
import org.openprov.testing.LogCapture;

public class AudioCodesRawTest {

    @Test
    public void dotsOfARawNameAreTheSlashesOfTheParameter() {
        Map<String, String> cfg = raw(Map.of("raw.audiocodes.voip.line.0.line_mode", "SHARED"));

        assertEquals("SHARED", cfg.get("voip/line/0/line_mode"));
    }

    @Test
    public void rawParametersComeLast() {
        Map<String, String> cfg = raw(Map.of("raw.audiocodes.system.pin_lock.enabled", "0",
                Setting.NTP_SERVER.key(), "ntp.example.com"));

        List<String> names = List.copyOf(cfg.keySet());
        assertEquals("system/pin_lock/enabled", names.get(names.size() - 1));
    }

    @Test
    public void aRawNameEqualToAGeneratedOneReplacesIt() {
        Map<String, String> cfg = raw(Map.of("raw.audiocodes.system.ntp.primary_server_address",
                "time.example.org", Setting.NTP_SERVER.key(), "ntp.example.com"));

        assertEquals("time.example.org", cfg.get("system/ntp/primary_server_address"));
        List<String> names = List.copyOf(cfg.keySet());
        assertEquals("system/ntp/primary_server_address", names.get(names.size() - 1));
    }

    @Test
    public void aNameWithAnEmptyPartIsLeftOutWithAWarning() {
        try (LogCapture log = new LogCapture()) {
            Map<String, String> cfg = raw(Map.of("raw.audiocodes.system..x", "1",
                    "raw.audiocodes.system.x.", "1", "raw.audiocodes..system", "1"));

            assertFalse(cfg.keySet().stream().anyMatch(k -> k.contains("//")
                    || k.endsWith("/") || k.startsWith("/")));
            assertEquals(3, log.count("WARN", "00908fa00024", "not an AudioCodes parameter"));
        }
    }

    @Test
    public void aRawValueIsCleanedLikeAnyOther() {
        Map<String, String> cfg = raw(Map.of("raw.audiocodes.system.banner", " a;b "));

        assertEquals("a,b", cfg.get("system/banner"));
    }

    @Test
    public void aRawSecretTheFileCannotCarryIsLeftOutWithoutLoggingIt() {
        try (LogCapture log = new LogCapture()) {
            Map<String, String> cfg = raw(Map.of("raw.audiocodes.voip.line.0.auth_password",
                    "x;y-secret"));

            assertEquals("the generated password stays", "pw",
                    cfg.get("voip/line/0/auth_password"));
            assertEquals(1, log.count("WARN", "voip/line/0/auth_password", "left out"));
            assertFalse(log.all().contains("x;y-secret"));
        }
    }

    @Test
    public void aRawSecretThatFitsReplacesTheLinePassword() {
        Map<String, String> cfg = raw(Map.of("raw.audiocodes.voip.line.0.auth_password",
                "N3w&Pass"));

        assertEquals("N3w&Pass", cfg.get("voip/line/0/auth_password"));
    }

    @Test
    public void rawSettingsOfAnotherVendorAreIgnored() {
        Map<String, String> cfg = raw(Map.of("raw.yealink.features.dnd", "1"));

        assertFalse(cfg.containsKey("features/dnd"));
        assertFalse(cfg.containsKey("features.dnd"));
    }

    private static Map<String, String> raw(Map<String, String> settings) {
        return AudioCodesTestDevices.parameters(AudioCodesTestDevices.oneLine(settings));
    }
}
