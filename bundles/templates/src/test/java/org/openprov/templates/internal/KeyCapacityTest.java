package org.openprov.templates.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.openprov.templates.internal.JdbcTemplateServiceTest.assertRefused;

import java.util.List;
import java.util.Set;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.openprov.api.registry.Device;
import org.openprov.api.settings.Level;
import org.openprov.api.settings.LineKey;
import org.openprov.api.settings.TemplateState;
import org.openprov.testing.DerbyDatabase;
import org.openprov.testing.MovableClock;

/** Keys refused at entry when they do not fit a phone or model the template reaches. */
public class KeyCapacityTest {

    @Rule
    public final DerbyDatabase db = new DerbyDatabase();

    private final FakeRegistry registry = new FakeRegistry().tenant("acme", "dental");
    private JdbcTemplateService service;
    private Device t31;

    @Before
    public void setUp() {
        service = Services.templates(db, registry, new MovableClock("2026-03-01T09:00:00Z"),
                new FakeEntitlements());
        registry.phone("00:15:65:00:00:01", "acme/dental", "yealink", "T54W");
        t31 = registry.phone("00:15:65:00:00:02", "acme/dental", "yealink", "T31G");
        service.create("acme", Level.PROVIDER, "acme", "", Set.of(), Set.of());
        service.setState("acme", TemplateState.AUTO_APPLY);
    }

    @Test
    public void aKeyBeyondAReachedPhonesKeysIsRefusedNamingTheKeyAndTheLimit() {
        service.set("acme", "key.2", "blf;target=201", false);

        assertRefused("Template acme cannot take this layout: key.3 does not fit the Yealink"
                + " SIP-T31G: it has 2 keys and takes no expansion module, 2 in all (it reaches"
                + " phone 00:15:65:00:00:02). Use a key that fits, or a template whose model"
                + " filter leaves that model out",
                () -> service.set("acme", "key.3", "speed-dial;target=100", false));
        assertEquals(Set.of("key.2"), service.template("acme").orElseThrow().values()
                .keySet());
    }

    @Test
    public void aKeyOfATypeTheVendorCannotDoIsRefused() {
        registry.phone("00:04:f2:00:00:03", "acme/dental", "polycom", "VVX450");
        FakeGenerator poly = FakeGenerator.polycom();
        // The words of the vendor's rule are the API's; this test checks what frames them.
        String rule = poly.keyRules().problems(List.of(LineKey.parse(1, "intercom;target=300")),
                "Poly", poly.models().find("VVX450").orElseThrow()).get(0);

        assertRefused("Template acme cannot take this layout: " + rule + " (it reaches phone"
                + " 00:04:f2:00:00:03). Use a key that fits, or a template whose model filter"
                + " leaves that model out",
                () -> service.set("acme", "key.1", "intercom;target=300", false));
        assertTrue(rule, rule.startsWith("key.1 ") && rule.contains("intercom"));
    }

    @Test
    public void theModelsAFilterNamesAreCheckedBeforeAnyPhoneIsReached() {
        service.create("small", Level.PROVIDER, "acme", "", Set.of("yealink"),
                Set.of("sip-t31g"));

        assertRefused("Template small cannot take this layout: key.2 is bound to line 3; the"
                + " Yealink SIP-T31G has 2 line(s) (its model filter names that model). Use a"
                + " key that fits, or a template whose model filter leaves that model out",
                () -> service.set("small", "key.2", "line;line=3", false));
        service.set("small", "key.2", "line;line=2", false);
    }

    @Test
    public void assigningATemplateWhoseKeysDoNotFitThePhoneIsRefused() {
        service.create("big", Level.CUSTOMER, "acme", "dental", Set.of(), Set.of());
        service.setState("big", TemplateState.ASSIGNABLE);
        service.set("big", "key.40", "blf;target=240", false);

        assertRefused("Template big cannot take this layout: key.40 does not fit the Yealink"
                + " SIP-T31G: it has 2 keys and takes no expansion module, 2 in all (it reaches"
                + " phone 00:15:65:00:00:02). Use a key that fits, or a template whose model"
                + " filter leaves that model out", () -> service.assign("big", t31.mac()));
        assertEquals(List.of(), service.assigned("big"));
    }

    @Test
    public void autoApplyingATemplateWhoseKeysDoNotFitIsRefused() {
        service.create("big", Level.CUSTOMER, "acme", "dental", Set.of(), Set.of());
        service.set("big", "key.40", "blf;target=240", false);

        assertRefused("Template big cannot take this layout: key.40 does not fit the Yealink"
                + " SIP-T31G: it has 2 keys and takes no expansion module, 2 in all (it reaches"
                + " phone 00:15:65:00:00:02). Use a key that fits, or a template whose model"
                + " filter leaves that model out",
                () -> service.setState("big", TemplateState.AUTO_APPLY));
        assertEquals(TemplateState.DISABLED, service.template("big").orElseThrow().state());
    }

    @Test
    public void phonesOfAVendorWhoseBundleIsAbsentAreSkipped() {
        service.generators = List.of(FakeGenerator.polycom());

        service.set("acme", "key.40", "blf;target=240", false);

        assertTrue(service.template("acme").orElseThrow().values().containsKey("key.40"));
    }

    @Test
    public void aKeyThatFitsEveryPhoneIsStoredInItsCanonicalForm() {
        service.set("acme", "key.1", "BLF;target=201;label=Reception", true);

        assertEquals("blf;line=1;target=201;label=Reception", service.template("acme")
                .orElseThrow().values().get("key.1").value());
    }
}
