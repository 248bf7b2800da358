package org.openprov.vendor.grandstream.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.Test;
import org.openprov.api.settings.DeviceConfig;
import org.openprov.api.settings.ProvisioningAccess;
import org.openprov.testing.Golden;
import org.openprov.testing.LogCapture;

public class GrandstreamAccessTest {

    static final String SERVER = "https://prov.example.net:8443/prov/";
    static final String PATH = "prov.example.net:8443/prov";
    static final String TOKEN = "Tk7fQ2mZp9Lw4Xr8";
    static final String USER = "000b82a1b2c3";
    static final String SECRET = "Hq3vN8sK2pW6yB1d";

    /** What a bootstrap file holds, in file order, after the {@code <mac>} header. */
    static final List<String> BOOTSTRAP_KEYS = List.of("mac", "P212", "P237", "P1360",
            "P1361", "P145", "P194", "P193");

    private final DeviceConfig golden = GrandstreamTestDevices.golden("Europe/Berlin");

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
    public void passwordModeWritesTheSchemeThePathTheUserAndThePassword() {
        Map<String, String> p = parameters(golden.withAccess(password(false)));

        assertEquals("2", p.get("P212"));
        assertEquals(PATH, p.get("P237"));
        assertEquals(USER, p.get("P1360"));
        assertEquals(SECRET, p.get("P1361"));
    }

    @Test
    public void tokenModeWritesTheTokenInThePathAndClearsTheCredentials() {
        Map<String, String> p = parameters(golden.withAccess(token(false)));

        assertEquals(PATH + "/t/" + TOKEN, p.get("P237"));
        assertEquals("", p.get("P1360"));
        assertEquals("", p.get("P1361"));
    }

    @Test
    public void bothModesWriteTheTokenAndTheCredentials() {
        Map<String, String> p = parameters(golden.withAccess(both(false)));

        assertEquals(PATH + "/t/" + TOKEN, p.get("P237"));
        assertEquals(USER, p.get("P1360"));
        assertEquals(SECRET, p.get("P1361"));
    }

    @Test
    public void aPlainHttpServerIsFetchedOverHttpAndDhcpDoesNotOverrideIt() {
        ProvisioningAccess http = new ProvisioningAccess("http://10.0.0.5:8080/prov/", TOKEN,
                "", "", false);

        Map<String, String> p = parameters(golden.withAccess(http));

        assertEquals("1", p.get("P212"));
        assertEquals("10.0.0.5:8080/prov/t/" + TOKEN, p.get("P237"));
        assertEquals("0", p.get("P145"));
    }

    @Test
    public void anAccessThatIsNotHttpIsLeftOutWithAWarning() {
        ProvisioningAccess tftp = new ProvisioningAccess("tftp://10.0.0.5/", TOKEN, "", "",
                false);

        try (LogCapture log = new LogCapture()) {
            Map<String, String> p = parameters(golden.withAccess(tftp));

            assertFalse(p.containsKey("P237"));
            assertEquals(1, log.count("WARN", "fetch access is left out"));
            assertFalse(log.all().contains(TOKEN));
        }
    }

    @Test
    public void theMaskedConfigurationShowsTheMaskForThePasswordAndTheToken() {
        byte[] body = body(golden.withAccess(both(false)).masked());
        Map<String, String> p = GrandstreamTestDevices.parameters(body);
        String text = new String(body, StandardCharsets.UTF_8);

        assertEquals(PATH + "/t/" + DeviceConfig.MASK, p.get("P237"));
        assertEquals(DeviceConfig.MASK, p.get("P1361"));
        assertEquals(USER, p.get("P1360"));
        assertFalse(text.contains(SECRET));
        assertFalse(text.contains(TOKEN));
    }

    @Test
    public void aBootstrapHoldsTheAccessAndNothingElse() {
        for (DeviceConfig config : List.of(DeviceConfig.bootstrap(golden.device(), both(true)),
                golden.withAccess(both(true)))) {
            String text = new String(body(config), StandardCharsets.UTF_8);

            assertEquals(BOOTSTRAP_KEYS, new ArrayList<>(parameters(config).keySet()));
            assertFalse(text.contains("p&amp;ss"));
            assertFalse(text.contains(GrandstreamTestDevices.ADMIN_PASSWORD));
        }
    }

