package org.openprov.vendor.mitel.internal;

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
 * The phone's fetch access in its file: the configuration server split into protocol, host,
 * path and port, the digest credentials, and what a first-contact bootstrap leaves out.
 */
public class MitelAccessTest {

    private static final String TOKEN_PATH = "prov/t/" + MitelTestDevices.TOKEN;

    @Test
    public void passwordModeWritesTheServerAndTheCredentials() {
        Map<String, String> cfg = full(MitelTestDevices.access(true, false, false));

        assertEquals("HTTPS", cfg.get("download protocol"));
        assertEquals("prov.example.net", cfg.get("https server"));
        assertEquals("prov", cfg.get("https path"));
        assertEquals("8443", cfg.get("https port"));
        assertEquals("00085da0b2c3", cfg.get("http digest username"));
        assertEquals(MitelTestDevices.FETCH_PASSWORD, cfg.get("http digest password"));
        assertNull(cfg.get("http server"));
    }

    @Test
    public void tokenModeWritesTheTokenPathAndNoCredentials() {
        Map<String, String> cfg = full(MitelTestDevices.access(false, true, false));

        assertEquals(TOKEN_PATH, cfg.get("https path"));
        assertNull(cfg.get("http digest username"));
        assertNull(cfg.get("http digest password"));
    }

    @Test
    public void bothModesWriteTheTokenPathAndTheCredentials() {
        Map<String, String> cfg = full(MitelTestDevices.access(true, true, false));

        assertEquals(TOKEN_PATH, cfg.get("https path"));
        assertEquals("00085da0b2c3", cfg.get("http digest username"));
        assertEquals(MitelTestDevices.FETCH_PASSWORD, cfg.get("http digest password"));
    }

    /** Plain HTTP without a port in the URL: the HTTP parameters, with HTTP's own port. */
    @Test
    public void anHttpUrlWithoutPortGivesTheHttpParametersAndPort80() {
        Map<String, String> cfg = full(new ProvisioningAccess("http://10.0.0.5/", "", "", "",
                false));

        assertEquals("HTTP", cfg.get("download protocol"));
        assertEquals("10.0.0.5", cfg.get("http server"));
        assertEquals("", cfg.get("http path"));
        assertEquals("80", cfg.get("http port"));
        assertNull(cfg.get("https server"));
    }

    @Test
    public void withoutAccessNoServerParameterIsWritten() {
        Map<String, String> cfg = MitelTestDevices.parameters(MitelTestDevices.golden("UTC"));

        assertNull(cfg.get("download protocol"));
        assertNull(cfg.get("http digest password"));
    }

    @Test
    public void theMaskedConfigurationShowsTheMaskForPasswordAndToken() {
        DeviceConfig config = MitelTestDevices.golden("UTC")
                .withAccess(MitelTestDevices.access(true, true, false)).masked();
        String text = text(config);
        Map<String, String> cfg = MitelTestDevices.parameters(config);

        assertFalse(text, text.contains(MitelTestDevices.FETCH_PASSWORD));
        assertFalse(text, text.contains(MitelTestDevices.TOKEN));
        assertEquals("prov/t/" + DeviceConfig.MASK, cfg.get("https path"));
        assertEquals(DeviceConfig.MASK, cfg.get("http digest password"));
    }

    @Test
    public void aBootstrapHoldsTheAccessAndNothingElse() {
        DeviceConfig bootstrap = bootstrap(MitelTestDevices.access(true, true, true));

        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("download protocol", "HTTPS");
        expected.put("https server", "prov.example.net");
        expected.put("https path", TOKEN_PATH);
        expected.put("https port", "8443");
        expected.put("http digest username", "00085da0b2c3");
        expected.put("http digest password", MitelTestDevices.FETCH_PASSWORD);
        assertEquals(expected, MitelTestDevices.parameters(bootstrap));
        String text = text(bootstrap);
        assertFalse(text, text.contains(MitelTestDevices.PASSWORD));
        assertFalse(text, text.contains(MitelTestDevices.SECOND_PASSWORD));
        assertFalse(text, text.contains(MitelTestDevices.ADMIN_PASSWORD));
    }

    @Test
    public void aFullFileWithAnAccessResyncsDaily() {
        for (boolean[] mode : new boolean[][] {{true, false}, {false, true}, {true, true}}) {
            Map<String, String> cfg = full(MitelTestDevices.access(mode[0], mode[1], false));

            assertEquals("1", cfg.get("auto resync mode"));
        }
    }

    @Test
    public void withoutAccessNoResyncIsWritten() {
        assertNull(MitelTestDevices.parameters(MitelTestDevices.golden("UTC"))
                .get("auto resync mode"));
    }

    @Test
    public void aRawSettingReplacesTheResyncMode() {
        DeviceConfig config = new MitelTestDevices.Stack()
                .device("raw.mitel.auto_resync_mode", "3")
                .on(MitelTestDevices.oneLine("6867i"))
                .withAccess(MitelTestDevices.access(true, false, false));

        assertEquals("3", MitelTestDevices.parameters(config).get("auto resync mode"));
    }

    @Test
    public void goldenBootstrap() {
        Golden.assertSame("mitel-00085DA0B2C3-bootstrap.cfg",
                render(bootstrap(MitelTestDevices.access(true, true, true))));
    }

    @Test
    public void goldenFullFileWithAccess() {
        Golden.assertSame("mitel-00085DA0B2C3-access.cfg", render(MitelTestDevices
                .golden("Asia/Tokyo").withAccess(MitelTestDevices.access(true, true, false))));
    }

    /** A raw setting replaces the generated line, wherever it stood. */
    @Test
    public void aRawSettingReplacesTheServerPort() {
        DeviceConfig config = new MitelTestDevices.Stack().device("raw.mitel.https_port", "9443")
                .on(MitelTestDevices.oneLine("6867i"))
                .withAccess(MitelTestDevices.access(true, false, false));

        assertEquals("9443", MitelTestDevices.parameters(config).get("https port"));
    }

    @Test
    public void noLogLineCarriesTheFetchSecrets() {
        try (LogCapture log = new LogCapture()) {
            render(MitelTestDevices.golden("Asia/Tokyo")
                    .withAccess(MitelTestDevices.access(true, true, false)));
            render(bootstrap(MitelTestDevices.access(true, true, true)));

            assertFalse(log.all(), log.all().contains(MitelTestDevices.FETCH_PASSWORD));
            assertFalse(log.all(), log.all().contains(MitelTestDevices.TOKEN));
        }
    }

    private static Map<String, String> full(ProvisioningAccess access) {
        return MitelTestDevices.parameters(MitelTestDevices.golden("UTC").withAccess(access));
    }

    private static DeviceConfig bootstrap(ProvisioningAccess access) {
        return DeviceConfig.bootstrap(MitelTestDevices.golden("UTC").device(), access);
    }

    private static byte[] render(DeviceConfig config) {
        return MitelTestDevices.render(config).body();
    }

    private static String text(DeviceConfig config) {
        return new String(render(config), StandardCharsets.UTF_8);
    }
}
