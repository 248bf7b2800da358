package org.openprov.templates.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.openprov.templates.internal.JdbcTemplateServiceTest.assertRefused;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.openprov.api.entitlement.EntitlementService;
import org.openprov.api.registry.Device;
import org.openprov.api.registry.DeviceRegistry;
import org.openprov.api.settings.DeviceConfig;
import org.openprov.api.settings.Level;
import org.openprov.api.settings.TemplateState;
import org.openprov.testing.DerbyDatabase;
import org.openprov.testing.MovableClock;
import org.osgi.service.event.Event;

/** EXPIRED phones keep the configuration they had at expiry; licensed again, they follow. */
public class FrozenConfigTest {

    @Rule
    public final DerbyDatabase db = new DerbyDatabase();

    private final FakeRegistry registry = new FakeRegistry().tenant("acme", "main");
    private final FakeEntitlements entitlements = new FakeEntitlements();
    private JdbcTemplateService service;
    private Device expiring;
    private Device active;

    @Before
    public void setUp() {
        service = Services.templates(db, registry, new MovableClock("2026-03-01T09:00:00Z"),
                entitlements);
        expiring = registry.plusPhone("00:15:65:00:00:01", "acme/main", "yealink", "T54W");
        active = registry.plusPhone("00:15:65:00:00:02", "acme/main", "yealink", "T54W");
        service.create("acme", Level.PROVIDER, "acme", "", Set.of(), Set.of());
        service.setState("acme", TemplateState.AUTO_APPLY);
        service.set("acme", "ntp.server", "ntp1.example.com", false);
    }

    @Test
    public void anExpiredPhoneIsNotReachedByALaterChange() {
        assertEquals("ntp1.example.com", ntp(service.resolve(expiring)));
        entitlements.expire(expiring);

        service.set("acme", "ntp.server", "ntp2.example.com", false);

        DeviceConfig kept = service.resolve(expiring);
        assertTrue(kept.frozen());
        assertEquals("ntp1.example.com", ntp(kept));
        assertEquals("ntp2.example.com", ntp(service.resolve(active)));
    }

    @Test
    public void theSnapshotIsTakenBeforeTheChangeEvenIfThePhoneWasNeverResolved()
            throws Exception {
        entitlements.expire(expiring);

        service.set("acme", "language", "de", false);

        assertEquals(1, db.number("SELECT COUNT(*) FROM frozen_device"));
        DeviceConfig kept = service.resolve(expiring);
        assertEquals(Set.of("ntp.server"), kept.values().keySet());
        assertEquals("template acme (provider)", kept.resolved("ntp.server").orElseThrow()
                .source());
    }

    @Test
    public void everyKindOfChangeLeavesTheExpiredPhoneAsItWas() {
        entitlements.expire(expiring);
        service.create("late", Level.PLATFORM, "", "", Set.of(), Set.of());
        service.set("late", "language", "fr", false);

        service.setState("late", TemplateState.AUTO_APPLY);
        service.unset("acme", "ntp.server");
        service.remove("acme");

        DeviceConfig kept = service.resolve(expiring);
        assertEquals(Map.of("ntp.server", "ntp1.example.com"), plain(kept));
        assertEquals(Map.of("language", "fr"), plain(service.resolve(active)));
    }

    @Test
    public void licensedAgainThePhoneFollowsItsTemplatesAndTheSnapshotIsDropped()
            throws Exception {
        entitlements.expire(expiring);
        service.set("acme", "ntp.server", "ntp2.example.com", false);

        entitlements.license(expiring);
        DeviceConfig live = service.resolve(expiring);

        assertFalse(live.frozen());
        assertEquals("ntp2.example.com", ntp(live));
        assertEquals(0, db.number("SELECT COUNT(*) FROM frozen_device"));
        assertEquals(0, db.number("SELECT COUNT(*) FROM frozen_setting"));
    }

    @Test
    public void theExpiryEventFreezesAtOnceAndTheLicenseEventReleases() throws Exception {
        entitlements.expire(expiring);
        service.handleEvent(event(EntitlementService.TOPIC_EXPIRED, expiring));
        assertEquals(1, db.number("SELECT COUNT(*) FROM frozen_setting"));
        service.handleEvent(event(EntitlementService.TOPIC_EXPIRED, expiring));
        assertEquals(1, db.number("SELECT COUNT(*) FROM frozen_device"));

        entitlements.license(expiring);
        service.handleEvent(event(EntitlementService.TOPIC_LICENSE_ADDED, expiring));

        assertEquals(0, db.number("SELECT COUNT(*) FROM frozen_device"));
    }

