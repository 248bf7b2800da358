package org.openprov.registry.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.openprov.api.registry.Delivery;
import org.openprov.api.registry.Device;
import org.openprov.api.registry.DeviceGuard;
import org.openprov.api.registry.DeviceRegistry;
import org.openprov.api.registry.Mac;
import org.openprov.api.registry.NewDevice;
import org.openprov.api.registry.PlanChoice;
import org.openprov.api.registry.RegistryException;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

/** The registry's side of Provisioning Plus: the plan column, the guard, the event. */
public class PlanAndGuardTest {

    private static final Instant NOW = Instant.parse("2026-03-10T10:00:00Z");
    private static final Mac MAC = Mac.parse("001565a1b2c3");

    @Rule
    public final RegistryDatabase db = new RegistryDatabase();

    private JdbcDeviceRegistry registry;
    private final List<String> checked = new ArrayList<>();
    private final List<Event> posted = new ArrayList<>();

    @Before
    public void setUp() {
        registry = (JdbcDeviceRegistry) db.registry(Clock.fixed(NOW, ZoneOffset.UTC));
        registry.addProvider("acme");
        registry.addCustomer("acme", "main");
    }

    @Test
    public void withoutTheGuardDevicesAreMonthlyAndPlusIsRefused() {
        assertFalse(registry.addDevice(device(PlanChoice.PROVIDER_DEFAULT)).provisioningPlus());
        RegistryException refused = assertThrows(RegistryException.class, () -> registry
                .addDevice(new NewDevice(Mac.parse("001565a1b2c4"), "acme", "main", "yealink",
                        "T54W", null, PlanChoice.PROVISIONING_PLUS)));
        assertTrue(refused.getMessage(), refused.getMessage().contains("openprov-entitlement"));
    }

    @Test
    public void theGuardDecidesThePlanAndSeesEveryChange() {
        registry.guard = new RecordingGuard(true);
        Device added = registry.addDevice(device(PlanChoice.PROVIDER_DEFAULT));
        assertTrue(added.provisioningPlus());

        registry.setSetting(MAC, "ntp.server", "ntp.example.com");
        assertEquals(List.of("plan acme PROVIDER_DEFAULT", "change set ntp.server of " + MAC),
                checked);
    }

    @Test
    public void aRefusingGuardStopsTheChange() {
        registry.guard = new RecordingGuard(true);
        registry.addDevice(device(PlanChoice.PROVISIONING_PLUS));
        registry.guard = new RecordingGuard(true) {
            @Override
            public void checkChange(Device device, String change) {
                throw new RegistryException("expired");
            }
        };
        assertThrows(RegistryException.class,
                () -> registry.setSetting(MAC, "ntp.server", "ntp.example.com"));
        assertTrue(registry.device(MAC).orElseThrow().settings().isEmpty());
    }

    @Test
    public void plusDevicesCannotChangeWhileTheGuardIsAbsent() {
        registry.guard = new RecordingGuard(true);
        registry.addDevice(device(PlanChoice.PROVISIONING_PLUS));
        registry.guard = null;
        RegistryException refused = assertThrows(RegistryException.class,
                () -> registry.setSetting(MAC, "ntp.server", "ntp.example.com"));
        assertTrue(refused.getMessage(), refused.getMessage().contains("not running"));
    }

    @Test
    public void thePlanSwitchesOnlyBeforeTheFirstDelivery() {
        registry.guard = new RecordingGuard(true);
        registry.addDevice(device(PlanChoice.PROVISIONING_PLUS));
        assertFalse(registry.setProvisioningPlus(MAC, false).provisioningPlus());
        assertTrue(registry.setProvisioningPlus(MAC, true).provisioningPlus());

        registry.recordDelivery(new Delivery(MAC, MAC + ".cfg", NOW, 10));
        RegistryException refused = assertThrows(RegistryException.class,
                () -> registry.setProvisioningPlus(MAC, false));
        assertTrue(refused.getMessage(), refused.getMessage().contains("first configuration"));
        assertTrue(registry.device(MAC).orElseThrow().provisioningPlus());
    }

    @Test
    public void theFirstDeliveryIsPostedOnce() {
        registry.events = new EventAdmin() {
            @Override
            public void postEvent(Event event) {
                posted.add(event);
            }

            @Override
            public void sendEvent(Event event) {
                posted.add(event);
            }
        };
        registry.addDevice(device(PlanChoice.MONTHLY));
        registry.recordDelivery(new Delivery(MAC, MAC + ".cfg", NOW, 10));
        registry.recordDelivery(new Delivery(MAC, MAC + ".cfg", NOW.plusSeconds(5), 10));

        assertEquals(1, posted.size());
        assertEquals(DeviceRegistry.TOPIC_FIRST_DELIVERY, posted.get(0).getTopic());
        assertEquals(MAC.hex(), posted.get(0).getProperty("mac"));
        assertEquals(NOW.toEpochMilli(), posted.get(0).getProperty("at"));
    }

    private static NewDevice device(PlanChoice plan) {
        return new NewDevice(MAC, "acme", "main", "yealink", "T54W", null, plan);
    }

    /** Allows everything and writes down what it was asked. */
    private class RecordingGuard implements DeviceGuard {

        private final boolean plus;

        RecordingGuard(boolean plus) {
            this.plus = plus;
        }

        @Override
        public boolean planForNewDevice(String providerName, PlanChoice choice) {
            checked.add("plan " + providerName + " " + choice);
            return plus;
        }

        @Override
        public void checkChange(Device device, String change) {
            checked.add("change " + change);
        }

        @Override
        public void checkPlanChange(Device device, boolean provisioningPlus) {
            checked.add("switch " + provisioningPlus);
        }
    }
}
