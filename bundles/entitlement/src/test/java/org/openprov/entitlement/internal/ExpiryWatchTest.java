package org.openprov.entitlement.internal;

import org.openprov.testing.MovableClock;
import org.openprov.testing.DerbyDatabase;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.openprov.entitlement.internal.PlanRulesTest.at;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.openprov.api.entitlement.EntitlementService;
import org.openprov.api.registry.Device;
import org.osgi.service.event.Event;

/** Each expiry is announced once, by one of the nodes sharing the database. */
public class ExpiryWatchTest {

    @Rule
    public final DerbyDatabase db = new DerbyDatabase();

    private final FakeRegistry registry = new FakeRegistry().tenant("acme");
    private final MovableClock clock = new MovableClock("2026-03-20T00:00:00Z");
    private final RecordingEventAdmin eventsA = new RecordingEventAdmin();
    private final RecordingEventAdmin eventsB = new RecordingEventAdmin();
    private JdbcEntitlementService nodeA;
    private JdbcEntitlementService nodeB;
    private Device phone;

    @Before
    public void setUp() {
        nodeA = Services.entitlements(db, registry, clock, eventsA);
        nodeB = Services.entitlements(db, registry, clock, eventsB);
        phone = delivered("00:15:65:a1:b2:c3", "2026-03-01T00:00:00Z", "2026-03-10T10:00:00Z");
    }

    @Test
    public void nothingIsAnnouncedWhileTheWindowIsOpen() throws Exception {
        assertEquals(0, nodeA.watch().scan());
        clock.set("2026-04-09T09:59:59.999Z");
        assertEquals(0, nodeA.watch().scan());
        assertEquals(0, db.number("SELECT COUNT(*) FROM expiry_notice"));
    }

    @Test
    public void twoNodesScanningAtOnceAnnounceAnExpiryOnce() throws Exception {
        clock.set("2026-04-09T10:00:00Z");

        int announced = scanTogether();

        assertEquals(1, announced);
        assertEquals(1, expiredEvents().size());
        Event expired = expiredEvents().get(0);
        assertEquals("001565a1b2c3", expired.getProperty("mac"));
        assertEquals("acme", expired.getProperty("provider"));
        assertEquals(at("2026-04-09T10:00:00Z").toEpochMilli(), expired.getProperty("at"));
        assertEquals(1, db.number("SELECT COUNT(*) FROM expiry_notice"));
    }

    @Test
    public void laterScansDoNotAnnounceItAgain() throws Exception {
        clock.set("2026-04-10T00:00:00Z");
        nodeA.watch().scan();
        clock.set("2026-05-10T00:00:00Z");

        assertEquals(0, nodeB.watch().scan());
        assertEquals(0, nodeA.watch().scan());
        assertEquals(1, expiredEvents().size());
    }

    @Test
    public void anExpiryWhileNoNodeRanIsAnnouncedWhenOneReturns() throws Exception {
        clock.set("2026-06-01T00:00:00Z");
        JdbcEntitlementService returned = Services.entitlements(db, registry, clock, eventsA);

        assertEquals(1, returned.watch().scan());
        assertEquals(1, expiredEvents().size());
    }

    @Test
    public void licensedPendingAndMonthlyDevicesAreNotExpired() throws Exception {
        clock.set("2026-03-20T00:00:00Z");
        nodeA.addLicenses(List.of(phone.mac()), clock.instant());
        registry.device("00:15:65:00:00:01", "acme", true, at("2026-03-01T00:00:00Z"));
        registry.deliver(registry.device("00:15:65:00:00:02", "acme", false,
                at("2026-03-01T00:00:00Z")), at("2026-03-02T00:00:00Z"));
        clock.set("2026-06-01T00:00:00Z");

        assertEquals(0, nodeA.watch().scan());
        clock.set("2026-11-01T00:00:00Z");
        assertEquals("a device whose license ended is monthly, not expired", 0,
                nodeA.watch().scan());
    }

    @Test
    public void aMacRegisteredAgainIsAnnouncedAgainWhenItsNewWindowEnds() throws Exception {
        clock.set("2026-04-10T00:00:00Z");
        nodeA.watch().scan();
        registry.removeDevice(phone.mac());
        delivered("001565a1b2c3", "2026-05-01T00:00:00Z", "2026-05-02T00:00:00Z");
        clock.set("2026-06-10T00:00:00Z");

        assertEquals(1, scanTogether());
        assertEquals(2, expiredEvents().size());
        assertEquals(1, db.number("SELECT COUNT(*) FROM expiry_notice"));
        assertEquals(at("2026-06-01T00:00:00Z").toEpochMilli(),
                db.number("SELECT expired_at FROM expiry_notice"));
    }

    @Test
    public void theTimerScansAtOnceAndStopsWhenAsked() throws Exception {
        clock.set("2026-04-10T00:00:00Z");

        nodeA.watch().start(Duration.ofMillis(50));
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (expiredEvents().isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
        } finally {
            nodeA.watch().stop();
        }
        assertEquals(1, expiredEvents().size());
        assertTrue(Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals("openprov-expiry-watch"))
                .allMatch(Thread::isDaemon));
    }

    private Device delivered(String mac, String added, String firstDelivery) {
        return registry.deliver(registry.device(mac, "acme", true, at(added)),
                at(firstDelivery));
    }

    private int scanTogether() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CyclicBarrier start = new CyclicBarrier(2);
            Future<Integer> a = pool.submit(() -> {
                start.await(10, TimeUnit.SECONDS);
                return nodeA.watch().scan();
            });
            Future<Integer> b = pool.submit(() -> {
                start.await(10, TimeUnit.SECONDS);
                return nodeB.watch().scan();
            });
            return a.get(60, TimeUnit.SECONDS) + b.get(60, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }
    }

    private List<Event> expiredEvents() {
        List<Event> all = new ArrayList<>(eventsA.on(EntitlementService.TOPIC_EXPIRED));
        all.addAll(eventsB.on(EntitlementService.TOPIC_EXPIRED));
        return all;
    }
}