    @Test
    public void aBootstrapAsksForAnEarlyCheck() {
        Map<String, String> bootstrap = parameters(DeviceConfig.bootstrap(golden.device(),
                token(true)));

        assertEquals("1", bootstrap.get("P194"));
        assertEquals("60", bootstrap.get("P193"));
    }

    @Test
    public void aFullFileWithAnAccessKeepsADailyCheck() {
        for (ProvisioningAccess access : List.of(password(false), token(false))) {
            Map<String, String> full = parameters(golden.withAccess(access));

            assertEquals("1", full.get("P194"));
            assertEquals("1440", full.get("P193"));
        }
    }

    @Test
    public void aRawSettingMayTurnTheDailyCheckOff() {
        DeviceConfig config = GrandstreamTestDevices.config(golden.device(),
                "raw.grandstream.P194", "0").withAccess(password(false));

        assertEquals("0", parameters(config).get("P194"));
    }

    @Test
    public void withoutAnAccessNoProvisioningParameterIsWritten() {
        Map<String, String> p = parameters(golden);

        for (String name : BOOTSTRAP_KEYS.subList(1, BOOTSTRAP_KEYS.size())) {
            assertFalse(name, p.containsKey(name));
        }
    }

    @Test
    public void aRawSettingOfAnAccessParameterIsLeftOutWhileAnAccessIsWritten() {
        DeviceConfig config = GrandstreamTestDevices.config(golden.device(),
                "raw.grandstream.P237", "old.example/gs", "raw.grandstream.P1361", "Old1Secret",
                "raw.grandstream.P193", "120").withAccess(password(false));

        try (LogCapture log = new LogCapture()) {
            Map<String, String> p = parameters(config);

            assertEquals(PATH, p.get("P237"));
            assertEquals(SECRET, p.get("P1361"));
            assertEquals("120", p.get("P193"));
            assertEquals(1, log.count("WARN", "P237", "fetch access"));
            assertFalse(log.all().contains("Old1Secret"));
        }
    }

    @Test
    public void withoutAnAccessARawServerPathIsWrittenAsBefore() {
        DeviceConfig config = GrandstreamTestDevices.config(golden.device(),
                "raw.grandstream.P237", "old.example/gs");

        assertEquals("old.example/gs", parameters(config).get("P237"));
    }

    @Test
    public void noPasswordOrTokenIsLogged() {
        DeviceConfig config = GrandstreamTestDevices.config(golden.device(),
                "raw.grandstream.P1360", "someone", "language", "fi")
                .withAccess(both(false));

        try (LogCapture log = new LogCapture()) {
            body(config);
            body(DeviceConfig.bootstrap(golden.device(), both(true)));

            assertFalse(log.all().isEmpty());
            assertFalse(log.all().contains(SECRET));
            assertFalse(log.all().contains(TOKEN));
        }
    }

    @Test
    public void bootstrapMatchesGoldenFile() {
        Golden.assertSame("grandstream-cfg000b82a1b2c3-bootstrap.xml",
                body(DeviceConfig.bootstrap(golden.device(), both(true))));
    }

    @Test
    public void fullFileWithAccessMatchesGoldenFile() {
        byte[] body = body(golden.withAccess(both(false)));
        Map<String, String> p = GrandstreamTestDevices.parameters(body);

        Golden.assertSame("grandstream-cfg000b82a1b2c3-access.xml", body);
        assertTrue(p.keySet().containsAll(BOOTSTRAP_KEYS));
        assertEquals(GrandstreamTestDevices.PASSWORD, p.get("P34"));
    }

    private static Map<String, String> parameters(DeviceConfig config) {
        return GrandstreamTestDevices.parameters(body(config));
    }

    private static byte[] body(DeviceConfig config) {
        return GrandstreamTestDevices.render(GrandstreamTestDevices.generator(), config).body();
    }
}
