package org.openprov.entitlement.internal;

import org.openprov.jdbc.SchemaMigrator;
import org.openprov.jdbc.Transactions;
import org.openprov.testing.DerbyDatabase;
import org.openprov.testing.MovableClock;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.openprov.entitlement.internal.PlanRulesTest.at;
import static org.openprov.entitlement.internal.WindowStartAnnouncerTest.firstDelivery;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.Rule;
import org.junit.Test;
import org.openprov.api.entitlement.Entitlement;
import org.openprov.api.entitlement.EntitlementService;
import org.openprov.api.entitlement.License;
import org.openprov.api.entitlement.LicenseOutcome;
import org.openprov.api.entitlement.PlanState;
import org.openprov.api.registry.Device;
import org.openprov.api.registry.RegistryException;

/**
 * Changing {@code windowDays} applies to windows that start afterwards: each service here is a
 * new activation, as DS makes one on every configuration change. The phone's window starts on
 * 10 March at 10:00 under 30 days, so it ends on 9 April at 10:00.
 */
public class WindowLengthHistoryTest {

    @Rule
    public final DerbyDatabase db = new DerbyDatabase();

    private final FakeRegistry registry = new FakeRegistry().tenant("acme");
    private final MovableClock clock = new MovableClock("2026-03-01T09:00:00Z");
    private final RecordingEventAdmin events = new RecordingEventAdmin();
    private final Device phone = delivered("00:15:65:a1:b2:c3", "2026-03-10T10:00:00Z");

    @Test
    public void anExpiredWindowStaysExpiredAndLockedWhenTheLengthBecomes400Days()
            throws Exception {
        configure(30);
        clock.set("2026-05-01T00:00:00Z");

        JdbcEntitlementService changed = configure(400);

        assertEquals(Duration.ofDays(400), changed.window());
        Entitlement now = changed.entitlement(phone, clock.instant());
        assertEquals(PlanState.EXPIRED, now.state());
        assertEquals(Optional.of(at("2026-04-09T10:00:00Z")), now.windowEnd());
        RegistryException refused = assertThrows(RegistryException.class,
                () -> changed.checkChange(phone, "line 1"));
        assertTrue(refused.getMessage(), refused.getMessage().contains("window ended on"
                + " 2026-04-09 10:00 UTC"));
        assertEquals(1, changed.watch().scan());
        assertEquals(at("2026-04-09T10:00:00Z").toEpochMilli(),
                events.on(EntitlementService.TOPIC_EXPIRED).get(0).getProperty("at"));
        assertEquals(at("2026-05-01T00:00:00Z"), addOne(changed, phone).start());
    }

    @Test
    public void aRunningWindowKeepsItsThirtyDaysWhenTheLengthBecomesTen() throws Exception {
        configure(30);
        clock.set("2026-03-15T00:00:00Z");
        JdbcEntitlementService changed = configure(10);

        clock.set("2026-03-25T00:00:00Z");

        assertEquals(Duration.ofDays(10), changed.window());
        assertEquals(PlanState.ACTIVE, changed.entitlement(phone, clock.instant()).state());
        changed.checkChange(phone, "line 1");
        assertEquals(0, changed.watch().scan());
        assertEquals(at("2026-04-09T10:00:00Z"), addOne(changed, phone).start());
    }

    @Test
    public void aWindowStartingAfterTheChangeTakesTheNewLength() throws Exception {
        JdbcEntitlementService before = configure(30);
        clock.set("2026-03-15T00:00:00Z");
        JdbcEntitlementService changed = configure(10);
        Device later = delivered("00:15:65:00:00:02", "2026-03-16T00:00:00Z");

        clock.set("2026-03-26T00:00:00Z");

        assertEquals(Optional.of(at("2026-03-26T00:00:00Z")),
                changed.entitlement(later, clock.instant()).windowEnd());
        assertEquals("an instance configured before reads the same history",
                PlanState.EXPIRED, before.entitlement(later, clock.instant()).state());
        assertEquals(PlanState.ACTIVE, changed.entitlement(phone, clock.instant()).state());
        assertEquals(1, changed.watch().scan());
        assertEquals("001565000002",
                events.on(EntitlementService.TOPIC_EXPIRED).get(0).getProperty("mac"));
    }

    @Test
    public void aWindowStartAnnouncedLateHasTheLengthInForceAtTheStart() {
        configure(30);
        clock.set("2026-03-15T00:00:00Z");
        WindowStartAnnouncer announcer = new WindowStartAnnouncer(registry, configure(10));
        announcer.eventAdmin = events;
        Device later = delivered("00:15:65:00:00:02", "2026-03-16T00:00:00Z");

        announcer.handleEvent(firstDelivery(phone));
        announcer.handleEvent(firstDelivery(later));

        assertEquals(List.of(at("2026-04-09T10:00:00Z").toEpochMilli(),
                at("2026-03-26T00:00:00Z").toEpochMilli()),
                events.on(EntitlementService.TOPIC_WINDOW_STARTED).stream()
                        .map(e -> e.getProperty("end")).toList());
    }

