package org.openprov.templates.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.openprov.api.registry.Device;
import org.openprov.api.registry.Mac;
import org.openprov.api.registry.RegistryException;
import org.openprov.api.settings.DeviceConfig;
import org.openprov.api.settings.Level;
import org.openprov.api.settings.ResolvedValue;
import org.openprov.api.settings.Template;
import org.openprov.api.settings.TemplateState;
import org.openprov.api.settings.TemplateValue;
import org.openprov.testing.DerbyDatabase;
import org.openprov.testing.MovableClock;

/** The service on embedded Derby: templates, values, assignments, reach and resolution. */
public class JdbcTemplateServiceTest {

    @Rule
    public final DerbyDatabase db = new DerbyDatabase();

    private final FakeRegistry registry = new FakeRegistry().tenant("acme", "dental", "main")
            .tenant("zeta", "main");
    private final MovableClock clock = new MovableClock("2026-03-01T09:00:00Z");
    private JdbcTemplateService service;
    private Device t54w;
    private Device vvx;
    private Device other;

    @Before
    public void setUp() {
        service = Services.templates(db, registry, clock, new FakeEntitlements());
        t54w = registry.phone("00:15:65:00:00:01", "acme/dental", "yealink", "T54W");
        vvx = registry.phone("00:04:f2:00:00:02", "acme/main", "polycom", "VVX450");
        other = registry.phone("00:15:65:00:00:03", "zeta/main", "yealink", "T54W");
    }

    @Test
    public void aNewTemplateKeepsItsScopeAndFilterAndStartsDisabled() {
        Template created = service.create("front-desk", Level.CUSTOMER, "ACME", "Dental",
                Set.of("Yealink"), Set.of("sip-t54w", "T31G"));

        Template read = service.template("FRONT-DESK").orElseThrow();
        assertEquals(created, read);
        assertEquals("customer acme/dental", read.scope());
        assertEquals(TemplateState.DISABLED, read.state());
        assertEquals(Set.of("yealink"), read.vendors());
        assertEquals(Set.of("T54W", "T31G"), read.models());
    }

