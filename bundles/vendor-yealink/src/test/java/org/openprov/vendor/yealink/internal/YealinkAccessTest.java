package org.openprov.vendor.yealink.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.Test;
import org.openprov.api.registry.Device;
import org.openprov.api.settings.DeviceConfig;
import org.openprov.api.settings.ProvisioningAccess;
import org.openprov.testing.Golden;
import org.openprov.testing.LogCapture;

public class YealinkAccessTest {

    static final String SERVER = "https://prov.example.net:8443/prov/";
    static final String TOKEN = "Tk7fQ2mZp9Lw4Xr8";
    static final String USER = "001565a1b2c3";
    static final String SECRET = "Hq3vN8sK2pW6yB1d";

    /** What a bootstrap file holds, in file order. */
    static final List<String> ACCESS_KEYS = List.of(YealinkAccess.URL, YealinkAccess.USER,
            YealinkAccess.PASSWORD, YealinkAccess.PNP, YealinkAccess.DHCP_OPTION,
            YealinkAccess.REPEAT, YealinkAccess.REPEAT_MINUTES);

    private final Device golden = YealinkTestDevices.golden();

    static ProvisioningAccess password(boolean bootstrap) {
        return new ProvisioningAccess(SERVER, "", USER, SECRET, bootstrap);
    }

    static ProvisioningAccess token(boolean bootstrap) {
        return new ProvisioningAccess(SERVER, TOKEN, "", "", bootstrap);
    }

    static ProvisioningAccess both(boolean bootstrap) {
        return new ProvisioningAccess(SERVER, TOKEN, USER, SECRET, bootstrap);
    }

    @Test
    public void passwordModeWritesTheServerTheUserAndThePassword() {
        Map<String, String> cfg = parameters(full(password(false)));

        assertEquals(SERVER, cfg.get(YealinkAccess.URL));
        assertEquals(USER, cfg.get(YealinkAccess.USER));
        assertEquals(SECRET, cfg.get(YealinkAccess.PASSWORD));
    }

    @Test
    public void tokenModeWritesTheTokenInTheUrlAndClearsTheCredentials() {
        Map<String, String> cfg = parameters(full(token(false)));

        assertEquals(SERVER + "t/" + TOKEN + "/", cfg.get(YealinkAccess.URL));
        assertEquals("", cfg.get(YealinkAccess.USER));
        assertEquals("", cfg.get(YealinkAccess.PASSWORD));
    }

    @Test
    public void bothModesWriteTheTokenAndTheCredentials() {
        Map<String, String> cfg = parameters(full(both(false)));

        assertEquals(SERVER + "t/" + TOKEN + "/", cfg.get(YealinkAccess.URL));
        assertEquals(USER, cfg.get(YealinkAccess.USER));
        assertEquals(SECRET, cfg.get(YealinkAccess.PASSWORD));
    }

    @Test
    public void theWrittenUrlWinsOverPnpAndDhcp() {
        Map<String, String> cfg = parameters(full(token(false)));

        assertEquals("0", cfg.get(YealinkAccess.PNP));
        assertEquals("0", cfg.get(YealinkAccess.DHCP_OPTION));
    }

    @Test
    public void theMaskedConfigurationShowsTheMaskForThePasswordAndTheToken() {
        String text = text(full(both(false)).masked());
        Map<String, String> cfg = CfgLines.parse(text.getBytes(StandardCharsets.UTF_8));

        assertEquals(SERVER + "t/" + DeviceConfig.MASK + "/", cfg.get(YealinkAccess.URL));
        assertEquals(DeviceConfig.MASK, cfg.get(YealinkAccess.PASSWORD));
        assertEquals(USER, cfg.get(YealinkAccess.USER));
        assertFalse(text.contains(SECRET));
        assertFalse(text.contains(TOKEN));
    }

    @Test
    public void aBootstrapHoldsTheAccessAndNothingElse() {
        for (DeviceConfig config : List.of(DeviceConfig.bootstrap(golden, both(true)),
                YealinkTestDevices.config(golden).withAccess(both(true)))) {
            String text = text(config);

            assertEquals(ACCESS_KEYS, new ArrayList<>(parameters(config).keySet()));
            assertFalse(text.contains(YealinkTestDevices.PASSWORD));
            assertFalse(text.contains("account."));
        }
    }

