package org.openprov.registry.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.openprov.api.registry.Customer;
import org.openprov.api.registry.Delivery;
import org.openprov.api.registry.Device;
import org.openprov.api.registry.DeviceRegistry;
import org.openprov.api.registry.Mac;
import org.openprov.api.registry.NewDevice;
import org.openprov.api.registry.Provider;
import org.openprov.api.registry.RegistryException;
import org.openprov.api.registry.SipLine;
import org.openprov.api.registry.Transport;

public class JdbcDeviceRegistryTest {

    private static final Instant NOW = Instant.parse("2025-07-31T10:15:30.123456Z");
    private static final Mac MAC = Mac.parse("001565a1b2c3");
    private static final Mac OTHER = Mac.parse("001565a1b2c4");

    @Rule
    public final RegistryDatabase db = new RegistryDatabase();

    private DeviceRegistry registry;

    @Before
    public void setUp() {
        registry = db.registry(Clock.fixed(NOW, ZoneOffset.UTC));
        registry.addProvider("acme");
        registry.addCustomer("acme", "main");
    }

    @Test
    public void providersAreListedByNameWithTheClocksTime() {
        Provider added = registry.addProvider("zeta");
        registry.addProvider("beta");

        assertEquals(List.of("acme", "beta", "zeta"),
                registry.providers().stream().map(Provider::name).toList());
        assertEquals(Optional.of(added), registry.provider("zeta"));
        assertEquals(Instant.parse("2025-07-31T10:15:30.123Z"), added.createdAt());
        assertEquals(Optional.empty(), registry.provider("nobody"));
    }

    @Test
    public void aProviderNameIsTakenOnce() {
        RegistryException e = assertThrows(RegistryException.class,
                () -> registry.addProvider(" acme "));

        assertEquals("Provider acme already exists; see provider:list", e.getMessage());
    }

    @Test
    public void aNameWithSpacesIsRefusedWithTheRule() {
        RegistryException e = assertThrows(RegistryException.class,
                () -> registry.addProvider("acme telecom"));

        assertTrue(e.getMessage(), e.getMessage().contains("letters, digits, dots, dashes"));
        assertEquals(1, registry.providers().size());
    }

    @Test
    public void customerNamesAreUniqueWithinTheirProvider() {
        registry.addProvider("other");
        Customer sameName = registry.addCustomer("other", "main");

        RegistryException e = assertThrows(RegistryException.class,
                () -> registry.addCustomer("acme", "main"));

        assertEquals("other", sameName.providerName());
        assertEquals("Provider acme already has a customer main; see customer:list acme",
                e.getMessage());
    }

    @Test
    public void providerNamesThatDifferOnlyInCaseAreRefused() {
        registry.addProvider("Bärtel");

        RegistryException upper = assertThrows(RegistryException.class,
                () -> registry.addProvider("ACME"));
        RegistryException accented = assertThrows(RegistryException.class,
                () -> registry.addProvider("BÄRTEL"));

        assertEquals("A provider named acme already exists, and names that differ only in case"
                + " count as the same; see provider:list", upper.getMessage());
        assertTrue(accented.getMessage(), accented.getMessage().startsWith(
                "A provider named Bärtel already exists"));
        assertEquals(List.of("Bärtel", "acme"),
                registry.providers().stream().map(Provider::name).toList());
    }

    @Test
    public void customerNamesThatDifferOnlyInCaseAreRefusedWithinTheirProvider() {
        registry.addProvider("other");

        RegistryException e = assertThrows(RegistryException.class,
                () -> registry.addCustomer("acme", "MAIN"));
        Customer elsewhere = registry.addCustomer("other", "MAIN");

        assertEquals("Provider acme already has a customer named main, and names that differ"
                + " only in case count as the same; see customer:list acme", e.getMessage());
        assertEquals("other/MAIN", names(List.of(elsewhere)).get(0));
        assertEquals(List.of("acme/main"), names(registry.customers("acme")));
    }

    @Test
    public void aCustomerOfAnUnknownProviderIsRefused() {
        RegistryException e = assertThrows(RegistryException.class,
                () -> registry.addCustomer("nobody", "main"));

        assertTrue(e.getMessage(), e.getMessage().startsWith("There is no provider nobody;"));
    }

    @Test
    public void customersAreListedByProviderThenName() {
        registry.addProvider("aaa");
        registry.addCustomer("aaa", "zed");
        registry.addCustomer("acme", "branch");

        assertEquals(List.of("aaa/zed", "acme/branch", "acme/main"),
                names(registry.customers(null)));
        assertEquals(List.of("acme/branch", "acme/main"), names(registry.customers("acme")));
        assertEquals(List.of(), registry.customers("nobody"));
    }

