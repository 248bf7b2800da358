package org.openprov.vendor.audiocodes.internal;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;

import java.util.Map;
import java.util.Optional;
import org.junit.Test;
import org.openprov.api.generator.FileRequest;
import org.openprov.api.generator.RenderedFile;
import org.openprov.api.registry.Mac;
import org.openprov.api.settings.DeviceConfig;
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
        return AudioCodesTestDevices.golden(zone);
    }
}
