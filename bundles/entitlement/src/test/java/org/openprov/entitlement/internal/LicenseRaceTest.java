package org.openprov.entitlement.internal;

import org.openprov.testing.MovableClock;
import org.openprov.testing.DerbyDatabase;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.openprov.entitlement.internal.PlanRulesTest.at;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.After;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.openprov.api.entitlement.License;
import org.openprov.api.entitlement.LicenseOutcome;
import org.openprov.api.registry.Device;

/**
 * Licenses added to one device at the same moment, by two nodes (two service instances on
 * one database), must chain one after the other, never overlap.
 */
public class LicenseRaceTest {

    private static final int ROUNDS = 10;

    @Rule
    public final DerbyDatabase db = new DerbyDatabase();

    private final FakeRegistry registry = new FakeRegistry().tenant("acme");
    private final MovableClock clock = new MovableClock("2026-07-31T00:00:00Z");
    private ExecutorService pool;
    private JdbcEntitlementService nodeA;
    private JdbcEntitlementService nodeB;

    @Before
    public void setUp() {
        nodeA = Services.entitlements(db, registry, clock, new RecordingEventAdmin());
        nodeB = Services.entitlements(db, registry, clock, new RecordingEventAdmin());
    }

    @After
    public void tearDown() throws InterruptedException {
        if (pool != null) {
            pool.shutdownNow();
            pool.awaitTermination(10, TimeUnit.SECONDS);
        }
    }

    @Test
    public void twoLicensesAddedAtOnceToAnExpiredDeviceAreChained() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            Device device = expired(round);

            List<License> terms = race(device, List.of(nodeA, nodeB));

            assertChained(terms, 2);
            assertEquals(at("2026-07-31T00:00:00Z"), terms.get(0).start());
            assertEquals(at("2027-07-31T00:00:00Z"), terms.get(1).end());
        }
    }

    @Test
    public void eightLicensesAddedAtOnceAreChainedOverFourYears() throws Exception {
        Device device = expired(99);
        List<JdbcEntitlementService> nodes = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            nodes.add(i % 2 == 0 ? nodeA : nodeB);
        }

        List<License> terms = race(device, nodes);

        assertChained(terms, 8);
        assertEquals(at("2030-07-31T00:00:00Z"), terms.get(7).end());
        assertEquals(terms, nodeA.licenses(device.mac()).stream()
                .sorted(Comparator.comparing(License::start)).toList());
    }

    private Device expired(int n) {
        Device device = registry.device(String.format("0015650000%02x", n), "acme", true,
                at("2026-03-01T00:00:00Z"));
        return registry.deliver(device, at("2026-03-10T10:00:00Z"));
    }

    /** Each node adds one license, all let go at the same instant. */
    private List<License> race(Device device, List<JdbcEntitlementService> nodes)
            throws Exception {
        pool = pool == null ? Executors.newFixedThreadPool(8) : pool;
        CyclicBarrier start = new CyclicBarrier(nodes.size());
        Instant now = clock.instant();
        List<Future<List<LicenseOutcome>>> adds = new ArrayList<>();
        for (JdbcEntitlementService node : nodes) {
            adds.add(pool.submit(() -> {
                start.await(10, TimeUnit.SECONDS);
                return node.addLicenses(List.of(device.mac()), now);
            }));
        }
        List<License> terms = new ArrayList<>();
        for (Future<List<LicenseOutcome>> add : adds) {
            LicenseOutcome outcome = add.get(60, TimeUnit.SECONDS).get(0);
            terms.add(outcome.license().orElseThrow(() -> new AssertionError(outcome.refusal())));
        }
        terms.sort(Comparator.comparing(License::start));
        return terms;
    }

    private static void assertChained(List<License> terms, int count) {
        assertEquals(count, terms.size());
        for (int i = 1; i < terms.size(); i++) {
            assertEquals("term " + (i + 1) + " starts where term " + i + " ends",
                    terms.get(i - 1).end(), terms.get(i).start());
            assertTrue(terms.get(i).start().isBefore(terms.get(i).end()));
        }
    }
}
