package org.openprov.templates.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.openprov.templates.internal.JdbcTemplateServiceTest.assertRefused;

import java.util.Optional;
import java.util.Set;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.openprov.api.registry.Device;
import org.openprov.api.settings.Level;
import org.openprov.api.settings.ResolvedValue;
import org.openprov.api.settings.TemplateState;
import org.openprov.testing.DerbyDatabase;
import org.openprov.testing.MovableClock;

/** Values refused at entry because a higher level locked the setting, and what lockOn says. */
public class LockEntryTest {

    @Rule
    public final DerbyDatabase db = new DerbyDatabase();

    private final FakeRegistry registry = new FakeRegistry().tenant("acme", "dental")
            .tenant("zeta", "main");
    private JdbcTemplateService service;
    private Device phone;

    @Before
    public void setUp() {
        service = Services.templates(db, registry, new MovableClock("2026-03-01T09:00:00Z"),
                new FakeEntitlements());
        phone = registry.phone("00:15:65:00:00:01", "acme/dental", "yealink", "T54W");
        service.create("base", Level.PLATFORM, "", "", Set.of(), Set.of());
        service.setState("base", TemplateState.AUTO_APPLY);
        service.create("acme", Level.PROVIDER, "acme", "", Set.of(), Set.of());
        service.create("dental", Level.CUSTOMER, "acme", "dental", Set.of(), Set.of());
        service.create("zeta", Level.PROVIDER, "zeta", "", Set.of(), Set.of());
    }

    @Test
    public void aPlatformLockRefusesProviderAndCustomerValuesNamingTheLock() {
        service.set("base", "ntp.server", "pool.ntp.org", true);

        String refusal = "Setting ntp.server is locked by template base (platform); ask its"
                + " owner to unlock it or remove the value there";
        assertRefused(refusal, () -> service.set("acme", "ntp.server", "ntp.acme.example",
                false));
        assertRefused(refusal, () -> service.set("dental", "NTP.SERVER", "ntp.dental.example",
                true));
        assertTrue(service.template("acme").orElseThrow().values().isEmpty());
    }

    @Test
    public void aProviderLockRefusesItsOwnCustomersOnly() {
        service.setState("acme", TemplateState.ASSIGNABLE);
        service.set("acme", "language", "de", true);

        assertRefused("Setting language is locked by template acme (provider acme); ask its"
                + " owner to unlock it or remove the value there",
                () -> service.set("dental", "language", "fr", false));
        service.create("zeta-main", Level.CUSTOMER, "zeta", "main", Set.of(), Set.of());
        service.set("zeta-main", "language", "fr", false);
        service.set("zeta", "language", "fr", false);
    }

    @Test
    public void aDisabledTemplatesLockRefusesNothing() {
        service.set("acme", "language", "de", true);

        service.set("dental", "language", "fr", false);

        assertEquals("fr", service.template("dental").orElseThrow().values().get("language")
                .value());
    }

    @Test
    public void aLockOnPhonesTheLowerTemplateCannotReachRefusesNothing() {
        service.create("yl-only", Level.PLATFORM, "", "", Set.of("yealink"), Set.of());
        service.setState("yl-only", TemplateState.AUTO_APPLY);
        service.set("yl-only", "vlan.id", "20", true);
        service.create("poly", Level.PROVIDER, "acme", "", Set.of("polycom"), Set.of());
        service.create("t54", Level.PROVIDER, "acme", "", Set.of(), Set.of("T54W"));

        service.set("poly", "vlan.id", "30", false);
        assertRefused("Setting vlan.id is locked by template yl-only (platform); ask its owner"
                + " to unlock it or remove the value there",
                () -> service.set("t54", "vlan.id", "30", false));
    }

    @Test
    public void theHighestLockIsNamedWhenSeveralLevelsLock() {
        service.setState("acme", TemplateState.AUTO_APPLY);
        service.set("acme", "language", "de", true);
        service.set("base", "language", "en", true);

        assertRefused("Setting language is locked by template base (platform); ask its owner"
                + " to unlock it or remove the value there",
                () -> service.set("dental", "language", "fr", false));
    }

    @Test
    public void lockingAboveValuesAlreadySetBelowIsAllowedAndTheLockWins() {
        service.setState("dental", TemplateState.AUTO_APPLY);
        service.set("dental", "time.zone", "Europe/Berlin", false);

        service.set("base", "time.zone", "UTC", true);

        assertEquals("UTC", service.resolve(phone).resolved("time.zone").orElseThrow()
                .value());
    }

    @Test
    public void lockOnNamesTheTemplateThatLockedASettingOfThePhone() {
        service.set("base", "ntp.server", "pool.ntp.org", true);
        service.set("base", "language", "en", false);

        Optional<ResolvedValue> lock = service.lockOn(phone, "NTP.Server");

        assertEquals("template base (platform, locked)", lock.orElseThrow().source());
        assertEquals(Optional.empty(), service.lockOn(phone, "language"));
        assertEquals(Optional.empty(), service.lockOn(phone, "time.zone"));
    }

    @Test
    public void aLockOnATemplateThatDoesNotReachThePhoneIsNoLockOnIt() {
        service.setState("zeta", TemplateState.AUTO_APPLY);
        service.set("zeta", "language", "de", true);
        service.set("acme", "language", "fr", true);

        assertEquals(Optional.empty(), service.lockOn(phone, "language"));
    }
}
