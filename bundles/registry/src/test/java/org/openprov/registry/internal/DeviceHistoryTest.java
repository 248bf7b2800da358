package org.openprov.registry.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.openprov.api.registry.Delivery;
import org.openprov.api.registry.DeviceFacts;
import org.openprov.api.registry.Mac;
import org.openprov.api.registry.NewDevice;

/** Billing's view of the registry: which devices existed in a month, removed ones included. */
public class DeviceHistoryTest {

    private static final Instant NOV = Instant.parse("2026-11-01T00:00:00Z");
    private static final Instant DEC = Instant.parse("2026-12-01T00:00:00Z");
    private static final Instant JAN = Instant.parse("2027-01-01T00:00:00Z");

    @Rule
    public final RegistryDatabase db = new RegistryDatabase();

    private final MovingClock clock = new MovingClock();
    private JdbcDeviceRegistry registry;

    @Before
    public void setUp() {
        clock.now = NOV;
        registry = (JdbcDeviceRegistry) db.registry(clock);
        registry.addProvider("acme");
        registry.addCustomer("acme", "main");
        registry.addProvider("zeta");
        registry.addCustomer("zeta", "main");
    }

    @Test
    public void aDeviceRemovedInAMonthExistedInItAndNotLater() {
        clock.now = Instant.parse("2026-11-30T12:00:00Z");
        add("001565000001", "acme");
        registry.recordDelivery(new Delivery(Mac.parse("001565000001"), "x.cfg", clock.now, 1));
        clock.now = Instant.parse("2026-12-02T08:00:00Z");
        registry.removeDevice(Mac.parse("001565000001"));

        List<DeviceFacts> december = registry.devicesExisting("acme", DEC, JAN);
        assertEquals(1, december.size());
        DeviceFacts facts = december.get(0);
        assertEquals(Optional.of(clock.now), facts.removedAt());
        assertEquals(Optional.of(Instant.parse("2026-11-30T12:00:00Z")),
                facts.firstDeliveredAt());
        assertEquals("main", facts.customerName());
        assertTrue(registry.devicesExisting("acme", JAN, JAN.plusSeconds(86400 * 31)).isEmpty());
    }

    @Test
    public void devicesAddedLaterOrOfOtherProvidersAreLeftOut() {
        clock.now = Instant.parse("2026-11-15T00:00:00Z");
        add("001565000002", "acme");
        add("001565000003", "zeta");
        clock.now = Instant.parse("2026-12-05T00:00:00Z");
        add("001565000004", "acme");

        assertEquals(List.of("001565000002"), macs(registry.devicesExisting("acme", NOV, DEC)));
        assertEquals(List.of("001565000002", "001565000004"),
                macs(registry.devicesExisting("acme", DEC, JAN)));
        assertEquals(3, registry.devicesExisting(null, DEC, JAN).size());
    }

    @Test
    public void aMacRegisteredAgainAppearsOncePerRegistration() {
        add("001565000005", "acme");
        clock.now = Instant.parse("2026-11-10T00:00:00Z");
        registry.removeDevice(Mac.parse("001565000005"));
        add("001565000005", "zeta");

        List<DeviceFacts> november = registry.devicesExisting(null, NOV, DEC);
        assertEquals(List.of("acme", "zeta"),
                november.stream().map(DeviceFacts::providerName).toList());
    }

    private void add(String mac, String provider) {
        registry.addDevice(new NewDevice(Mac.parse(mac), provider, "main", "yealink", "T54W",
                null, null));
    }

    private static List<String> macs(List<DeviceFacts> facts) {
        return facts.stream().map(f -> f.mac().hex()).toList();
    }

    /** A clock the test moves by hand. */
    private static final class MovingClock extends java.time.Clock {

        private Instant now;

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public java.time.Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
