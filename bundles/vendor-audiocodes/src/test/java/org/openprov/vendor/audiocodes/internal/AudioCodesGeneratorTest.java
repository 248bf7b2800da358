package org.openprov.vendor.audiocodes.internal;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.Test;
import org.openprov.api.generator.FileRequest;
import org.openprov.api.generator.RenderedFile;
import org.openprov.api.registry.Device;
import org.openprov.api.registry.Mac;
import org.openprov.api.settings.DeviceConfig;
import org.openprov.api.settings.Setting;
import org.openprov.testing.Golden;
import org.openprov.testing.LogCapture;

public class AudioCodesGeneratorTest {

    private final AudioCodesGenerator generator = AudioCodesTestDevices.generator();

    @Test
    public void goldenHalfHourZone() {
        Golden.assertSame("audiocodes-00908fa00024-kolkata.cfg", golden("Asia/Kolkata"));
    }

    @Test
    public void goldenSouthernHemisphereWithDaylightSaving() {
        Golden.assertSame("audiocodes-00908fa00024-sydney.cfg", golden("Australia/Sydney"));
    }

    @Test
    public void goldenZoneWithoutDaylightSaving() {
        Golden.assertSame("audiocodes-00908fa00024-tokyo.cfg", golden("Asia/Tokyo"));
    }

    @Test
    public void theGoldenDeviceLogsNoSecretAndNamesEveryKeyLeftOut() {
        try (LogCapture log = new LogCapture()) {
            golden("Australia/Sydney");

            assertFalse(log.all().contains(AudioCodesTestDevices.PASSWORD));
            assertFalse(log.all().contains("S3cret-1002"));
            assertEquals(1, log.count("WARN", "00908fa00024", "key.3", "bound to line 2"));
            assertEquals(1, log.count("WARN", "00908fa00024", "key.13", "12 programmable"));
            assertEquals(1, log.count("INFO", "00908fa00024", "key.1", "shortened"));
        }
    }

    @Test
    public void renderingTwiceGivesTheSameBytesAsPlainUtf8Text() {
        RenderedFile first = AudioCodesTestDevices.render(config("Asia/Tokyo"));
        RenderedFile second = AudioCodesTestDevices.render(config("Asia/Tokyo"));

        assertArrayEquals(first.body(), second.body());
        assertEquals("text/plain; charset=utf-8", first.contentType());
    }

    @Test
    public void theModelNamedFileIsTheSameFile() {
        DeviceConfig config = config("Asia/Tokyo");
        FileRequest named = generator.recognise("440HD_00908fa00024_conf.cfg", "")
                .orElseThrow();

        assertArrayEquals(AudioCodesTestDevices.render(config).body(),
                generator.renderDevice(named, config).body());
    }

    @Test
    public void aMaskedConfigurationShowsTheMaskNotThePassword() {
        Map<String, String> cfg = CfgLines.parse(AudioCodesTestDevices.render(
                config("Asia/Tokyo").masked()).body());

        assertEquals(DeviceConfig.MASK, cfg.get("voip/line/0/auth_password"));
        assertEquals(DeviceConfig.MASK, cfg.get("voip/line/1/auth_password"));
    }

    @Test
    public void aRequestForAnotherMacIsRefused() {
        FileRequest other = FileRequest.device("001565a1b2c3.cfg",
                Optional.of(Mac.parse("001565a1b2c3")), false);

        assertThrows(IllegalArgumentException.class,
                () -> generator.renderDevice(other, config("Asia/Tokyo")));
        assertThrows(IllegalArgumentException.class, () -> generator.renderDevice(
                FileRequest.common("00908fa00024.cfg", false), config("Asia/Tokyo")));
    }

    private byte[] golden(String zone) {
        return AudioCodesTestDevices.render(config(zone)).body();
    }

    /** The golden device: a 440HD with two lines, keys, settings and one raw setting. */
    private static DeviceConfig config(String zone) {
        Map<String, String> settings = new HashMap<>();
        settings.put(Setting.TIME_ZONE.key(), zone);
        settings.put(Setting.NTP_SERVER.key(), "ntp.example.com");
        settings.put(Setting.LANGUAGE.key(), "de");
        settings.put(Setting.DATE_FORMAT.key(), "dmy");
        settings.put(Setting.TIME_FORMAT.key(), "24h");
        settings.put(Setting.VLAN_ID.key(), "20");
        settings.put(Setting.VLAN_PRIORITY.key(), "5");
        settings.put(Setting.VOICEMAIL_NUMBER.key(), "*97");
        settings.put(Setting.SIP_REGISTRATION_EXPIRY.key(), "600");
        settings.put(Setting.SIP_OUTBOUND_PROXY.key(), "sbc.example.com:5070");
        settings.put("key.1", "blf;target=201;label=Reception desk");
        settings.put("key.2", "speed-dial;target=+442071234567;label=London");
        settings.put("key.3", "blf;line=2;target=202;label=Bob");
        settings.put("key.12", "blf;target=212;label=Zoë & <Co>");
        settings.put("key.13", "speed-dial;target=213;label=Spill");
        settings.put("raw.audiocodes.voip.line.0.line_mode", "PRIVATE");
        Device device = AudioCodesTestDevices.device("440HD", List.of(
                AudioCodesTestDevices.first(), AudioCodesTestDevices.second()), settings);
        return AudioCodesTestDevices.config(device);
    }
}
