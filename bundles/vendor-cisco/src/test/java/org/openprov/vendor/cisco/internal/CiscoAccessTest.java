package org.openprov.vendor.cisco.internal;

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
import org.w3c.dom.Element;

public class CiscoAccessTest {

    static final String SERVER = "https://prov.example.net:8443/prov/";
    static final String TOKEN = "Tk7fQ2mZp9Lw4Xr8";
    static final String USER = "00562ba1b2c3";
    static final String SECRET = "Hq3vN8sK2pW6yB1d";

    /** What a bootstrap file holds, in file order. */
    static final List<String> ACCESS_KEYS = List.of(CiscoAccess.PROFILE_RULE,
            CiscoAccess.PROFILE_RULE_B, CiscoAccess.RESYNC_PERIODIC);

    private final DeviceConfig mpp = CiscoTestDevices.golden("8851", 10, "Europe/Berlin");
    private final DeviceConfig spa = CiscoTestDevices.golden("SPA504G", 4, "Europe/Berlin");

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
    public void passwordModeGivesTheCredentialsAsResyncOptions() {
        Map<String, String> p = parameters(mpp.withAccess(password(false)));

        assertEquals("[--uid " + USER + " --pwd " + SECRET + "] " + SERVER + "$MA.xml",
                p.get(CiscoAccess.PROFILE_RULE));
    }

    @Test
    public void tokenModeWritesTheTokenInTheUrlAndNoOptions() {
        Map<String, String> p = parameters(mpp.withAccess(token(false)));

        assertEquals(SERVER + "t/" + TOKEN + "/$MA.xml", p.get(CiscoAccess.PROFILE_RULE));
    }

    @Test
    public void bothModesWriteTheTokenAndTheCredentials() {
        Map<String, String> p = parameters(spa.withAccess(both(false)));

        assertEquals("[--uid " + USER + " --pwd " + SECRET + "] " + SERVER + "t/" + TOKEN
                + "/$MA.xml", p.get(CiscoAccess.PROFILE_RULE));
    }

    @Test
    public void theModelBootstrapsRuleIsClearedSoTheFileIsFetchedOnce() {
        Map<String, Element> elements = Profiles.elements(body(mpp.withAccess(token(false))));

        assertEquals("", elements.get(CiscoAccess.PROFILE_RULE_B).getTextContent());
        assertEquals("na", elements.get(CiscoAccess.PROFILE_RULE).getAttribute("ua"));
    }

    @Test
    public void aDollarInTheServerIsWrittenTwiceForMacroExpansion() {
        ProvisioningAccess access = new ProvisioningAccess("https://prov.example.net/a$b/", "",
                "", "", false);

        Map<String, String> p = parameters(mpp.withAccess(access));

        assertEquals("https://prov.example.net/a$$b/$MA.xml", p.get(CiscoAccess.PROFILE_RULE));
    }

    @Test
    public void theMaskedConfigurationShowsTheMaskForThePasswordAndTheToken() {
        byte[] body = body(mpp.withAccess(both(false)).masked());
        String text = new String(body, StandardCharsets.UTF_8);

        assertEquals("[--uid " + USER + " --pwd " + DeviceConfig.MASK + "] " + SERVER + "t/"
                + DeviceConfig.MASK + "/$MA.xml",
                Profiles.parse(body).get(CiscoAccess.PROFILE_RULE));
        assertFalse(text.contains(SECRET));
        assertFalse(text.contains(TOKEN));
    }

    @Test
    public void aBootstrapHoldsTheAccessAndNothingElse() {
        for (DeviceConfig base : List.of(mpp, spa)) {
            for (DeviceConfig config : List.of(DeviceConfig.bootstrap(base.device(),
                    both(true)), base.withAccess(both(true)))) {
                String text = new String(body(config), StandardCharsets.UTF_8);

                assertEquals(ACCESS_KEYS, new ArrayList<>(parameters(config).keySet()));
                assertFalse(text.contains(CiscoTestDevices.SECOND_PASSWORD));
                assertFalse(text.contains("Line_Enable"));
            }
        }
    }