    @Test
    public void aMacInAnyFormIsStoredCanonically() throws Exception {
        Device added = registry.addDevice(device("00-15-65-A1-B2-C3", "acme", "main"));

        assertEquals("001565a1b2c3", db.text("SELECT mac FROM device"));
        assertEquals(MAC, added.mac());
        assertEquals(Optional.of(added), registry.device(Mac.parse("0015.65A1.B2C3")));
        assertEquals(Instant.parse("2025-07-31T10:15:30.123Z"), added.createdAt());
        assertEquals(Optional.empty(), added.firstDeliveredAt());
        assertEquals("desk 4", added.label());
    }

    @Test
    public void aMacIsRegisteredOnceAcrossProviders() {
        registry.addDevice(device(MAC.hex(), "acme", "main"));
        registry.addProvider("rival");
        registry.addCustomer("rival", "shop");

        RegistryException e = assertThrows(RegistryException.class,
                () -> registry.addDevice(device("00:15:65:A1:B2:C3", "rival", "shop")));

        assertEquals("MAC 001565a1b2c3 is already registered to provider acme, customer main;"
                + " remove it first with device:remove 001565a1b2c3", e.getMessage());
        assertEquals("acme", registry.device(MAC).orElseThrow().providerName());
    }

    @Test
    public void aDeviceOfAnUnknownProviderOrCustomerIsRefused() {
        RegistryException noProvider = assertThrows(RegistryException.class,
                () -> registry.addDevice(device(MAC.hex(), "nobody", "main")));
        RegistryException noCustomer = assertThrows(RegistryException.class,
                () -> registry.addDevice(device(MAC.hex(), "acme", "nobody")));

        assertTrue(noProvider.getMessage().startsWith("There is no provider nobody"));
        assertEquals("Provider acme has no customer nobody; see customer:list acme, or add it"
                + " with customer:add acme nobody", noCustomer.getMessage());
        assertEquals(List.of(), registry.devices(null, null));
    }

    @Test
    public void devicesAreFilteredAndOrderedByMac() {
        registry.addCustomer("acme", "branch");
        registry.addProvider("rival");
        registry.addCustomer("rival", "main");
        registry.addDevice(device("001565000003", "acme", "main"));
        registry.addDevice(device("001565000001", "acme", "branch"));
        registry.addDevice(device("001565000002", "rival", "main"));

        assertEquals(List.of("001565000001", "001565000002", "001565000003"),
                macs(registry.devices(null, null)));
        assertEquals(List.of("001565000001", "001565000003"), macs(registry.devices("acme", null)));
        assertEquals(List.of("001565000003"), macs(registry.devices("acme", "main")));
        assertEquals(List.of("001565000002", "001565000003"), macs(registry.devices(null, "main")));
        assertEquals(List.of(), registry.devices("nobody", null));
    }

    @Test
    public void linesAreSetReplacedAndRemoved() {
        registry.addDevice(device(MAC.hex(), "acme", "main"));

        registry.setLine(MAC, line(2, "202", "pw-two"));
        Device withTwo = registry.setLine(MAC, line(1, "201", "pw-one"));
        Device replaced = registry.setLine(MAC, new SipLine(1, "301", "auth301", "pw-new",
                "Reception", "Front", "pbx2.example.com", 5061, Transport.TLS));
        Device removed = registry.removeLine(MAC, 2);

        assertEquals(List.of(1, 2), withTwo.lines().stream().map(SipLine::number).toList());
        assertEquals(new SipLine(1, "301", "auth301", "pw-new", "Reception", "Front",
                "pbx2.example.com", 5061, Transport.TLS), replaced.lines().get(0));
        assertEquals("pw-two", replaced.lines().get(1).password());
        assertEquals(List.of(1), removed.lines().stream().map(SipLine::number).toList());
        assertEquals(removed, registry.device(MAC).orElseThrow());
    }

    @Test
    public void aStoredLineTheRulesNowRefuseIsLeftOutAndCanBeRepaired() throws Exception {
        registry.addDevice(device(MAC.hex(), "acme", "main"));
        registry.setLine(MAC, line(1, "201", "pw-one"));
        registry.setLine(MAC, line(2, "202", "pw-two"));
        db.execute("UPDATE sip_line SET server = 'pbx.example.com:5070' WHERE line_no = 2");

        List<Integer> read = registry.device(MAC).orElseThrow().lines().stream()
                .map(SipLine::number).toList();
        List<Integer> listed = registry.devices(null, null).get(0).lines().stream()
                .map(SipLine::number).toList();
        Device repaired = registry.setLine(MAC, line(2, "202", "pw-new"));

        assertEquals(List.of(1), read);
        assertEquals(List.of(1), listed);
        assertEquals("pbx.example.com", repaired.lines().get(1).server());
        assertEquals(1, db.number("SELECT COUNT(*) FROM sip_line WHERE line_no = 2"));
    }

    @Test
    public void aLineOfAnUnregisteredDeviceIsRefused() {
        RegistryException e = assertThrows(RegistryException.class,
                () -> registry.setLine(OTHER, line(1, "201", "pw")));

        assertTrue(e.getMessage(), e.getMessage().startsWith("MAC 001565a1b2c4 is not registered"));
    }

