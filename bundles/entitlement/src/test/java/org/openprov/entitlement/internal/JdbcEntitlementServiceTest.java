package org.openprov.entitlement.internal;

import org.openprov.testing.MovableClock;
import org.openprov.testing.DerbyDatabase;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.openprov.entitlement.internal.PlanRulesTest.at;

import java.util.List;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.openprov.api.entitlement.EntitlementService;
import org.openprov.api.entitlement.License;
import org.openprov.api.entitlement.LicenseOutcome;
import org.openprov.api.entitlement.PlanState;
import org.openprov.api.entitlement.ProviderPlan;
import org.openprov.api.registry.Device;
import org.openprov.api.registry.Mac;
import org.openprov.api.registry.PlanChoice;
import org.openprov.api.registry.RegistryException;
import org.osgi.service.event.Event;

/** The service on embedded Derby, with the registry faked and a clock that stands still. */
public class JdbcEntitlementServiceTest {

    @Rule
    public final DerbyDatabase db = new DerbyDatabase();

    private final FakeRegistry registry = new FakeRegistry().tenant("acme").tenant("zeta");
    private final MovableClock clock = new MovableClock("2026-03-01T09:00:00Z");
    private final RecordingEventAdmin events = new RecordingEventAdmin();
    private JdbcEntitlementService service;
    private Device phone;

    @Before
    public void setUp() {
        service = Services.entitlements(db, registry, clock, events);
        phone = registry.deliver(registry.device("00:15:65:a1:b2:c3", "acme", true,
                at("2026-03-01T09:00:00Z")), at("2026-03-10T10:00:00Z"));
    }

    @Test
    public void aLicenseOnAnExpiredDeviceStartsWhenAddedAndIsAnnounced() {
        clock.set("2026-07-31T00:00:00Z");
        assertEquals(PlanState.EXPIRED, standing());

        License license = addOne(phone);

        assertEquals(at("2026-07-31T00:00:00Z"), license.start());
        assertEquals(at("2027-01-31T00:00:00Z"), license.end());
        assertEquals("acme", license.providerName());
        assertEquals("LICENSED (expires in 184 days)",
                service.entitlement(phone, clock.instant()).describe());
        Event added = events.on(EntitlementService.TOPIC_LICENSE_ADDED).get(0);
        assertEquals("001565a1b2c3", added.getProperty("mac"));
        assertEquals("main", added.getProperty("customer"));
        assertEquals(at("2027-01-31T00:00:00Z").toEpochMilli(), added.getProperty("end"));
    }

    @Test
    public void aLicenseAddedDuringTheWindowStartsAtItsEnd() {
        clock.set("2026-03-20T12:00:00Z");

        License license = addOne(phone);

        assertEquals(at("2026-04-09T10:00:00Z"), license.start());
        assertEquals(at("2026-10-09T10:00:00Z"), license.end());
        assertEquals(PlanState.ACTIVE, standing());
        clock.set("2026-04-09T10:00:00Z");
        assertEquals(PlanState.LICENSED, standing());
    }

    @Test
    public void aSecondLicenseExtendsTheTermAndTheLastOneEndingMakesItMonthly() {
        clock.set("2026-07-31T00:00:00Z");
        addOne(phone);
        clock.set("2026-12-01T00:00:00Z");

        License second = addOne(phone);

        assertEquals(at("2027-01-31T00:00:00Z"), second.start());
        assertEquals(at("2027-07-31T00:00:00Z"), second.end());
        assertEquals(List.of(at("2026-07-31T00:00:00Z"), at("2027-01-31T00:00:00Z")),
                service.licenses(phone.mac()).stream().map(License::start).toList());
        clock.set("2027-07-31T00:00:00Z");
        assertEquals(PlanState.MONTHLY, standing());
    }

