package org.openprov.vendor.audiocodes.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.Test;
import org.openprov.api.settings.DeviceConfig;
import org.openprov.api.settings.ProvisioningAccess;
import org.openprov.testing.Golden;
import org.openprov.testing.LogCapture;

/**
 * The phone's fetch access in its file: the static provisioning URL, the credentials inside
 * it, the check period a first-contact bootstrap asks for, and what a bootstrap leaves out.
 */
public class AudioCodesAccessTest {

    private static final String URL = "provisioning/configuration/url";
    private static final String PERIOD = "provisioning/period/type";
    private static final String CREDENTIALS = "00908fa00024:"
            + AudioCodesTestDevices.FETCH_PASSWORD + "@";

    @Test
    public void passwordModePutsTheCredentialsInTheUrl() {
        Map<String, String> cfg = full(AudioCodesTestDevices.access(true, false, false));

        assertEquals("STATIC", cfg.get("provisioning/method"));
        assertEquals("https://" + CREDENTIALS + "prov.example.net:8443/prov/", cfg.get(URL));
        assertEquals("DAILY", cfg.get(PERIOD));
    }

    @Test
    public void aFullFileWithAnAccessChecksDaily() {
        for (boolean[] mode : new boolean[][] {{true, false}, {false, true}, {true, true}}) {
            Map<String, String> cfg = full(AudioCodesTestDevices.access(mode[0], mode[1], false));

            assertEquals("DAILY", cfg.get(PERIOD));
        }
    }

    @Test
    public void tokenModeWritesTheTokenUrlWithoutCredentials() {
        Map<String, String> cfg = full(AudioCodesTestDevices.access(false, true, false));

        assertEquals(AudioCodesTestDevices.SERVER + "t/" + AudioCodesTestDevices.TOKEN + "/",
                cfg.get(URL));
    }

    @Test
    public void bothModesWriteTheTokenUrlWithTheCredentials() {
        Map<String, String> cfg = full(AudioCodesTestDevices.access(true, true, false));

        assertEquals("https://" + CREDENTIALS + "prov.example.net:8443/prov/t/"
                + AudioCodesTestDevices.TOKEN + "/", cfg.get(URL));
    }

    @Test
    public void withoutAccessNoProvisioningParameterIsWritten() {
        Map<String, String> cfg = CfgLines.parse(render(AudioCodesTestDevices.golden("UTC")));

        assertNull(cfg.get("provisioning/method"));
        assertNull(cfg.get(URL));
        assertNull(cfg.get(PERIOD));
    }

    @Test
    public void theMaskedConfigurationShowsTheMaskForPasswordAndToken() {
        DeviceConfig config = AudioCodesTestDevices.golden("UTC")
                .withAccess(AudioCodesTestDevices.access(true, true, false)).masked();
        String text = text(config);

        assertFalse(text, text.contains(AudioCodesTestDevices.FETCH_PASSWORD));
        assertFalse(text, text.contains(AudioCodesTestDevices.TOKEN));
        assertEquals("https://00908fa00024:" + DeviceConfig.MASK + "@prov.example.net:8443/prov/t/"
                + DeviceConfig.MASK + "/", CfgLines.parse(render(config)).get(URL));
    }

    @Test
    public void aBootstrapHoldsTheAccessAndNothingElse() {
        DeviceConfig bootstrap = bootstrap(AudioCodesTestDevices.access(true, true, true));

        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("provisioning/method", "STATIC");
        expected.put(URL, "https://" + CREDENTIALS + "prov.example.net:8443/prov/t/"
                + AudioCodesTestDevices.TOKEN + "/");
        expected.put(PERIOD, "EVERY5MINUTES");
        assertEquals(expected, CfgLines.parse(render(bootstrap)));
        String text = text(bootstrap);
        assertFalse(text, text.contains(AudioCodesTestDevices.PASSWORD));
        assertFalse(text, text.contains("S3cret-1002"));
        assertFalse(text, text.contains("voip/"));
    }

    @Test
    public void goldenBootstrap() {
        Golden.assertSame("audiocodes-00908fa00024-bootstrap.cfg",
                render(bootstrap(AudioCodesTestDevices.access(true, true, true))));
    }

    @Test
    public void goldenFullFileWithAccess() {
        DeviceConfig config = AudioCodesTestDevices.golden("Asia/Tokyo")
                .withAccess(AudioCodesTestDevices.access(true, true, false));

        Golden.assertSame("audiocodes-00908fa00024-access.cfg", render(config));
    }

    /** A raw setting replaces the generated line; a raw URL is written as a secret. */
    @Test
    public void rawSettingsReplaceThePeriodAndTheUrl() {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("raw.audiocodes.provisioning.period.type", "HOURLY");
        settings.put("raw.audiocodes.provisioning.configuration.url", "https://other/;x");
        DeviceConfig config = AudioCodesTestDevices.config(AudioCodesTestDevices
                .oneLine(settings)).withAccess(AudioCodesTestDevices.access(true, false, false));
        try (LogCapture log = new LogCapture()) {
            Map<String, String> cfg = CfgLines.parse(render(config));

            assertEquals("HOURLY", cfg.get(PERIOD));
            // A URL the file cannot carry exactly is not changed into another one.
            assertEquals("https://" + CREDENTIALS + "prov.example.net:8443/prov/", cfg.get(URL));
            assertEquals(1, log.count("WARN", "00908fa00024", URL));
        }
    }

    @Test
    public void noLogLineCarriesTheFetchSecrets() {
        try (LogCapture log = new LogCapture()) {
            render(AudioCodesTestDevices.golden("Asia/Tokyo")
                    .withAccess(AudioCodesTestDevices.access(true, true, false)));
            render(bootstrap(AudioCodesTestDevices.access(true, true, true)));

            assertFalse(log.all(), log.all().contains(AudioCodesTestDevices.FETCH_PASSWORD));
            assertFalse(log.all(), log.all().contains(AudioCodesTestDevices.TOKEN));
        }
    }

    private static Map<String, String> full(ProvisioningAccess access) {
        return CfgLines.parse(render(AudioCodesTestDevices.golden("UTC").withAccess(access)));
    }

    private static DeviceConfig bootstrap(ProvisioningAccess access) {
        return DeviceConfig.bootstrap(AudioCodesTestDevices.golden("UTC").device(), access);
    }

    private static byte[] render(DeviceConfig config) {
        return AudioCodesTestDevices.render(config).body();
    }

    private static String text(DeviceConfig config) {
        return new String(render(config), StandardCharsets.UTF_8);
    }
}
