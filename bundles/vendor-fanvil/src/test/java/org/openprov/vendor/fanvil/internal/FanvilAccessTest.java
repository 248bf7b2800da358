package org.openprov.vendor.fanvil.internal;

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
 * The phone's fetch access in its file: the stored provisioning server, its credentials, and
 * what a first-contact bootstrap leaves out.
 */
public class FanvilAccessTest {

    private static final String AUTO = "AUTOUPDATE CONFIG MODULE||";
    private static final String DIGEST = "MAINTENANCE CONFIG MODULE||Auto Server Digest";
    private static final String TOKEN_URL = FanvilTestDevices.SERVER + "t/"
            + FanvilTestDevices.TOKEN;

    @Test
    public void passwordModeWritesTheServerAndTheCredentials() {
        Map<String, String> cfg = full(FanvilTestDevices.access(true, false, false));

        assertEquals("https://prov.example.net:8443/prov", cfg.get(AUTO + "Flash Server IP"));
        assertEquals("0c383ea1b2c3.cfg", cfg.get(AUTO + "Flash File Name"));
        assertEquals("4", cfg.get(AUTO + "Flash Protocol"));
        assertEquals("1", cfg.get(AUTO + "Flash Mode"));
        assertEquals("0c383ea1b2c3", cfg.get(AUTO + "Default Username"));
        assertEquals(FanvilTestDevices.FETCH_PASSWORD, cfg.get(AUTO + "Default Password"));
    }

    @Test
    public void tokenModeWritesTheTokenUrlAndNoCredentials() {
        Map<String, String> cfg = full(FanvilTestDevices.access(false, true, false));

        assertEquals(TOKEN_URL, cfg.get(AUTO + "Flash Server IP"));
        assertNull(cfg.get(AUTO + "Default Username"));
        assertNull(cfg.get(AUTO + "Default Password"));
    }

    @Test
    public void bothModesWriteTheTokenUrlAndTheCredentials() {
        Map<String, String> cfg = full(FanvilTestDevices.access(true, true, false));

        assertEquals(TOKEN_URL, cfg.get(AUTO + "Flash Server IP"));
        assertEquals("0c383ea1b2c3", cfg.get(AUTO + "Default Username"));
        assertEquals(FanvilTestDevices.FETCH_PASSWORD, cfg.get(AUTO + "Default Password"));
    }

    @Test
    public void withoutAccessTheAutoUpdateModuleIsNotWritten() {
        String text = text(FanvilTestDevices.golden("UTC"));

        assertFalse(text, text.contains("AUTOUPDATE"));
    }

    @Test
    public void theMaskedConfigurationShowsTheMaskForPasswordAndToken() {
        DeviceConfig config = FanvilTestDevices.golden("UTC")
                .withAccess(FanvilTestDevices.access(true, true, false)).masked();
        String text = text(config);
        Map<String, String> cfg = CfgFile.parse(render(config));

        assertFalse(text, text.contains(FanvilTestDevices.FETCH_PASSWORD));
        assertFalse(text, text.contains(FanvilTestDevices.TOKEN));
        assertEquals(FanvilTestDevices.SERVER + "t/" + DeviceConfig.MASK,
                cfg.get(AUTO + "Flash Server IP"));
        assertEquals(DeviceConfig.MASK, cfg.get(AUTO + "Default Password"));
    }

    /** Only the access and digest comparison, without which the phone would not apply it. */
    @Test
    public void aBootstrapHoldsTheAccessAndNothingElse() {
        DeviceConfig bootstrap = bootstrap(FanvilTestDevices.access(true, true, true));

        Map<String, String> expected = new LinkedHashMap<>();
        expected.put(DIGEST, "1");
        expected.put(AUTO + "Default Username", "0c383ea1b2c3");
        expected.put(AUTO + "Default Password", FanvilTestDevices.FETCH_PASSWORD);
        expected.put(AUTO + "Flash Server IP", TOKEN_URL);
        expected.put(AUTO + "Flash File Name", "0c383ea1b2c3.cfg");
        expected.put(AUTO + "Flash Protocol", "4");
        expected.put(AUTO + "Flash Mode", "1");
        assertEquals(expected, CfgFile.parse(render(bootstrap)));
        String text = text(bootstrap);
        assertFalse(text, text.contains(FanvilTestDevices.PASSWORD));
        assertFalse(text, text.contains(FanvilTestDevices.ADMIN_PASSWORD));
        assertFalse(text, text.contains("SIP"));
    }

    @Test
    public void goldenBootstrap() {
        Golden.assertSame("fanvil-0c383ea1b2c3-bootstrap.cfg",
                render(bootstrap(FanvilTestDevices.access(true, true, true))));
    }

    @Test
    public void goldenFullFileWithAccess() {
        Golden.assertSame("fanvil-0c383ea1b2c3-access.cfg", render(FanvilTestDevices
                .golden("Asia/Tokyo").withAccess(FanvilTestDevices.access(true, true, false))));
    }

    /** A raw setting names its module; it replaces the generated value where it stands. */
    @Test
    public void aRawSettingReplacesTheUpdateMode() {
        DeviceConfig config = FanvilTestDevices.twoLines(FanvilTestDevices.GOLDEN_MODEL,
                FanvilTestDevices.at("raw.fanvil.AUTOUPDATE_CONFIG_MODULE.Flash_Mode", "2"))
                .withAccess(FanvilTestDevices.access(true, false, false));

        assertEquals("2", CfgFile.parse(render(config)).get(AUTO + "Flash Mode"));
    }

    @Test
    public void noLogLineCarriesTheFetchSecrets() {
        try (LogCapture log = new LogCapture()) {
            render(FanvilTestDevices.golden("Asia/Tokyo")
                    .withAccess(FanvilTestDevices.access(true, true, false)));
            render(bootstrap(FanvilTestDevices.access(true, true, true)));

            assertFalse(log.all(), log.all().contains(FanvilTestDevices.FETCH_PASSWORD));
            assertFalse(log.all(), log.all().contains(FanvilTestDevices.TOKEN));
        }
    }

    private static Map<String, String> full(ProvisioningAccess access) {
        return CfgFile.parse(render(FanvilTestDevices.golden("UTC").withAccess(access)));
    }

    private static DeviceConfig bootstrap(ProvisioningAccess access) {
        return DeviceConfig.bootstrap(FanvilTestDevices.golden("UTC").device(), access);
    }

    private static byte[] render(DeviceConfig config) {
        return FanvilTestDevices.render(FanvilTestDevices.generator(), config);
    }

    private static String text(DeviceConfig config) {
        return new String(render(config), StandardCharsets.UTF_8);
    }
}
