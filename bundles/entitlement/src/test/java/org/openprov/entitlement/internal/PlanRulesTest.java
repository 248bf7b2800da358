package org.openprov.entitlement.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.Test;
import org.openprov.api.entitlement.Entitlement;
import org.openprov.api.entitlement.License;
import org.openprov.api.entitlement.PlanState;
import org.openprov.api.registry.Mac;

/** The rows of issue 3's "Right values" that are rules, with a 30-day window, in UTC. */
public class PlanRulesTest {

    private static final Duration WINDOW = Duration.ofDays(30);
    private static final Mac MAC = Mac.parse("001565a1b2c3");
    /** Added 2026-03-01 with Provisioning Plus, first configuration 2026-03-10 10:00. */
    private static final Optional<Instant> FIRST = Optional.of(at("2026-03-10T10:00:00Z"));

    private final List<License> licenses = new ArrayList<>();

    @Test
    public void theWindowRunsThirtyDaysFromTheFirstConfiguration() {
        Entitlement midway = plus("2026-03-25T08:00:00Z");

        assertEquals(PlanState.ACTIVE, midway.state());
        assertEquals(Optional.of(at("2026-03-10T10:00:00Z")), midway.windowStart());
        assertEquals(Optional.of(at("2026-04-09T10:00:00Z")), midway.windowEnd());
        assertEquals(15, midway.daysLeft());
        assertEquals("ACTIVE (15 days left)", midway.describe());
        assertEquals(PlanState.ACTIVE, plus("2026-03-10T10:00:00Z").state());
        assertEquals(PlanState.ACTIVE, plus("2026-04-09T09:59:59.999Z").state());
    }

    @Test
    public void withoutALicenseTheDeviceIsExpiredFromTheWindowsEnd() {
        Entitlement expired = plus("2026-04-09T10:00:00Z");

        assertEquals(PlanState.EXPIRED, expired.state());
        assertEquals("EXPIRED", expired.describe());
        assertEquals(Optional.of(at("2026-04-09T10:00:00Z")), expired.frozenAt());
        assertEquals(PlanState.EXPIRED, plus("2027-04-09T10:00:00Z").state());
    }

    @Test
    public void aLicenseAddedToAnExpiredDeviceStartsWhenAddedAndRunsSixCalendarMonths() {
        PlanRules.Term term = add("2026-07-31T00:00:00Z");

        assertEquals(at("2026-07-31T00:00:00Z"), term.start());
        assertEquals(at("2027-01-31T00:00:00Z"), term.end());
        Entitlement licensed = plus("2026-07-31T00:00:00Z");
        assertEquals(PlanState.LICENSED, licensed.state());
        assertEquals(Optional.of(at("2027-01-31T00:00:00Z")), licensed.licensedUntil());
        assertEquals("LICENSED (expires in 184 days)", licensed.describe());
    }

    @Test
    public void aLicenseAddedDuringTheWindowStartsAtItsEnd() {
        PlanRules.Term term = add("2026-03-20T09:00:00Z");

        assertEquals(at("2026-04-09T10:00:00Z"), term.start());
        assertEquals(at("2026-10-09T10:00:00Z"), term.end());
        assertEquals(PlanState.ACTIVE, plus("2026-04-09T09:59:59Z").state());
        assertEquals(PlanState.LICENSED, plus("2026-04-09T10:00:00Z").state());
        assertEquals(PlanState.LICENSED, plus("2026-10-09T09:59:59Z").state());
        assertEquals(PlanState.MONTHLY, plus("2026-10-09T10:00:00Z").state());
    }

    @Test
    public void aSecondLicenseExtendsTheTermBySixMonths() {
        add("2026-07-31T00:00:00Z");

        PlanRules.Term second = add("2026-09-15T12:00:00Z");

        assertEquals(at("2027-01-31T00:00:00Z"), second.start());
        assertEquals(at("2027-07-31T00:00:00Z"), second.end());
        assertEquals(Optional.of(at("2027-07-31T00:00:00Z")),
                plus("2026-09-15T12:00:00Z").licensedUntil());
    }