    @Test
    public void anInvalidLengthKeepsTheLengthInForce() throws Exception {
        configure(30);
        clock.set("2026-03-15T00:00:00Z");
        configure(10);
        clock.set("2026-03-20T00:00:00Z");

        JdbcEntitlementService invalid = configure(-5);

        assertEquals(Duration.ofDays(10), invalid.window());
        assertEquals(2, rows());
        Device later = delivered("00:15:65:00:00:02", "2026-03-21T00:00:00Z");
        assertEquals(Optional.of(at("2026-03-31T00:00:00Z")),
                invalid.entitlement(later, at("2026-03-21T00:00:00Z")).windowEnd());
        assertEquals(Optional.of(at("2026-04-09T10:00:00Z")),
                invalid.entitlement(phone, clock.instant()).windowEnd());
    }

    @Test
    public void anInvalidLengthOnADatabaseWithoutHistoryTakesTheDefault() throws Exception {
        JdbcEntitlementService invalid = configure(0);

        assertEquals(Duration.ofDays(30), invalid.window());
        assertEquals(1, rows());
    }

    @Test
    public void activatingAgainWithTheSameLengthRecordsNothing() throws Exception {
        configure(30);
        clock.set("2026-03-15T00:00:00Z");
        configure(30);

        assertEquals(1, rows());
        assertEquals(at("2026-03-01T09:00:00Z").toEpochMilli(),
                db.number("SELECT since FROM window_length"));
    }

    @Test
    public void nodesActivatingTogetherRecordEachChangeOnce() throws Exception {
        for (int days = 30; days < 35; days++) {
            Instant at = at("2026-03-01T09:00:00Z").plus(Duration.ofDays(days));
            activateTogether(days, at);
        }

        assertEquals(5, rows());
        assertEquals(34, db.number("SELECT days FROM window_length"
                + " WHERE since = (SELECT MAX(since) FROM window_length)"));
    }

    @Test
    public void aClockBehindTheLatestChangeRecordsJustAfterIt() throws Exception {
        configure(30);
        clock.set("2026-02-01T00:00:00Z");

        configure(10);

        assertEquals(at("2026-03-01T09:00:00.001Z").toEpochMilli(), db.number("SELECT since"
                + " FROM window_length WHERE days = 10"));
        clock.set("2026-03-20T00:00:00Z");
        configure(10);
        assertEquals(2, rows());
    }

    @Test
    public void aDatabaseFromBeforeTheHistoryKeepsTheLengthItsWindowsHadUntilNow()
            throws Exception {
        new SchemaMigrator(new Transactions(db.dataSource()), EntitlementSchema.VERSION_TABLE,
                EntitlementSchema.steps().subList(0, 1), Clock.systemUTC()).migrate();
        clock.set("2026-05-01T00:00:00Z");

        JdbcEntitlementService upgraded = configure(45);

        assertEquals(2, db.number("SELECT MAX(version) FROM entitlement_schema"));
        assertEquals(1, rows());
        assertEquals(Optional.of(at("2026-04-24T10:00:00Z")),
                upgraded.entitlement(phone, clock.instant()).windowEnd());
        clock.set("2026-05-02T00:00:00Z");
        JdbcEntitlementService changed = configure(400);
        assertEquals(PlanState.EXPIRED, changed.entitlement(phone, clock.instant()).state());
    }

    /** Two nodes, their clocks a millisecond apart, activate on one database at once. */
    private void activateTogether(int days, Instant at) throws Exception {
        List<JdbcEntitlementService> nodes = List.of(
                Services.unactivated(db, registry, new MovableClock(at.toString()), days),
                Services.unactivated(db, registry, new MovableClock(at.plusMillis(1).toString()),
                        days));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CyclicBarrier start = new CyclicBarrier(2);
            List<Future<?>> runs = new ArrayList<>();
            for (JdbcEntitlementService node : nodes) {
                runs.add(pool.submit(() -> {
                    start.await(10, TimeUnit.SECONDS);
                    node.recordWindowLength();
                    return null;
                }));
            }
            for (Future<?> run : runs) {
                run.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private JdbcEntitlementService configure(int windowDays) {
        return Services.entitlements(db, registry, clock, events, windowDays);
    }

    private Device delivered(String mac, String firstDelivery) {
        return registry.deliver(registry.device(mac, "acme", true, at("2026-03-01T00:00:00Z")),
                at(firstDelivery));
    }

    private License addOne(JdbcEntitlementService service, Device device) {
        LicenseOutcome outcome = service.addLicenses(List.of(device.mac()), clock.instant())
                .get(0);
        return outcome.license().orElseThrow(() -> new AssertionError(outcome.refusal()));
    }

    private long rows() throws SQLException {
        return db.number("SELECT COUNT(*) FROM window_length");
    }
}