    @Test
    public void modelsAreStoredAsTheIdsPhonesHaveWhereTheirVendorIsInstalled() {
        Template poly = service.create("poly", Level.PROVIDER, "acme", "", Set.of("polycom"),
                Set.of("VVX 450"));
        Template any = service.create("any", Level.PLATFORM, "", "", Set.of(),
                Set.of("sip-t54w", "cp-920"));

        assertEquals(Set.of("VVX450"), poly.models());
        assertTrue(poly.covers(vvx));
        assertEquals(Set.of("T54W", "CP920"), any.models());
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> service.create("t", Level.PLATFORM, "", "", Set.of("yealink"),
                        Set.of("T99")));
        assertEquals("No model T99 among the models of yealink; vendor:list shows them",
                refused.getMessage());
        service.create("snom", Level.PLATFORM, "", "", Set.of("snom"), Set.of("D785"));
    }

    @Test
    public void namesAreUniqueIgnoringCase() {
        service.create("Base", Level.PLATFORM, "", "", Set.of(), Set.of());

        RegistryException refused = assertThrows(RegistryException.class,
                () -> service.create("base", Level.PROVIDER, "acme", "", Set.of(), Set.of()));

        assertEquals("There is already a template named Base; names are unique ignoring case,"
                + " so choose another", refused.getMessage());
        assertEquals(1, service.templates().size());
    }

    @Test
    public void aNameOutsideTheRuleIsRefusedWithTheRule() {
        for (String name : new String[] {"front desk", "", "a/b", "x".repeat(65)}) {
            IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                    () -> service.create(name, Level.PLATFORM, "", "", Set.of(), Set.of()));
            assertTrue(refused.getMessage(), refused.getMessage().endsWith("is not a valid"
                    + " template name; use 1 to 64 letters, digits, '.', '_' or '-'"));
        }
        service.create("a.b_c-D9", Level.PLATFORM, "", "", Set.of(), Set.of());
    }

    @Test
    public void theProviderAndCustomerMustExistAndSuitTheLevel() {
        assertRefused("There is no provider nobody; see provider:list",
                () -> service.create("t", Level.PROVIDER, "nobody", "", Set.of(), Set.of()));
        assertRefused("Provider acme has no customer nobody; see customer:list acme",
                () -> service.create("t", Level.CUSTOMER, "acme", "nobody", Set.of(),
                        Set.of()));
        assertRefused("A customer template needs its customer; give --customer",
                () -> service.create("t", Level.CUSTOMER, "acme", "", Set.of(), Set.of()));
        assertRefused("A platform template has no provider or customer; give a provider for"
                + " a provider template",
                () -> service.create("t", Level.PLATFORM, "acme", "", Set.of(), Set.of()));
        assertTrue(service.templates().isEmpty());
    }

    @Test
    public void aVendorIdThatCannotBeOneIsRefused() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> service.create("t", Level.PLATFORM, "", "", Set.of("yea link"),
                        Set.of()));

        assertTrue(refused.getMessage(), refused.getMessage().startsWith("'yea link' is not"
                + " a vendor id"));
    }

    @Test
    public void valuesAreValidatedAndStoredInCanonicalForm() {
        service.create("base", Level.PLATFORM, "", "", Set.of(), Set.of());

        service.set("base", "NTP.Server", " pool.ntp.org ", true);
        service.set("base", "lldp", "yes", false);
        Template base = service.set("base", "codecs", "g722, ulaw", false);

        assertEquals(new TemplateValue("pool.ntp.org", true), base.values().get("ntp.server"));
        assertEquals("on", base.values().get("lldp").value());
        assertEquals("G722,PCMU", base.values().get("codecs").value());
    }

    @Test
    public void anInvalidValueIsRefusedNamingTheSettingAndTheRule() {
        service.create("base", Level.PLATFORM, "", "", Set.of(), Set.of());

        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> service.set("base", "sip.port", "70000", false));

        assertEquals("Setting sip.port: '70000' is not valid (70000 is out of range); expected"
                + " a port from 1 to 65535", refused.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> service.set("base", "no.such.thing", "1", false));
        assertTrue(service.template("base").orElseThrow().values().isEmpty());
    }

    @Test
    public void aNumericPasswordStaysAStringWithItsLeadingZeros() {
        service.create("base", Level.PLATFORM, "", "", Set.of(), Set.of());

        Template base = service.set("base", "admin.password", "007123", false);
        service.setState("base", TemplateState.AUTO_APPLY);

        assertEquals("007123", base.values().get("admin.password").value());
        assertEquals("007123", service.resolve(t54w).resolved("admin.password").orElseThrow()
                .value());
    }

    @Test
    public void unsettingAValueThatIsNotThereSaysWhereToLook() {
        service.create("base", Level.PLATFORM, "", "", Set.of(), Set.of());
        service.set("base", "language", "de", false);

        assertRefused("Template base has no value for ntp.server; see template:show base",
                () -> service.unset("base", "ntp.server"));
        assertTrue(service.unset("base", "LANGUAGE").values().isEmpty());
    }

    @Test
    public void aRawSettingOfAVendorTheFilterLeavesOutIsRefused() {
        service.create("yl", Level.PLATFORM, "", "", Set.of("yealink"), Set.of());

        assertRefused("Setting raw.polycom.feature.x is for polycom phones, and template yl is"
                + " for vendor yealink only, so it would reach no phone; set it on a template"
                + " for polycom", () -> service.set("yl", "raw.polycom.feature.x", "1", false));
        service.set("yl", "raw.yealink.features.dnd", "1", false);
    }

    @Test
    public void templatesAreListedPlatformFirstThenByProviderCustomerAndName() {
        service.create("z-cust", Level.CUSTOMER, "acme", "dental", Set.of(), Set.of());
        service.create("zeta-prov", Level.PROVIDER, "zeta", "", Set.of(), Set.of());
        service.create("b-prov", Level.PROVIDER, "acme", "", Set.of(), Set.of());
        service.create("a-prov", Level.PROVIDER, "acme", "", Set.of(), Set.of());
        service.create("platform", Level.PLATFORM, "", "", Set.of(), Set.of());

        assertEquals(List.of("platform", "a-prov", "b-prov", "zeta-prov", "z-cust"),
                service.templates().stream().map(Template::name).toList());
    }

    @Test
    public void reachFollowsTheStateTheScopeAndTheFilter() {
        service.create("acme-yl", Level.PROVIDER, "acme", "", Set.of("yealink"), Set.of());
        assertEquals(List.of(), service.reach("acme-yl"));

        service.setState("acme-yl", TemplateState.AUTO_APPLY);
        assertEquals(List.of(t54w), service.reach("acme-yl"));

        service.setState("acme-yl", TemplateState.ASSIGNABLE);
        assertEquals(List.of(), service.reach("acme-yl"));
        assertTrue(service.assign("acme-yl", t54w.mac()));
        assertEquals(List.of(t54w), service.reach("acme-yl"));
    }

    @Test
    public void anAssignmentOutsideTheScopeIsRefusedNamingBoth() {
        service.create("acme", Level.PROVIDER, "acme", "", Set.of(), Set.of());

        assertRefused("Phone 00:15:65:00:00:03 belongs to zeta/main, outside template acme"
                + " (provider acme); assign it a template of the platform, of provider zeta or"
                + " of customer zeta/main", () -> service.assign("acme", other.mac()));
        assertEquals(List.of(), service.assigned("acme"));
    }

    @Test
    public void anAssignmentOutsideTheFilterIsRefusedNamingTheFilter() {
        service.create("t54", Level.PLATFORM, "", "", Set.of("yealink"), Set.of("T54W"));

        assertRefused("Phone 00:04:f2:00:00:02 is a polycom VVX450, and template t54 is for"
                + " vendor yealink; model T54W only; assign it a template whose filter"
                + " includes it", () -> service.assign("t54", vvx.mac()));
        assertRefused("MAC 00:15:65:99:99:99 is not registered; see device:list",
                () -> service.assign("t54", Mac.parse("001565999999")));
    }

    @Test
    public void assigningTwiceAndUnassigningSayWhetherAnythingChanged() {
        service.create("desk", Level.CUSTOMER, "acme", "dental", Set.of(), Set.of());

        assertTrue(service.assign("desk", t54w.mac()));
        assertFalse(service.assign("DESK", t54w.mac()));
        assertEquals(List.of(t54w.mac()), service.assigned("desk"));
        assertTrue(service.unassign("desk", t54w.mac()));
        assertFalse(service.unassign("desk", t54w.mac()));
        assertEquals(List.of(), service.assigned("desk"));
    }

    @Test
    public void aPhonesConfigurationWeighsItsTemplatesAndItsOwnValues() {
        service.create("base", Level.PLATFORM, "", "", Set.of(), Set.of());
        service.set("base", "ntp.server", "pool.ntp.org", true);
        service.set("base", "language", "en", false);
        service.setState("base", TemplateState.AUTO_APPLY);
        service.create("desk", Level.CUSTOMER, "acme", "dental", Set.of(), Set.of());
        service.set("desk", "language", "de", false);
        service.setState("desk", TemplateState.ASSIGNABLE);
        service.assign("desk", t54w.mac());
        Device phone = registry.own(t54w, "time.zone", "Europe/Berlin");

        DeviceConfig config = service.resolve(phone);

        assertFalse(config.frozen());
        assertEquals("template base (platform, locked)",
                config.resolved("ntp.server").orElseThrow().source());
        assertEquals(new ResolvedValue("language", "de", Level.CUSTOMER, "desk", false),
                config.resolved("language").orElseThrow());
        assertEquals(Level.DEVICE, config.resolved("time.zone").orElseThrow().level());
        assertEquals(2, service.resolve(vvx).values().size());
    }

    @Test
    public void removingATemplateTakesItsValuesAndAssignmentsAlong() throws Exception {
        service.create("desk", Level.CUSTOMER, "acme", "dental", Set.of(), Set.of());
        service.set("desk", "language", "de", false);
        service.setState("desk", TemplateState.ASSIGNABLE);
        service.assign("desk", t54w.mac());

        assertTrue(service.remove("Desk"));

        assertFalse(service.remove("desk"));
        assertTrue(service.template("desk").isEmpty());
        assertEquals(0, db.number("SELECT COUNT(*) FROM template_value"));
        assertEquals(0, db.number("SELECT COUNT(*) FROM template_assignment"));
        assertTrue(service.resolve(t54w).values().isEmpty());
    }

    @Test
    public void templatesSurviveARestartAndTheSchemaIsAppliedOnce() throws Exception {
        service.create("base", Level.PLATFORM, "", "", Set.of(), Set.of());
        service.set("base", "language", "de", true);

        JdbcTemplateService restarted = Services.templates(db, registry, clock, null);

        assertEquals(new TemplateValue("de", true), restarted.template("base").orElseThrow()
                .values().get("language"));
        assertEquals(TemplateSchema.steps().size(),
                db.number("SELECT COUNT(*) FROM template_schema_version"));
    }

    @Test
    public void aChangeOnAnotherNodeMovesTheVersionAndReachesTheNextResolve() throws Exception {
        service.create("base", Level.PLATFORM, "", "", Set.of(), Set.of());
        service.setState("base", TemplateState.AUTO_APPLY);
        service.set("base", "language", "de", false);
        JdbcTemplateService other = Services.templates(db, registry, clock,
                new FakeEntitlements());
        assertEquals("de", service.resolve(t54w).values().get("language").value());
        long before = service.version();

        other.set("base", "language", "fr", false);

        assertTrue(service.version() > before);
        assertEquals(other.version(), service.version());
        assertEquals("fr", service.resolve(t54w).values().get("language").value());
    }

    @Test
    public void theOnlyWriterKeepsTheVersionInMemoryAndMovesItWithEachOwnChange()
            throws Exception {
        JdbcTemplateService alone = new JdbcTemplateService(db.dataSource(), registry, true);
        alone.clock = clock;
        alone.entitlements = new FakeEntitlements();
        alone.generators = List.of(FakeGenerator.yealink(), FakeGenerator.polycom());
        long before = alone.version();
        // Not this process's change: with the database to itself, the version stays.
        db.execute("UPDATE template_change SET changes = changes + 100");
        assertEquals(before, alone.version());
        alone.create("base", Level.PLATFORM, "", "", Set.of(), Set.of());
        alone.setState("base", TemplateState.AUTO_APPLY);
        long after = alone.version();
        assertTrue(after > before + 100);
        // The same database read by a node that shares it sees every change at once.
        assertEquals(after, service.version());
    }

    @Test
    public void aTemplateDisabledOnAnotherNodeNoLongerResolves() throws Exception {
        service.create("base", Level.PLATFORM, "", "", Set.of(), Set.of());
        service.set("base", "language", "de", false);
        service.setState("base", TemplateState.AUTO_APPLY);
        JdbcTemplateService other = Services.templates(db, registry, clock,
                new FakeEntitlements());
        assertTrue(service.resolve(t54w).values().containsKey("language"));

        other.setState("base", TemplateState.DISABLED);

        assertFalse(service.resolve(t54w).values().containsKey("language"));
    }

    @Test
    public void anUnknownTemplateIsNamedInTheRefusal() {
        assertRefused("There is no template nope; see template:list",
                () -> service.set("nope", "language", "de", false));
        assertRefused("There is no template nope; see template:list",
                () -> service.reach("nope"));
    }

    static void assertRefused(String message, Runnable call) {
        RegistryException refused = assertThrows(RegistryException.class, call::run);
        assertEquals(message, refused.getMessage());
    }
}