    @Test
    public void aBootstrapAsksForAnEarlyCheck() {
        Map<String, String> bootstrap = parameters(DeviceConfig.bootstrap(golden, token(true)));

        assertEquals("1", bootstrap.get(YealinkAccess.REPEAT));
        assertEquals("5", bootstrap.get(YealinkAccess.REPEAT_MINUTES));
    }

    @Test
    public void aFullFileWithAnAccessKeepsADailyCheck() {
        for (ProvisioningAccess access : List.of(password(false), token(false), both(false))) {
            Map<String, String> full = parameters(full(access));

            assertEquals("1", full.get(YealinkAccess.REPEAT));
            assertEquals("1440", full.get(YealinkAccess.REPEAT_MINUTES));
        }
    }

    @Test
    public void aRawSettingMayTurnTheDailyCheckOff() {
        DeviceConfig config = new YealinkTestDevices.Stack()
                .provider("raw.yealink.static.auto_provision.repeat.enable", "0")
                .on(golden).withAccess(password(false));

        assertEquals("0", parameters(config).get(YealinkAccess.REPEAT));
    }

    @Test
    public void withoutAnAccessNoAutoProvisioningParameterIsWritten() {
        Map<String, String> cfg = parameters(YealinkTestDevices.config(golden));

        assertTrue(cfg.keySet().stream().noneMatch(k -> k.startsWith("static.auto_provision")));
    }

    @Test
    public void aRawSettingOfAnAccessParameterIsLeftOutWhileAnAccessIsWritten() {
        DeviceConfig config = new YealinkTestDevices.Stack()
                .provider("raw.yealink.static.auto_provision.server.url", "http://old.example/")
                .provider("raw.yealink.static.auto_provision.server.password", "Old1Secret")
                .provider("raw.yealink.static.auto_provision.repeat.minutes", "60")
                .on(golden).withAccess(password(false));

        try (LogCapture log = new LogCapture()) {
            Map<String, String> cfg = parameters(config);

            assertEquals(SERVER, cfg.get(YealinkAccess.URL));
            assertEquals(SECRET, cfg.get(YealinkAccess.PASSWORD));
            assertEquals("60", cfg.get(YealinkAccess.REPEAT_MINUTES));
            assertEquals(1, log.count("WARN", YealinkAccess.URL, "fetch access"));
            assertFalse(log.all().contains("Old1Secret"));
        }
    }

    @Test
    public void withoutAnAccessARawServerUrlIsWrittenAsBefore() {
        DeviceConfig config = new YealinkTestDevices.Stack()
                .provider("raw.yealink.static.auto_provision.server.url", "http://old.example/")
                .on(golden);

        assertEquals("http://old.example/", parameters(config).get(YealinkAccess.URL));
    }

    @Test
    public void noPasswordOrTokenIsLogged() {
        DeviceConfig config = new YealinkTestDevices.Stack()
                .device("raw.yealink.static.auto_provision.server.username", "someone")
                .device("language", "nl")
                .on(golden).withAccess(both(false));

        try (LogCapture log = new LogCapture()) {
            text(config);
            text(DeviceConfig.bootstrap(golden, both(true)));

            assertFalse(log.all().isEmpty());
            assertFalse(log.all().contains(SECRET));
            assertFalse(log.all().contains(TOKEN));
        }
    }

    @Test
    public void bootstrapMatchesGoldenFile() {
        Golden.assertSame("yealink-bootstrap-001565a1b2c3.cfg",
                body(DeviceConfig.bootstrap(golden, both(true))));
    }

    @Test
    public void fullFileWithAccessMatchesGoldenFile() {
        byte[] body = body(full(both(false)));
        Map<String, String> cfg = CfgLines.parse(body);

        Golden.assertSame("yealink-access-001565a1b2c3.cfg", body);
        assertTrue(cfg.keySet().containsAll(Set.copyOf(ACCESS_KEYS)));
        assertEquals(YealinkTestDevices.PASSWORD, cfg.get("account.1.password"));
    }

    private DeviceConfig full(ProvisioningAccess access) {
        return YealinkTestDevices.config(golden).withAccess(access);
    }

    private static Map<String, String> parameters(DeviceConfig config) {
        return CfgLines.parse(body(config));
    }

    private static String text(DeviceConfig config) {
        return new String(body(config), StandardCharsets.UTF_8);
    }

    private static byte[] body(DeviceConfig config) {
        return YealinkTestDevices.render(YealinkTestDevices.generator(), config).body();
    }
}