    @Test
    public void aBootstrapAsksForAnEarlyResync() {
        Map<String, String> bootstrap = parameters(DeviceConfig.bootstrap(mpp.device(),
                token(true)));

        assertEquals("300", bootstrap.get(CiscoAccess.RESYNC_PERIODIC));
    }

    /** Hourly, Cisco's default: more often than the daily check a rotation needs. */
    @Test
    public void aFullFileWithAnAccessResyncsAtLeastDaily() {
        for (ProvisioningAccess access : List.of(password(false), token(false), both(false))) {
            String seconds = parameters(mpp.withAccess(access)).get(CiscoAccess.RESYNC_PERIODIC);

            assertEquals("3600", seconds);
            assertTrue(Integer.parseInt(seconds) > 0 && Integer.parseInt(seconds) <= 86_400);
        }
    }

    @Test
    public void withoutAnAccessNoProfileRuleIsWritten() {
        Map<String, String> p = parameters(mpp);

        for (String name : ACCESS_KEYS) {
            assertFalse(name, p.containsKey(name));
        }
    }

    @Test
    public void aRawProfileRuleIsLeftOutWhileAnAccessIsWritten() {
        DeviceConfig config = new CiscoTestDevices.Stack()
                .provider("raw.cisco.Profile_Rule", "http://old.example/$MA.xml")
                .provider("raw.cisco.Resync_Periodic", "86400")
                .onOneLine("8851").withAccess(password(false));

        try (LogCapture log = new LogCapture()) {
            Map<String, String> p = parameters(config);

            assertTrue(p.get(CiscoAccess.PROFILE_RULE).endsWith(SERVER + "$MA.xml"));
            assertEquals("86400", p.get(CiscoAccess.RESYNC_PERIODIC));
            assertEquals(1, log.count("WARN", CiscoAccess.PROFILE_RULE, "fetch access"));
        }
    }

    @Test
    public void withoutAnAccessARawProfileRuleIsWrittenAsBefore() {
        DeviceConfig config = new CiscoTestDevices.Stack()
                .provider("raw.cisco.Profile_Rule", "http://old.example/$MA.xml")
                .onOneLine("8851");

        assertEquals("http://old.example/$MA.xml",
                parameters(config).get(CiscoAccess.PROFILE_RULE));
    }

    @Test
    public void noPasswordOrTokenIsLogged() {
        DeviceConfig config = new CiscoTestDevices.Stack()
                .device("raw.cisco.Profile_Rule_B", "http://old.example/b.xml")
                .device("vlan.priority", "5")
                .onOneLine("8851").withAccess(both(false));

        try (LogCapture log = new LogCapture()) {
            body(config);
            body(DeviceConfig.bootstrap(mpp.device(), both(true)));

            assertFalse(log.all().isEmpty());
            assertFalse(log.all().contains(SECRET));
            assertFalse(log.all().contains(TOKEN));
        }
    }

    @Test
    public void bootstrapMatchesGoldenFile() {
        Golden.assertSame("cisco-8851-00562ba1b2c3-bootstrap.xml",
                body(DeviceConfig.bootstrap(mpp.device(), both(true))));
    }

    @Test
    public void fullFileWithAccessMatchesGoldenFile() {
        byte[] body = body(mpp.withAccess(both(false)));
        Map<String, String> p = Profiles.parse(body);

        Golden.assertSame("cisco-8851-00562ba1b2c3-access.xml", body);
        assertTrue(p.keySet().containsAll(ACCESS_KEYS));
        assertEquals(CiscoTestDevices.PASSWORD, p.get("Password_1_"));
    }

    private static Map<String, String> parameters(DeviceConfig config) {
        return Profiles.parse(body(config));
    }

    private static byte[] body(DeviceConfig config) {
        return CiscoTestDevices.render(CiscoTestDevices.generator(), config).body();
    }
}
