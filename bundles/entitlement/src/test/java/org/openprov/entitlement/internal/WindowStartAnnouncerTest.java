package org.openprov.entitlement.internal;

import org.openprov.testing.MovableClock;
import org.openprov.testing.DerbyDatabase;
import static org.junit.Assert.assertEquals;
import static org.openprov.entitlement.internal.PlanRulesTest.at;

import java.util.List;
import java.util.Map;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.openprov.api.entitlement.EntitlementService;
import org.openprov.api.registry.Device;
import org.openprov.api.registry.DeviceRegistry;
import org.osgi.service.event.Event;

public class WindowStartAnnouncerTest {

    @Rule
    public final DerbyDatabase db = new DerbyDatabase();

    private final FakeRegistry registry = new FakeRegistry().tenant("acme");
    private final RecordingEventAdmin events = new RecordingEventAdmin();
    private WindowStartAnnouncer announcer;

    @Before
    public void setUp() {
        MovableClock clock = new MovableClock("2026-03-10T10:00:00Z");
        announcer = new WindowStartAnnouncer(registry,
                Services.entitlements(db, registry, clock, events));
        announcer.eventAdmin = events;
    }

    @Test
    public void theFirstDeliveryOfAProvisioningPlusDeviceStartsItsWindow() {
        Device phone = registry.deliver(registry.device("00:15:65:a1:b2:c3", "acme", true,
                at("2026-03-01T00:00:00Z")), at("2026-03-10T10:00:00Z"));

        announcer.handleEvent(firstDelivery(phone));

        List<Event> started = events.on(EntitlementService.TOPIC_WINDOW_STARTED);
        assertEquals(1, started.size());
        assertEquals("001565a1b2c3", started.get(0).getProperty("mac"));
        assertEquals("main", started.get(0).getProperty("customer"));
        assertEquals(at("2026-03-10T10:00:00Z").toEpochMilli(),
                started.get(0).getProperty("start"));
        assertEquals(at("2026-04-09T10:00:00Z").toEpochMilli(),
                started.get(0).getProperty("end"));
    }

    @Test
    public void monthlyAndUnknownDevicesStartNoWindow() {
        Device monthly = registry.deliver(registry.device("00:15:65:a1:b2:c4", "acme", false,
                at("2026-03-01T00:00:00Z")), at("2026-03-10T10:00:00Z"));

        announcer.handleEvent(firstDelivery(monthly));
        announcer.handleEvent(new Event(DeviceRegistry.TOPIC_FIRST_DELIVERY,
                Map.of("mac", "001565ffffff", "at", 0L)));
        announcer.handleEvent(new Event(DeviceRegistry.TOPIC_FIRST_DELIVERY, Map.of()));

        assertEquals(List.of(), events.on(EntitlementService.TOPIC_WINDOW_STARTED));
    }

    @Test
    public void withoutEventAdminTheWindowStillStartsQuietly() {
        announcer.eventAdmin = null;
        Device phone = registry.deliver(registry.device("00:15:65:a1:b2:c3", "acme", true,
                at("2026-03-01T00:00:00Z")), at("2026-03-10T10:00:00Z"));

        announcer.handleEvent(firstDelivery(phone));

        assertEquals(List.of(), events.on(EntitlementService.TOPIC_WINDOW_STARTED));
    }

    /** @return the registry's event for the device's first delivery */
    static Event firstDelivery(Device device) {
        return new Event(DeviceRegistry.TOPIC_FIRST_DELIVERY, Map.of("mac", device.mac().hex(),
                "provider", device.providerName(), "customer", device.customerName(),
                "file", device.mac().hex() + ".cfg",
                "at", device.firstDeliveredAt().orElseThrow().toEpochMilli()));
    }
}
