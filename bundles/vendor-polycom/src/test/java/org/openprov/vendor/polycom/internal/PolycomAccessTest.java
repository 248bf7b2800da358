package org.openprov.vendor.polycom.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.Test;
import org.openprov.api.registry.Device;
import org.openprov.api.settings.DeviceConfig;
import org.openprov.api.settings.Level;
import org.openprov.api.settings.ProvisioningAccess;
import org.openprov.api.settings.ResolvedValue;
import org.openprov.testing.Golden;
import org.openprov.testing.LogCapture;

public class PolycomAccessTest {

    static final String SERVER = "https://prov.example.net:8443/prov/";
    static final String NAME = "prov.example.net:8443/prov";
    static final String TOKEN = "Tk7fQ2mZp9Lw4Xr8";
    static final String USER = "0004f2a1b2c3";
    static final String SECRET = "Hq3vN8sK2pW6yB1d";

    /** What a bootstrap file holds, in file order (the parser gives attributes sorted). */
    static final List<String> BOOTSTRAP_KEYS = List.of("device.set",
            "device.prov.serverType.set", "device.prov.serverType",
            "device.prov.serverName.set", "device.prov.serverName",
            "device.prov.user.set", "device.prov.user",
            "device.prov.password.set", "device.prov.password",
            "device.dhcp.bootSrvUseOpt.set", "device.dhcp.bootSrvUseOpt");

    private final Device golden = PolycomTestDevices.golden();
    private final RecordingNotes notes = new RecordingNotes();

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
        Map<String, String> cfg = attributes(full(password(false)));

