package org.openprov.templates.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.junit.Test;
import org.openprov.api.registry.Device;
import org.openprov.api.registry.Mac;
import org.openprov.api.settings.Level;
import org.openprov.api.settings.ResolvedValue;
import org.openprov.api.settings.Template;
import org.openprov.api.settings.TemplateState;
import org.openprov.api.settings.TemplateValue;

/** Which value wins, level by level and within a level; no storage involved. */
public class PrecedenceTest {

    private static final String NTP = "ntp.server";

    private final List<AppliedTemplate> applied = new ArrayList<>();
    private Device phone = device(Map.of());

    @Test
    public void withoutLocksTheNarrowestLevelWins() {
        auto(1, "base", Level.PLATFORM, "platform.example.com", false);
        auto(2, "acme", Level.PROVIDER, "provider.example.com", false);
        auto(3, "dental", Level.CUSTOMER, "customer.example.com", false);

        assertWinner("customer.example.com", Level.CUSTOMER, "dental", false);
    }

    @Test
    public void thePhonesOwnValueBeatsEveryUnlockedTemplate() {
        auto(1, "base", Level.PLATFORM, "platform.example.com", false);
        auto(3, "dental", Level.CUSTOMER, "customer.example.com", false);
        phone = device(Map.of(NTP, "own.example.com"));

        assertWinner("own.example.com", Level.DEVICE, "", false);
    }

    @Test
    public void aPlatformLockBeatsProviderCustomerAndPhone() {
        auto(1, "base", Level.PLATFORM, "platform.example.com", true);
        auto(2, "acme", Level.PROVIDER, "provider.example.com", false);
        auto(3, "dental", Level.CUSTOMER, "customer.example.com", false);
        phone = device(Map.of(NTP, "own.example.com"));

        assertWinner("platform.example.com", Level.PLATFORM, "base", true);
    }

    @Test
    public void aProviderLockBeatsCustomerAndPhoneButYieldsToAPlatformLock() {
        auto(2, "acme", Level.PROVIDER, "provider.example.com", true);
        auto(3, "dental", Level.CUSTOMER, "customer.example.com", false);
        phone = device(Map.of(NTP, "own.example.com"));
        assertWinner("provider.example.com", Level.PROVIDER, "acme", true);

        auto(1, "base", Level.PLATFORM, "platform.example.com", true);

        assertWinner("platform.example.com", Level.PLATFORM, "base", true);
    }

    @Test
    public void aCustomerLockBeatsThePhoneAndUnlockedHigherLevels() {
        auto(1, "base", Level.PLATFORM, "platform.example.com", false);
        auto(3, "dental", Level.CUSTOMER, "customer.example.com", true);
        phone = device(Map.of(NTP, "own.example.com"));

        assertWinner("customer.example.com", Level.CUSTOMER, "dental", true);
    }

    @Test
    public void ofTwoLocksTheHigherLevelWinsThoughTheOtherIsNarrower() {
        auto(2, "acme", Level.PROVIDER, "provider.example.com", true);
        auto(3, "dental", Level.CUSTOMER, "customer.example.com", true);

        assertWinner("provider.example.com", Level.PROVIDER, "acme", true);
    }

    @Test
    public void withinALevelAnAssignedTemplateBeatsALaterAutoApplyOne() {
        assigned(5, "front-desk", Level.CUSTOMER, "assigned.example.com", false);
        auto(9, "dental", Level.CUSTOMER, "auto.example.com", false);

        assertWinner("assigned.example.com", Level.CUSTOMER, "front-desk", false);
    }

    @Test
    public void withinALevelOfTwoAlikeTheLaterCreatedWins() {
        auto(7, "newer", Level.PROVIDER, "newer.example.com", false);
        auto(4, "older", Level.PROVIDER, "older.example.com", false);
        assertWinner("newer.example.com", Level.PROVIDER, "newer", false);

        assigned(2, "old-assigned", Level.PROVIDER, "a.example.com", false);
        assigned(3, "new-assigned", Level.PROVIDER, "b.example.com", false);
        assertWinner("b.example.com", Level.PROVIDER, "new-assigned", false);
    }

    @Test
    public void withinALevelALockedValueBeatsAnAssignedOrLaterUnlockedOne() {
        auto(1, "locked", Level.CUSTOMER, "locked.example.com", true);
        assigned(8, "assigned", Level.CUSTOMER, "assigned.example.com", false);
        auto(9, "latest", Level.CUSTOMER, "latest.example.com", false);

        assertWinner("locked.example.com", Level.CUSTOMER, "locked", true);
    }

    @Test
    public void ofTwoLocksInOneLevelTheAssignedThenTheLaterWins() {
        auto(6, "auto", Level.PROVIDER, "auto.example.com", true);
        assigned(2, "assigned", Level.PROVIDER, "assigned.example.com", true);
        assertWinner("assigned.example.com", Level.PROVIDER, "assigned", true);

        assigned(3, "assigned-later", Level.PROVIDER, "later.example.com", true);
        assertWinner("later.example.com", Level.PROVIDER, "assigned-later", true);
    }