    @Test
    public void anExpiryEventForAPhoneThatIsNotExpiredFreezesNothing() throws Exception {
        service.handleEvent(event(EntitlementService.TOPIC_EXPIRED, active));
        service.handleEvent(new Event(EntitlementService.TOPIC_EXPIRED, Map.of("mac", "x")));

        assertEquals(0, db.number("SELECT COUNT(*) FROM frozen_device"));
    }

    @Test
    public void aPhoneExpiredWithNoValueAtAllStaysWithout() {
        service.remove("acme");
        entitlements.expire(expiring);
        assertTrue(service.resolve(expiring).values().isEmpty());

        service.create("late", Level.PLATFORM, "", "", Set.of(), Set.of());
        service.setState("late", TemplateState.AUTO_APPLY);
        service.set("late", "language", "fr", false);

        DeviceConfig kept = service.resolve(expiring);
        assertTrue(kept.frozen());
        assertTrue(kept.values().isEmpty());
    }

    @Test
    public void aPhoneAddedUnderTheMacOfARemovedFrozenOneStartsAfresh() throws Exception {
        entitlements.expire(expiring);
        service.handleEvent(event(EntitlementService.TOPIC_EXPIRED, expiring));
        service.set("acme", "ntp.server", "ntp2.example.com", false);
        registry.removeDevice(expiring.mac());
        entitlements.license(expiring);
        Device successor = registry.plusPhone(expiring.mac().hex(), "acme/main", "yealink",
                "T54W");

        DeviceConfig config = service.resolve(successor);

        assertFalse(config.frozen());
        assertEquals("ntp2.example.com", ntp(config));
        assertEquals(0, db.number("SELECT COUNT(*) FROM frozen_device"));
    }

    @Test
    public void aRemovedPhoneLeavesNeitherAssignmentsNorASnapshotForItsSuccessor()
            throws Exception {
        service.create("extra", Level.PROVIDER, "acme", "", Set.of(), Set.of());
        service.setState("extra", TemplateState.ASSIGNABLE);
        service.set("extra", "time.zone", "Europe/Paris", false);
        service.assign("extra", active.mac());
        entitlements.expire(active);
        service.handleEvent(event(EntitlementService.TOPIC_EXPIRED, active));
        registry.removeDevice(active.mac());

        service.handleEvent(event(DeviceRegistry.TOPIC_DEVICE_REMOVED, active));
        entitlements.license(active);
        Device successor = registry.plusPhone(active.mac().hex(), "acme/main", "yealink",
                "T54W");

        assertEquals(0, db.number("SELECT COUNT(*) FROM template_assignment"));
        assertEquals(0, db.number("SELECT COUNT(*) FROM frozen_device"));
        assertFalse(service.resolve(successor).values().containsKey("time.zone"));
    }

    @Test
    public void withoutTheEntitlementServiceNothingIsFrozen() throws Exception {
        service.entitlements = null;
        entitlements.expire(expiring);

        service.set("acme", "ntp.server", "ntp2.example.com", false);

        assertEquals(0, db.number("SELECT COUNT(*) FROM frozen_device"));
        assertEquals("ntp2.example.com", ntp(service.resolve(expiring)));
        assertFalse(service.resolve(expiring).frozen());
    }

    @Test
    public void anExpiredPhoneCannotBeAssignedOrUnassigned() {
        service.create("desk", Level.CUSTOMER, "acme", "main", Set.of(), Set.of());
        service.assign("desk", expiring.mac());
        entitlements.expire(expiring);

        String refusal = "Phone 00:15:65:00:00:01 is EXPIRED, so its templates cannot change:"
                + " it keeps the configuration it had when its Provisioning Plus window ended."
                + " License it with license:add 00:15:65:00:00:01 first";
        assertRefused(refusal, () -> service.unassign("desk", expiring.mac()));
        service.create("other", Level.CUSTOMER, "acme", "main", Set.of(), Set.of());
        assertRefused(refusal, () -> service.assign("other", expiring.mac()));
    }

    @Test
    public void phonesThatCannotExpireCostNoQuestionToTheEntitlementService() {
        Device monthly = registry.phone("00:15:65:00:00:09", "acme/main", "yealink", "T54W");
        int before = entitlements.questions();

        service.resolve(monthly);
        service.set("acme", "language", "de", false);

        assertEquals(Optional.of(2), Optional.of(entitlements.questions() - before));
    }

    private static Event event(String topic, Device device) {
        return new Event(topic, Map.of("mac", device.mac().hex(), "provider", "acme"));
    }

    private static String ntp(DeviceConfig config) {
        return config.resolved("ntp.server").orElseThrow().value();
    }

    private static Map<String, String> plain(DeviceConfig config) {
        Map<String, String> values = new java.util.TreeMap<>();
        config.values().forEach((name, v) -> values.put(name, v.value()));
        return values;
    }
}