    @Test
    public void whenTheLastLicenseEndsTheDeviceIsMonthly() {
        add("2026-07-31T00:00:00Z");

        assertEquals(PlanState.LICENSED, plus("2027-01-30T23:59:59.999Z").state());
        Entitlement after = plus("2027-01-31T00:00:00Z");
        assertEquals(PlanState.MONTHLY, after.state());
        assertEquals("MONTHLY", after.describe());
        assertTrue(PlanRules.refusal(after).orElseThrow().contains("last license ended"));
    }

    @Test
    public void aProvisioningPlusDeviceThatNeverFetchedStaysPending() {
        Entitlement later = PlanRules.entitlement(true, Optional.empty(), List.of(), WINDOW,
                at("2026-05-30T00:00:00Z"));

        assertEquals(PlanState.PENDING, later.state());
        assertEquals(Optional.empty(), later.windowEnd());
        assertEquals(PlanState.PENDING, PlanRules.entitlement(true, Optional.empty(),
                List.of(), WINDOW, at("2099-01-01T00:00:00Z")).state());
        assertTrue(PlanRules.refusal(later).orElseThrow().contains("window has not started"));
    }

    @Test
    public void aMonthlyPlanDeviceIsMonthlyAndTakesNoLicense() {
        Entitlement monthly = PlanRules.entitlement(false, FIRST, List.of(), WINDOW,
                at("2026-03-11T00:00:00Z"));

        assertEquals(PlanState.MONTHLY, monthly.state());
        assertEquals("is on the monthly plan, which takes no license; only Provisioning Plus"
                + " devices can be licensed", PlanRules.refusal(monthly).orElseThrow());
        assertThrows(IllegalArgumentException.class,
                () -> PlanRules.nextTerm(monthly, List.of()));
    }

    @Test
    public void anActiveExpiredOrLicensedDeviceCanTakeALicense() {
        assertFalse(PlanRules.refusal(plus("2026-03-11T00:00:00Z")).isPresent());
        assertFalse(PlanRules.refusal(plus("2026-05-11T00:00:00Z")).isPresent());
        add("2026-05-11T00:00:00Z");
        assertFalse(PlanRules.refusal(plus("2026-05-12T00:00:00Z")).isPresent());
    }

    @Test
    public void theStandingAtAPastInstantIgnoresLicensesAddedSince() {
        add("2026-07-31T00:00:00Z");

        assertEquals(PlanState.EXPIRED, plus("2026-05-01T00:00:00Z").state());
        assertEquals(PlanState.PENDING, plus("2026-03-01T00:00:00Z").state());
    }

    @Test
    public void termsEndOnTheSameDayOfTheMonthOrTheMonthsLastDay() {
        assertEquals(at("2027-01-31T00:00:00Z"), PlanRules.termEnd(at("2026-07-31T00:00:00Z")));
        assertEquals(at("2026-10-09T10:00:00Z"), PlanRules.termEnd(at("2026-04-09T10:00:00Z")));
        assertEquals(at("2027-02-28T08:30:00Z"), PlanRules.termEnd(at("2026-08-31T08:30:00Z")));
    }

    @Test
    public void aNewTermNeverStartsBeforeAHeldTermEnds() {
        // A license added "later" than now, as after a clock moved backwards.
        licenses.add(license(at("2026-08-01T00:00:00Z"), at("2026-08-01T00:00:00Z")));

        PlanRules.Term term = PlanRules.nextTerm(plus("2026-07-31T00:00:00Z"), licenses);

        assertEquals(at("2027-02-01T00:00:00Z"), term.start());
    }

    private PlanRules.Term add(String when) {
        Entitlement now = plus(when);
        assertEquals(Optional.empty(), PlanRules.refusal(now));
        PlanRules.Term term = PlanRules.nextTerm(now, licenses);
        licenses.add(new License(licenses.size() + 1, MAC, "acme", at(when), term.start(),
                term.end()));
        return term;
    }

    private Entitlement plus(String when) {
        return PlanRules.entitlement(true, FIRST, licenses, WINDOW, at(when));
    }

    private static License license(Instant added, Instant start) {
        return new License(99, MAC, "acme", added, start, PlanRules.termEnd(start));
    }

    static Instant at(String instant) {
        return Instant.parse(instant);
    }
}
