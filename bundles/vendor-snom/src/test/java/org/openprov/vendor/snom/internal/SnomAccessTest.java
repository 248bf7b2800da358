package org.openprov.vendor.snom.internal;

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
import org.openprov.testing.StrictXml;
import org.w3c.dom.Document;

/**
 * The phone's fetch access in its file: the setting server, the HTTP client credentials, the
 * reload a first-contact bootstrap asks for, and what a bootstrap leaves out.
 */
public class SnomAccessTest {

    private static final String TOKEN_URL = SnomTestDevices.SERVER + "t/"
            + SnomTestDevices.TOKEN + "/";

    @Test
    public void passwordModeWritesTheServerAndTheCredentials() {
        Map<String, String> settings = full(SnomTestDevices.access(true, false, false));

        assertEquals(SnomTestDevices.SERVER, settings.get("setting_server"));
        assertEquals("000413a1b2c3", settings.get("http_client_user"));
        assertEquals(SnomTestDevices.FETCH_PASSWORD, settings.get("http_client_pass"));
    }

    @Test
    public void aFullFileWithAnAccessReloadsDaily() {
        for (boolean[] mode : new boolean[][] {{true, false}, {false, true}, {true, true}}) {
            Map<String, String> settings = full(SnomTestDevices.access(mode[0], mode[1], false));

            assertEquals("86400", settings.get("settings_refresh_timer"));
        }
    }

    @Test
    public void tokenModeWritesTheTokenUrlAndNoCredentials() {
        Map<String, String> settings = full(SnomTestDevices.access(false, true, false));

        assertEquals(TOKEN_URL, settings.get("setting_server"));
        assertNull(settings.get("http_client_user"));
        assertNull(settings.get("http_client_pass"));
    }

    @Test
    public void bothModesWriteTheTokenUrlAndTheCredentials() {
        Map<String, String> settings = full(SnomTestDevices.access(true, true, false));

        assertEquals(TOKEN_URL, settings.get("setting_server"));
        assertEquals("000413a1b2c3", settings.get("http_client_user"));
        assertEquals(SnomTestDevices.FETCH_PASSWORD, settings.get("http_client_pass"));
    }

    /** Open fetches: no access, and the file is the one OpenProv wrote before access existed. */
    @Test
    public void withoutAccessNoProvisioningSettingIsWritten() {
        Map<String, String> settings = SnomTestDevices.settings(SnomTestDevices.golden("UTC"));

        assertNull(settings.get("setting_server"));
        assertNull(settings.get("http_client_pass"));
        assertNull(settings.get("settings_refresh_timer"));
    }

    @Test
    public void theMaskedConfigurationShowsTheMaskForPasswordAndToken() {
        DeviceConfig config = SnomTestDevices.golden("UTC")
                .withAccess(SnomTestDevices.access(true, true, false)).masked();
        String text = text(config);

        assertFalse(text, text.contains(SnomTestDevices.FETCH_PASSWORD));
        assertFalse(text, text.contains(SnomTestDevices.TOKEN));
        Map<String, String> settings = SnomTestDevices.settings(config);
        assertEquals(SnomTestDevices.SERVER + "t/" + DeviceConfig.MASK + "/",
                settings.get("setting_server"));
        assertEquals(DeviceConfig.MASK, settings.get("http_client_pass"));
    }

    @Test
    public void aBootstrapHoldsTheAccessAndNothingElse() {
        DeviceConfig bootstrap = bootstrap(SnomTestDevices.access(true, true, true));
        Document document = StrictXml.parse(render(bootstrap));
        Map<String, String> settings = SnomTestDevices.settings(document);

        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("setting_server", TOKEN_URL);
        expected.put("http_client_user", "000413a1b2c3");
        expected.put("http_client_pass", SnomTestDevices.FETCH_PASSWORD);
        expected.put("settings_refresh_timer", "300");
        assertEquals(expected, settings);
        assertEquals(0, document.getElementsByTagName("fkey").getLength());
        String text = text(bootstrap);
        assertFalse(text, text.contains(SnomTestDevices.PASSWORD));
        assertFalse(text, text.contains("S3cret-1002"));
        assertFalse(text, text.contains("Adm1n"));
    }

    @Test
    public void goldenBootstrap() {
        byte[] body = render(bootstrap(SnomTestDevices.access(true, true, true)));

        Golden.assertSame("snom-000413A1B2C3-bootstrap.xml", body);
        StrictXml.parse(body);
    }

    @Test
    public void goldenFullFileWithAccess() {
        byte[] body = render(SnomTestDevices.golden("Asia/Tokyo")
                .withAccess(SnomTestDevices.access(true, true, false)));

        Golden.assertSame("snom-000413A1B2C3-access.xml", body);
        StrictXml.parse(body);
    }

    /** A raw setting names a Snom setting; it replaces the generated value, written once. */
    @Test
    public void aRawSettingReplacesTheRefreshTimer() {
        DeviceConfig config = SnomTestDevices.twoLines("D785",
                SnomTestDevices.at("raw.snom.settings_refresh_timer", "3600"))
                .withAccess(SnomTestDevices.access(true, false, false));

        assertEquals("3600", SnomTestDevices.settings(config).get("settings_refresh_timer"));
    }

    @Test
    public void noLogLineCarriesTheFetchSecrets() {
        try (LogCapture log = new LogCapture()) {
            render(SnomTestDevices.golden("Asia/Jerusalem")
                    .withAccess(SnomTestDevices.access(true, true, false)));
            render(bootstrap(SnomTestDevices.access(true, true, true)));

            assertFalse(log.all(), log.all().contains(SnomTestDevices.FETCH_PASSWORD));
            assertFalse(log.all(), log.all().contains(SnomTestDevices.TOKEN));
        }
    }

    private static Map<String, String> full(ProvisioningAccess access) {
        return SnomTestDevices.settings(SnomTestDevices.golden("UTC").withAccess(access));
    }

    private static DeviceConfig bootstrap(ProvisioningAccess access) {
        return DeviceConfig.bootstrap(SnomTestDevices.golden(), access);
    }

    private static byte[] render(DeviceConfig config) {
        return SnomTestDevices.render(SnomTestDevices.generator(), config);
    }

    private static String text(DeviceConfig config) {
        return new String(render(config), StandardCharsets.UTF_8);
    }
}
