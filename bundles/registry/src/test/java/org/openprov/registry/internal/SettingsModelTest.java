package org.openprov.registry.internal;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.openprov.api.registry.Device;
import org.openprov.api.registry.Mac;
import org.openprov.api.registry.NewDevice;
import org.openprov.api.registry.RegistryException;
import org.openprov.api.registry.SipLine;
import org.openprov.api.settings.ConfigResolver;
import org.openprov.api.settings.DeviceConfig;
import org.openprov.api.settings.Level;
import org.openprov.api.settings.ResolvedValue;

/** The registry's side of the settings model, on a real Derby database. */
public class SettingsModelTest {

    private static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");
    private static final Mac MAC = Mac.parse("001565a1b2c3");

    @Rule
    public final RegistryDatabase db = new RegistryDatabase();

    private JdbcDeviceRegistry registry;

    @Before
    public void setUp() {
        registry = (JdbcDeviceRegistry) db.registry(Clock.fixed(NOW, ZoneOffset.UTC));
        registry.addProvider("acme");
        registry.addCustomer("acme", "main");
        registry.addDevice(new NewDevice(MAC, "acme", "main", "yealink", "T54W", "", null));
    }

    @Test
    public void keysAndRawSettingsAreStoredInTheirCanonicalForm() {
        registry.setSetting(MAC, "KEY.3", "BLF;target=201;label=Reception");
        registry.setSetting(MAC, "Raw.Yealink.features.DND.enable", "1");
        registry.setSetting(MAC, "Codecs", "g722, ulaw");

        Map<String, String> settings = registry.device(MAC).orElseThrow().settings();

        assertEquals(Map.of("key.3", "blf;line=1;target=201;label=Reception",
                "raw.yealink.features.DND.enable", "1", "codecs", "G722,PCMU"), settings);
    }

    @Test
    public void aBadValueIsRefusedWithTheSettingAndTheRuleAndNothingIsStored() {
        RegistryException key = assertThrows(RegistryException.class,
                () -> registry.setSetting(MAC, "key.3", "blf;label=Reception"));
        RegistryException name = assertThrows(RegistryException.class,
                () -> registry.setSetting(MAC, "raw.yealink.bad name", "1"));
        RegistryException vlan = assertThrows(RegistryException.class,
                () -> registry.setSetting(MAC, "vlan.id", "5000"));

        assertEquals("key.3: a blf key needs a target (the number or extension)",
                key.getMessage());
        assertTrue(name.getMessage(), name.getMessage().startsWith("The raw setting name"));
        assertEquals("Setting vlan.id: '5000' is not valid (5000 is out of range); expected a"
                + " VLAN id from 1 to 4094", vlan.getMessage());
        assertEquals(Map.of(), registry.device(MAC).orElseThrow().settings());
    }

    @Test
    public void aLineMayLeaveServerPortAndTransportToTheSettings() {
        registry.setLine(MAC, new SipLine(1, "201", null, "pw", null, null, "", 0, null));

        SipLine stored = registry.device(MAC).orElseThrow().lines().get(0);

        assertEquals("", stored.server());
        assertEquals(0, stored.port());
        assertNull(stored.transport());
    }

    @Test
    public void aSettingATemplateLockedIsRefusedOnTheDeviceNamingTheLock() {
        registry.resolver = lockingNtp();

        RegistryException e = assertThrows(RegistryException.class,
                () -> registry.setSetting(MAC, "ntp.server", "ntp.example.com"));
        registry.setSetting(MAC, "time.zone", "Europe/Paris");

        assertEquals("Setting ntp.server of device 00:15:65:a1:b2:c3 is locked by template base"
                + " (platform, locked); change it there, or ask its owner to unlock it with"
                + " template:set without --lock", e.getMessage());
        assertEquals(Map.of("time.zone", "Europe/Paris"),
                registry.device(MAC).orElseThrow().settings());
    }

    @Test
    public void theLastServedFileIsKeptPerNameAndGoesWithTheDevice() {
        registry.keepServedFile(MAC, "001565a1b2c3.cfg", bytes("one"));
        registry.keepServedFile(MAC, "001565a1b2c3.cfg", bytes("two"));
        registry.keepServedFile(MAC, "001565a1b2c3.cfg", bytes("two"));
        registry.keepServedFile(MAC, "other.cfg", bytes("three"));

        assertArrayEquals(bytes("two"), registry.servedFile(MAC, "001565a1b2c3.cfg")
                .orElseThrow());
        assertArrayEquals(bytes("three"), registry.servedFile(MAC, "other.cfg").orElseThrow());
        assertEquals(Optional.empty(), registry.servedFile(MAC, "none.cfg"));

        registry.removeDevice(MAC);
        assertEquals(Optional.empty(), registry.servedFile(MAC, "other.cfg"));
    }

    @Test
    public void theChangeStampDiffersAfterEveryChangeEvenWithinOneMillisecond() {
        long before = registry.changeStamp(MAC).orElseThrow();
        registry.setSetting(MAC, "ntp.server", "ntp1.example.com");
        long once = registry.changeStamp(MAC).orElseThrow();
        registry.setSetting(MAC, "ntp.server", "ntp2.example.com");
        long twice = registry.changeStamp(MAC).orElseThrow();

        assertTrue(before + " < " + once + " < " + twice, before < once && once < twice);
        assertEquals(OptionalLong.empty(), registry.changeStamp(Mac.parse("001565000000")));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** A resolver whose platform template locked ntp.server. */
    private static ConfigResolver lockingNtp() {
        return new ConfigResolver() {
            @Override
            public DeviceConfig resolve(Device device) {
                return DeviceConfig.ofDevice(device);
            }

            @Override
            public long version() {
                return 0;
            }

            @Override
            public Optional<ResolvedValue> lockOn(Device device, String name) {
                return name.equals("ntp.server") ? Optional.of(new ResolvedValue(name,
                        "pool.ntp.org", Level.PLATFORM, "base", true)) : Optional.empty();
            }
        };
    }
}