    @Test
    public void aBatchRefusesMonthlyAndPendingDevicesAndLicensesTheRest() {
        Device monthly = registry.device("00:15:65:00:00:01", "acme", false,
                at("2026-03-01T09:00:00Z"));
        Device pending = registry.device("00:15:65:00:00:02", "acme", true,
                at("2026-03-01T09:00:00Z"));
        Mac unknown = Mac.parse("00:15:65:00:00:03");
        clock.set("2026-07-31T00:00:00Z");

        List<LicenseOutcome> outcomes = service.addLicenses(List.of(monthly.mac(), phone.mac(),
                pending.mac(), unknown), clock.instant());

        assertEquals(List.of(monthly.mac(), phone.mac(), pending.mac(), unknown),
                outcomes.stream().map(LicenseOutcome::mac).toList());
        assertEquals(List.of(false, true, false, false),
                outcomes.stream().map(LicenseOutcome::added).toList());
        assertEquals("Device 00:15:65:00:00:01 is on the monthly plan, which takes no license;"
                + " only Provisioning Plus devices can be licensed", outcomes.get(0).refusal());
        assertTrue(outcomes.get(2).refusal(),
                outcomes.get(2).refusal().contains("its window has not started"));
        assertTrue(outcomes.get(3).refusal().contains("is not registered"));
        assertEquals("", outcomes.get(1).refusal());
        assertEquals(1, service.licensesAdded(null, at("2026-01-01T00:00:00Z"),
                at("2027-01-01T00:00:00Z")).size());
        assertEquals(1, events.on(EntitlementService.TOPIC_LICENSE_ADDED).size());
    }

    @Test
    public void licensesAddedAreFoundByProviderAndHalfOpenRange() {
        Device other = registry.deliver(registry.device("00:15:65:00:00:09", "zeta", true,
                at("2026-03-01T09:00:00Z")), at("2026-03-02T00:00:00Z"));
        clock.set("2026-05-01T00:00:00Z");
        addOne(phone);
        addOne(other);
        clock.set("2026-06-01T00:00:00Z");
        addOne(phone);

        assertEquals(List.of(phone.mac()), service.licensesAdded("acme",
                at("2026-05-01T00:00:00Z"), at("2026-06-01T00:00:00Z")).stream()
                .map(License::mac).toList());
        assertEquals(3, service.licensesAdded(null, at("2026-05-01T00:00:00Z"),
                at("2026-06-01T00:00:00.001Z")).size());
        assertEquals(0, service.licensesAdded("zeta", at("2026-05-01T00:00:00.001Z"),
                at("2026-07-01T00:00:00Z")).size());
    }

    @Test
    public void aMacRegisteredAgainStartsWithoutTheFormerDevicesLicenses() {
        clock.set("2026-07-31T00:00:00Z");
        addOne(phone);
        registry.removeDevice(phone.mac());
        Device again = registry.deliver(registry.device("001565a1b2c3", "acme", true,
                at("2026-08-01T00:00:00Z")), at("2026-08-02T00:00:00Z"));
        clock.set("2026-09-15T00:00:00Z");

        assertEquals(PlanState.EXPIRED, service.entitlement(again, clock.instant()).state());
        License license = addOne(again);
        assertEquals(at("2026-09-15T00:00:00Z"), license.start());
        assertEquals(2, service.licenses(again.mac()).size());
    }

    @Test
    public void aProviderWithoutProvisioningPlusRefusesItNamingTheProvider() {
        RegistryException refused = assertThrows(RegistryException.class,
                () -> service.planForNewDevice("acme", PlanChoice.PROVISIONING_PLUS));

        assertEquals("Provisioning Plus is not enabled for provider acme; the platform"
                + " operator enables it with pplus:enable acme", refused.getMessage());
        assertFalse(service.planForNewDevice("acme", PlanChoice.PROVIDER_DEFAULT));
        assertFalse(service.planForNewDevice("acme", PlanChoice.MONTHLY));
    }

    @Test
    public void anEnabledProviderOffersProvisioningPlusWithoutForcingIt() {
        service.setEnabled("acme", true);

        assertTrue(service.planForNewDevice("acme", PlanChoice.PROVISIONING_PLUS));
        assertFalse(service.planForNewDevice("acme", PlanChoice.PROVIDER_DEFAULT));
        assertFalse(service.planForNewDevice("acme", PlanChoice.MONTHLY));
    }

    @Test
    public void aForcingProviderRefusesTheMonthlyPlanSayingItForces() {
        service.setEnabled("acme", true);
        service.setForced("acme", true);

        RegistryException refused = assertThrows(RegistryException.class,
                () -> service.planForNewDevice("acme", PlanChoice.MONTHLY));

        assertTrue(refused.getMessage(), refused.getMessage().startsWith("Provider acme forces"
                + " Provisioning Plus on every new device, so it cannot be added on the monthly"
                + " plan"));
        assertTrue(service.planForNewDevice("acme", PlanChoice.PROVIDER_DEFAULT));
        assertTrue(service.planForNewDevice("acme", PlanChoice.PROVISIONING_PLUS));
        assertFalse(service.planForNewDevice("zeta", PlanChoice.PROVIDER_DEFAULT));
    }