    @Test
    public void aTooLongPasswordIsRefusedWithoutShowingIt() {
        registry.addDevice(device(MAC.hex(), "acme", "main"));
        String password = "x".repeat(120) + "SECRETTAIL";

        RegistryException e = assertThrows(RegistryException.class,
                () -> registry.setLine(MAC, line(1, "201", password)));

        assertEquals("The SIP password is 130 characters long; at most 128 are stored",
                e.getMessage());
        assertEquals(List.of(), registry.device(MAC).orElseThrow().lines());
    }

    @Test
    public void settingsAreValidatedSetReplacedAndUnset() {
        registry.addDevice(device(MAC.hex(), "acme", "main"));

        RegistryException badZone = assertThrows(RegistryException.class,
                () -> registry.setSetting(MAC, "time.zone", "Mars/Olympus"));
        RegistryException badSecret = assertThrows(RegistryException.class,
                () -> registry.setSetting(MAC, "admin.password", "a\nb"));
        registry.setSetting(MAC, "time.zone", "Europe/Paris");
        registry.setSetting(MAC, "admin.password", "s3cret");
        Device replaced = registry.setSetting(MAC, "time.zone", "Asia/Kolkata");
        Device unset = registry.unsetSetting(MAC, "admin.password");

        assertTrue(badZone.getMessage(), badZone.getMessage().contains("time.zone"));
        assertFalse(badSecret.getMessage(), badSecret.getMessage().contains("a\nb"));
        assertEquals(Map.of("time.zone", "Asia/Kolkata", "admin.password", "s3cret"),
                replaced.settings());
        assertEquals(Map.of("time.zone", "Asia/Kolkata"), unset.settings());
        assertEquals(unset, registry.device(MAC).orElseThrow());
    }

    @Test
    public void deliveriesAreKeptNewestFirstAndOnlyTheFirstIsFirst() {
        registry.addDevice(device(MAC.hex(), "acme", "main"));
        Instant t1 = Instant.parse("2025-08-01T08:00:00Z");

        boolean first = registry.recordDelivery(new Delivery(MAC, "001565a1b2c3.cfg", t1, 100));
        boolean second = registry.recordDelivery(
                new Delivery(MAC, "001565a1b2c3.cfg", t1.plusSeconds(60), 101));
        registry.recordDelivery(new Delivery(MAC, "other.cfg", t1.plusSeconds(120), 102));

        assertTrue(first);
        assertFalse(second);
        assertEquals(Optional.of(t1), registry.device(MAC).orElseThrow().firstDeliveredAt());
        assertEquals(List.of(102L, 101L), registry.deliveries(MAC, 2).stream()
                .map(Delivery::size).toList());
        assertEquals(new Delivery(MAC, "001565a1b2c3.cfg", t1, 100),
                registry.deliveries(MAC, 10).get(2));
        assertEquals(List.of(), registry.deliveries(MAC, 0));
    }

    @Test
    public void aDeliveryToAnUnregisteredMacIsRefused() {
        RegistryException e = assertThrows(RegistryException.class, () -> registry
                .recordDelivery(new Delivery(OTHER, "x.cfg", Instant.EPOCH, 1)));

        assertTrue(e.getMessage(), e.getMessage().startsWith("MAC 001565a1b2c4 is not registered"));
    }

    @Test
    public void removingADeviceTakesItsLinesSettingsAndDeliveries() throws Exception {
        registry.addDevice(device(MAC.hex(), "acme", "main"));
        registry.addDevice(device(OTHER.hex(), "acme", "main"));
        for (Mac mac : List.of(MAC, OTHER)) {
            registry.setLine(mac, line(1, "201", "pw"));
            registry.setSetting(mac, "ntp.server", "pool.ntp.org");
            registry.recordDelivery(new Delivery(mac, "a.cfg", Instant.EPOCH, 1));
        }

        assertTrue(registry.removeDevice(Mac.parse("00:15:65:a1:b2:c3")));

        assertFalse(registry.removeDevice(MAC));
        assertEquals(Optional.empty(), registry.device(MAC));
        for (String table : List.of("device", "sip_line", "device_setting", "delivery")) {
            assertEquals(table, 1, db.number("SELECT COUNT(*) FROM " + table));
        }
        assertEquals(List.of(), registry.deliveries(MAC, 5));
        assertEquals(MAC, registry.addDevice(device(MAC.hex(), "acme", "main")).mac());
    }

    private static NewDevice device(String mac, String provider, String customer) {
        return new NewDevice(Mac.parse(mac), provider, customer, "yealink", "T54W", "desk 4", null);
    }

    private static SipLine line(int number, String user, String password) {
        return new SipLine(number, user, null, password, null, null, "pbx.example.com", 5060,
                Transport.UDP);
    }

    private static List<String> names(List<Customer> customers) {
        return customers.stream().map(c -> c.providerName() + "/" + c.name()).toList();
    }

    private static List<String> macs(List<Device> devices) {
        return devices.stream().map(d -> d.mac().hex()).toList();
    }
}