        assertEquals("HTTPS", cfg.get(PolycomAccess.SERVER_TYPE));
        assertEquals(NAME, cfg.get(PolycomAccess.SERVER_NAME));
        assertEquals(USER, cfg.get(PolycomAccess.USER));
        assertEquals(SECRET, cfg.get(PolycomAccess.PASSWORD));
        assertEquals("1", cfg.get(PolycomAccess.PASSWORD + ".set"));
    }

    @Test
    public void tokenModeWritesTheTokenInTheServerNameAndClearsTheCredentials() {
        Map<String, String> cfg = attributes(full(token(false)));

        assertEquals(NAME + "/t/" + TOKEN, cfg.get(PolycomAccess.SERVER_NAME));
        assertEquals("", cfg.get(PolycomAccess.USER));
        assertEquals("", cfg.get(PolycomAccess.PASSWORD));
    }

    @Test
    public void bothModesWriteTheTokenAndTheCredentials() {
        Map<String, String> cfg = attributes(full(both(false)));

        assertEquals(NAME + "/t/" + TOKEN, cfg.get(PolycomAccess.SERVER_NAME));
        assertEquals(USER, cfg.get(PolycomAccess.USER));
        assertEquals(SECRET, cfg.get(PolycomAccess.PASSWORD));
    }

    @Test
    public void aPlainHttpServerIsTypeHttpAndDhcpDoesNotOverrideIt() {
        ProvisioningAccess http = new ProvisioningAccess("http://10.0.0.5:8080/prov/", TOKEN,
                "", "", false);

        Map<String, String> cfg = attributes(full(http));

        assertEquals("HTTP", cfg.get(PolycomAccess.SERVER_TYPE));
        assertEquals("10.0.0.5:8080/prov/t/" + TOKEN, cfg.get(PolycomAccess.SERVER_NAME));
        assertEquals("Static", cfg.get(PolycomAccess.BOOT_SERVER));
    }

    @Test
    public void anAccessThatIsNotHttpIsLeftOutWithANote() {
        ProvisioningAccess ftp = new ProvisioningAccess("ftp://10.0.0.5/", TOKEN, "", "", false);

        Map<String, String> cfg = attributes(full(ftp));

        assertFalse(cfg.containsKey(PolycomAccess.SERVER_NAME));
        notes.assertOneWarning("fetch access is left out");
        assertTrue(notes.all().stream().noneMatch(note -> note.contains(TOKEN)));
    }

    @Test
    public void theMaskedConfigurationShowsTheMaskForThePasswordAndTheToken() {
        byte[] body = render(full(both(false)).masked());
        Map<String, String> cfg = StrictXml.attributes(body);
        String text = new String(body, StandardCharsets.UTF_8);

        assertEquals(NAME + "/t/" + DeviceConfig.MASK, cfg.get(PolycomAccess.SERVER_NAME));
        assertEquals(DeviceConfig.MASK, cfg.get(PolycomAccess.PASSWORD));
        assertEquals(USER, cfg.get(PolycomAccess.USER));
        assertFalse(text.contains(SECRET));
        assertFalse(text.contains(TOKEN));
    }

    @Test
    public void aBootstrapHoldsTheAccessAndNothingElse() {
        for (DeviceConfig config : List.of(DeviceConfig.bootstrap(golden, both(true)),
                full(both(true)))) {
            String text = new String(render(config), StandardCharsets.UTF_8);

            assertEquals(new TreeSet<>(BOOTSTRAP_KEYS),
                    new TreeSet<>(attributes(config).keySet()));
            assertFalse(text.contains("reg."));
            assertFalse(text.contains("p&amp;ss"));
            assertFalse(text.contains("localAdminPassword"));
        }
    }

    @Test
    public void aBootstrapAndTheFullFileWriteTheSameAccess() {
        Map<String, String> bootstrap = attributes(DeviceConfig.bootstrap(golden, both(true)));
        Map<String, String> full = attributes(full(both(false)));

        for (String name : BOOTSTRAP_KEYS) {
            assertEquals(name, bootstrap.get(name), full.get(name));
        }
    }

    /** The bootstrap relies on the restart a changed device parameter causes: no polling. */
    @Test
    public void aBootstrapDoesNotPoll() {
        Map<String, String> bootstrap = attributes(DeviceConfig.bootstrap(golden, both(true)));

        assertTrue(bootstrap.keySet().stream().noneMatch(name -> name.startsWith("prov.")));
    }

    @Test
    public void aFullFileWithAnAccessPollsDaily() {
        for (ProvisioningAccess access : List.of(password(false), token(false), both(false))) {
            Map<String, String> full = attributes(full(access));

            assertEquals("1", full.get("prov.polling.enabled"));
            assertEquals("rel", full.get("prov.polling.mode"));
            assertEquals("86400", full.get("prov.polling.period"));
        }
    }

    @Test
    public void withoutAnAccessNoPollingIsWritten() {
        Map<String, String> cfg = attributes(DeviceConfig.ofDevice(golden));

        assertTrue(cfg.keySet().stream().noneMatch(name -> name.startsWith("prov.polling")));
    }

    @Test
    public void aRawSettingMayChooseAnotherPollingSchedule() {
        DeviceConfig config = PolycomTestDevices.twoLines("VVX450",
                raw("prov.polling.mode", "abs"), raw("prov.polling.period", "172800"))
                .withAccess(password(false));

        Map<String, String> cfg = attributes(config);

        assertEquals("abs", cfg.get("prov.polling.mode"));
        assertEquals("172800", cfg.get("prov.polling.period"));
        assertEquals("1", cfg.get("prov.polling.enabled"));
        assertTrue(notes.all().stream().noneMatch(note -> note.contains("prov.polling")));
    }

    @Test
    public void withoutAnAccessNoProvisioningServerIsWritten() {
        Map<String, String> cfg = attributes(DeviceConfig.ofDevice(golden));

        for (String name : BOOTSTRAP_KEYS.subList(1, BOOTSTRAP_KEYS.size())) {
            assertFalse(name, cfg.containsKey(name));
        }
    }

    @Test
    public void aRawSettingOfAnAccessParameterIsLeftOutWhileAnAccessIsWritten() {
        DeviceConfig config = PolycomTestDevices.twoLines("VVX450",
                raw("device.prov.serverName", "old.example/poly"),
                raw("device.prov.password", "Old1Secret"),
                raw("prov.polling.enabled", "1")).withAccess(password(false));

        Map<String, String> cfg = attributes(config);

        assertEquals(NAME, cfg.get(PolycomAccess.SERVER_NAME));
        assertEquals(SECRET, cfg.get(PolycomAccess.PASSWORD));
        assertEquals("1", cfg.get("prov.polling.enabled"));
        notes.assertOneWarning("device.prov.serverName", "fetch access");
        assertTrue(notes.all().stream().noneMatch(note -> note.contains("Old1Secret")));
    }

    @Test
    public void withoutAnAccessARawServerNameIsWrittenAsBefore() {
        DeviceConfig config = PolycomTestDevices.twoLines("VVX450",
                raw("device.prov.serverName", "old.example/poly"));

        assertEquals("old.example/poly", attributes(config).get(PolycomAccess.SERVER_NAME));
    }

    @Test
    public void noPasswordOrTokenIsLogged() {
        DeviceConfig config = PolycomTestDevices.twoLines("VVX450",
                raw("device.prov.user", "someone"),
                PolycomTestDevices.at(Level.DEVICE, "language", "fi"))
                .withAccess(both(false));

        try (LogCapture log = new LogCapture()) {
            PolycomTestDevices.render(PolycomTestDevices.generator(), config);
            PolycomTestDevices.render(PolycomTestDevices.generator(),
                    DeviceConfig.bootstrap(golden, both(true)));

            assertFalse(log.all().isEmpty());
            assertFalse(log.all().contains(SECRET));
            assertFalse(log.all().contains(TOKEN));
        }
    }

    @Test
    public void bootstrapMatchesGoldenFile() {
        byte[] body = render(DeviceConfig.bootstrap(golden, both(true)));

        StrictXml.root(body);
        Golden.assertSame("polycom-0004f2a1b2c3-bootstrap.cfg", body);
    }

    @Test
    public void fullFileWithAccessMatchesGoldenFile() {
        byte[] body = render(full(both(false)));
        Map<String, String> cfg = StrictXml.attributes(body);

        Golden.assertSame("polycom-0004f2a1b2c3-access.cfg", body);
        assertTrue(cfg.keySet().containsAll(BOOTSTRAP_KEYS));
        assertEquals(PolycomTestDevices.PASSWORD, cfg.get("reg.1.auth.password"));
    }

    private DeviceConfig full(ProvisioningAccess access) {
        return DeviceConfig.ofDevice(golden).withAccess(access);
    }

    private static ResolvedValue raw(String name, String value) {
        return PolycomTestDevices.at(Level.DEVICE, "raw.polycom." + name, value);
    }

    private Map<String, String> attributes(DeviceConfig config) {
        return PolycomTestDevices.attributes(config, notes);
    }

    private byte[] render(DeviceConfig config) {
        return PolycomTestDevices.render(PolycomTestDevices.generator(notes), config);
    }
}