    @Test
    public void forcingNeedsProvisioningPlusEnabledAndDisablingUnforces() {
        assertThrows(RegistryException.class, () -> service.setForced("acme", true));
        service.setEnabled("acme", true);
        assertEquals(new ProviderPlan("acme", true, true), service.setForced("acme", true));

        ProviderPlan disabled = service.setEnabled("acme", false);

        assertEquals(new ProviderPlan("acme", false, false), disabled);
        assertEquals(disabled, service.providerPlan("acme"));
        assertEquals(new ProviderPlan("zeta", false, false), service.providerPlan("zeta"));
        assertEquals(List.of(disabled), service.providerPlans());
        assertEquals(new ProviderPlan("acme", true, false), service.setEnabled("acme", true));
        assertEquals(new ProviderPlan("acme", true, false), service.setForced("acme", false));
    }

    @Test
    public void settingsNeedAnExistingProvider() {
        RegistryException refused = assertThrows(RegistryException.class,
                () -> service.setEnabled("nobody", true));

        assertEquals("There is no provider nobody; see provider:list", refused.getMessage());
        assertEquals(List.of(), service.providerPlans());
    }

    @Test
    public void anExpiredDeviceRefusesEveryChangeSayingHowToLicenseIt() {
        clock.set("2026-04-09T10:00:00Z");

        RegistryException refused = assertThrows(RegistryException.class,
                () -> service.checkChange(phone, "line 1"));

        assertEquals("Device 00:15:65:a1:b2:c3 is EXPIRED: its Provisioning Plus window ended"
                + " on 2026-04-09 10:00 UTC without a license, so it cannot be changed (line 1)."
                + " License it with license:add 00:15:65:a1:b2:c3, or remove it.",
                refused.getMessage());
        addOne(phone);
        service.checkChange(phone, "line 1");
    }

    @Test
    public void devicesThatAreNotExpiredMayChange() {
        service.checkChange(phone, "line 1");
        Device monthly = registry.device("00:15:65:00:00:01", "acme", false,
                at("2026-03-01T09:00:00Z"));
        Device pending = registry.device("00:15:65:00:00:02", "acme", true,
                at("2026-03-01T09:00:00Z"));
        clock.set("2030-01-01T00:00:00Z");

        service.checkChange(monthly, "setting ntp.server");
        service.checkChange(pending, "customer");
    }

    @Test
    public void thePlanCanChangeOnlyBeforeTheFirstConfiguration() {
        service.setEnabled("acme", true);

        RegistryException refused = assertThrows(RegistryException.class,
                () -> service.checkPlanChange(phone, false));

        assertEquals("The plan of device 00:15:65:a1:b2:c3 can only change before the phone's"
                + " first configuration; it received it on 2026-03-10 10:00 UTC, so it stays on"
                + " Provisioning Plus", refused.getMessage());
        service.checkPlanChange(phone, true);
    }

    @Test
    public void switchingPlanFollowsTheProvidersSettings() {
        Device monthly = registry.device("00:15:65:00:00:01", "acme", false,
                at("2026-03-01T09:00:00Z"));
        Device plus = registry.device("00:15:65:00:00:02", "acme", true,
                at("2026-03-01T09:00:00Z"));

        assertThrows(RegistryException.class, () -> service.checkPlanChange(monthly, true));
        service.checkPlanChange(plus, false);
        service.setEnabled("acme", true);
        service.checkPlanChange(monthly, true);
        service.setForced("acme", true);
        RegistryException forced = assertThrows(RegistryException.class,
                () -> service.checkPlanChange(plus, false));
        assertTrue(forced.getMessage(), forced.getMessage().contains("forces Provisioning"
                + " Plus on every new device, so device 00:15:65:00:00:02 cannot move to the"
                + " monthly plan"));
    }

    private License addOne(Device device) {
        LicenseOutcome outcome = service.addLicenses(List.of(device.mac()), clock.instant())
                .get(0);
        return outcome.license().orElseThrow(() -> new AssertionError(outcome.refusal()));
    }

    private PlanState standing() {
        return service.entitlement(phone, clock.instant()).state();
    }
}