    @Test
    public void eachSettingIsWeighedOnItsOwn() {
        applied.add(new AppliedTemplate(1, template("base", Level.PLATFORM, Map.of(
                NTP, new TemplateValue("platform.example.com", true),
                "language", new TemplateValue("en", false))), false));
        applied.add(new AppliedTemplate(2, template("acme", Level.PROVIDER, Map.of(
                "language", new TemplateValue("de", false))), false));
        phone = device(Map.of("time.zone", "Europe/Paris"));

        Map<String, ResolvedValue> resolved = Precedence.resolve(phone, applied);

        assertEquals(Set.of(NTP, "language", "time.zone"), resolved.keySet());
        assertEquals("de", resolved.get("language").value());
        assertEquals(Level.DEVICE, resolved.get("time.zone").level());
        assertEquals("template base (platform, locked)", resolved.get(NTP).source());
    }

    @Test
    public void onlyALockedWinnerIsALock() {
        auto(1, "base", Level.PLATFORM, "platform.example.com", false);
        Map<String, ResolvedValue> open = Precedence.resolve(phone, applied);
        assertEquals(Optional.empty(), Precedence.lock(open, NTP));

        auto(2, "acme", Level.PROVIDER, "provider.example.com", true);
        Map<String, ResolvedValue> locked = Precedence.resolve(phone, applied);
        assertEquals("acme", Precedence.lock(locked, NTP).orElseThrow().template());
        assertEquals(Optional.empty(), Precedence.lock(locked, "language"));
    }

    @Test
    public void aDisabledTemplateNeverAppliesEvenWhenAssigned() {
        Template disabled = scoped(TemplateState.DISABLED, Set.of(), Set.of());

        assertFalse(Precedence.applies(disabled, phone, true));
        assertFalse(Precedence.applies(disabled, phone, false));
    }

    @Test
    public void anAssignableTemplateAppliesOnlyWhereAssigned() {
        Template assignable = scoped(TemplateState.ASSIGNABLE, Set.of(), Set.of());

        assertTrue(Precedence.applies(assignable, phone, true));
        assertFalse(Precedence.applies(assignable, phone, false));
    }

    @Test
    public void anAutoApplyTemplateAppliesInItsScopeAndFilterOnly() {
        assertTrue(Precedence.applies(scoped(TemplateState.AUTO_APPLY, Set.of("yealink"),
                Set.of("T54W")), phone, false));
        assertFalse(Precedence.applies(scoped(TemplateState.AUTO_APPLY, Set.of("polycom"),
                Set.of()), phone, true));
        assertFalse(Precedence.applies(scoped(TemplateState.AUTO_APPLY, Set.of(),
                Set.of("T31G")), phone, true));
        Template otherProvider = new Template("zeta", Level.PROVIDER, "zeta", "",
                TemplateState.AUTO_APPLY, Set.of(), Set.of(), new TreeMap<>());
        assertFalse(Precedence.applies(otherProvider, phone, true));
    }

    @Test(expected = IllegalArgumentException.class)
    public void aDisabledTemplateCannotBeWeighed() {
        applied.add(new AppliedTemplate(1, scoped(TemplateState.DISABLED, Set.of(), Set.of()),
                true));

        Precedence.resolve(phone, applied);
    }

    private void assertWinner(String value, Level level, String template, boolean locked) {
        ResolvedValue winner = Precedence.resolve(phone, applied).get(NTP);
        assertEquals(new ResolvedValue(NTP, value, level, template, locked), winner);
    }

    private void auto(long id, String name, Level level, String value, boolean locked) {
        applied.add(new AppliedTemplate(id, template(name, level, Map.of(NTP,
                new TemplateValue(value, locked))), false));
    }

    private void assigned(long id, String name, Level level, String value, boolean locked) {
        applied.add(new AppliedTemplate(id, template(name, level, Map.of(NTP,
                new TemplateValue(value, locked))), true));
    }

    private static Template template(String name, Level level,
            Map<String, TemplateValue> values) {
        String provider = level == Level.PLATFORM ? "" : "acme";
        String customer = level == Level.CUSTOMER ? "dental" : "";
        return new Template(name, level, provider, customer, TemplateState.AUTO_APPLY,
                Set.of(), Set.of(), new TreeMap<>(values));
    }

    private static Template scoped(TemplateState state, Set<String> vendors,
            Set<String> models) {
        return new Template("t", Level.CUSTOMER, "acme", "dental", state, vendors, models,
                new TreeMap<>());
    }

    private static Device device(Map<String, String> settings) {
        return new Device(Mac.parse("00:15:65:a1:b2:c3"), "acme", "dental", "yealink", "T54W",
                "", Instant.EPOCH, false, Optional.empty(), List.of(), settings);
    }
}
