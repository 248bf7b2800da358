package org.openprov.registry.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.openprov.api.registry.Delivery;
import org.openprov.api.registry.Mac;
import org.openprov.api.registry.NewDevice;

/**
 * The same bytes of the same file delivered again are counted on the delivery that first
 * carried them; other bytes, a changed device or a device added again are deliveries of their
 * own. Both ways of knowing the change stamps (from memory, from the database) are run.
 */
public class RepeatedDeliveriesTest {

    private static final Instant T0 = Instant.parse("2026-12-04T10:00:00Z");
    private static final Mac MAC = Mac.parse("001565a1b2c3");
    private static final String FILE = "001565a1b2c3.cfg";

    @Rule
    public final RegistryDatabase db = new RegistryDatabase();

    private JdbcDeviceRegistry registry;

    @Before
    public void setUp() {
        registry = new JdbcDeviceRegistry(db.dataSource(), Clock.fixed(T0, ZoneOffset.UTC),
                true);
        registry.deliveryWriter().countEvery(0);
        registry.addProvider("acme");
        registry.addCustomer("acme", "main");
        add();
    }

    private void add() {
        registry.addDevice(new NewDevice(MAC, "acme", "main", "yealink", "T54W", "", null));
    }

    private boolean deliver(long second, String etag) {
        return registry.recordDelivery(new Delivery(MAC, FILE, T0.plusSeconds(second), 10,
                etag));
    }

    /** Counts reach the database within a few of the writer's rounds. */
    private List<Delivery> awaitFetches(int fetches) throws InterruptedException {
        List<Delivery> recorded = registry.deliveries(MAC, 10);
        for (int i = 0; i < 100 && recorded.get(0).fetches() != fetches; i++) {
            Thread.sleep(50);
            recorded = registry.deliveries(MAC, 10);
        }
        return recorded;
    }

    @Test
    public void sameBytesAgainAreCountedOnTheirDelivery() throws Exception {
        assertTrue(deliver(0, "\"a\""));
        assertFalse(deliver(5, "\"a\""));
        assertFalse(deliver(9, "\"a\""));

        List<Delivery> recorded = awaitFetches(3);
        assertEquals(1, recorded.size());
        assertEquals(T0, recorded.get(0).at());
        assertEquals(3, recorded.get(0).fetches());
        assertEquals(T0.plusSeconds(9), recorded.get(0).lastAt());
        assertEquals("\"a\"", recorded.get(0).etag());

        assertFalse(deliver(20, "\"b\""));
        recorded = registry.deliveries(MAC, 10);
        assertEquals(2, recorded.size());
        assertEquals("\"b\"", recorded.get(0).etag());
        assertEquals(1, recorded.get(0).fetches());
    }

    @Test
    public void repeatsNotWrittenYetAreShownAllTheSame() {
        registry.deliveryWriter().countEvery(DeliveryWriter.COUNT_MILLIS);
        deliver(0, "\"a\"");
        deliver(3, "\"a\"");
        deliver(4, "\"a\"");
        Delivery shown = registry.deliveries(MAC, 10).get(0);
        assertEquals(3, shown.fetches());
        assertEquals(T0.plusSeconds(4), shown.lastAt());
    }

    @Test
    public void phonesAskingForTheSameNewBytesAtOnceLeaveOneDelivery() throws Exception {
        int phones = 16;
        ExecutorService pool = Executors.newFixedThreadPool(phones);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> firsts = new ArrayList<>();
        for (int i = 0; i < phones; i++) {
            firsts.add(pool.submit(() -> {
                start.await();
                return deliver(0, "\"a\"");
            }));
        }
        start.countDown();
        int first = 0;
        for (Future<Boolean> f : firsts) {
            first += f.get(30, TimeUnit.SECONDS) ? 1 : 0;
        }
        pool.shutdown();
        assertEquals(1, first);
        List<Delivery> recorded = awaitFetches(phones);
        assertEquals(1, recorded.size());
        assertEquals(phones, recorded.get(0).fetches());
        // Written once a minute (here at once) to that delivery alone, and only once.
        Thread.sleep(300);
        assertEquals(phones, registry.deliveries(MAC, 10).get(0).fetches());
    }

    @Test
    public void aChangedDeviceGetsADeliveryOfItsOwnEvenForTheSameBytes() {
        deliver(0, "\"a\"");
        registry.setSetting(MAC, "time.zone", "Europe/Paris");
        deliver(5, "\"a\"");
        assertEquals(2, registry.deliveries(MAC, 10).size());
    }

    @Test
    public void aDeviceAddedAgainHasItsFirstDeliveryAgain() {
        assertTrue(deliver(0, "\"a\""));
        assertTrue(registry.removeDevice(MAC));
        add();
        // Not a repeat of the removed device's delivery: this one starts the new device's
        // first configuration (and Provisioning Plus window).
        assertTrue(deliver(5, "\"a\""));
        assertEquals(1, registry.deliveries(MAC, 10).size());
    }

    @Test
    public void deliveriesWithoutAnEtagAreNeverRepeats() {
        deliver(0, null);
        deliver(1, null);
        assertEquals(2, registry.deliveries(MAC, 10).size());
    }

    @Test
    public void countsLeftWhenTheRegistryStopsAreWritten() {
        registry.deliveryWriter().countEvery(DeliveryWriter.COUNT_MILLIS);
        deliver(0, "\"a\"");
        deliver(1, "\"a\"");
        registry.deactivate();
        JdbcDeviceRegistry again = new JdbcDeviceRegistry(db.dataSource(),
                Clock.fixed(T0, ZoneOffset.UTC), false);
        assertEquals(2, again.deliveries(MAC, 10).get(0).fetches());
        again.deactivate();
    }

    @Test
    public void stampsKeptInMemoryFollowEveryChangeMadeHere() {
        long before = registry.changeStamp(MAC).getAsLong();
        registry.setSetting(MAC, "time.zone", "Europe/Paris");
        long after = registry.changeStamp(MAC).getAsLong();
        assertTrue(after > before);
        Mac other = Mac.parse("001565a1b2c4");
        assertTrue(registry.changeStamp(other).isEmpty());
        registry.addDevice(new NewDevice(other, "acme", "main", "yealink", "T54W", "", null));
        assertTrue(registry.changeStamp(other).isPresent());
        registry.removeDevice(other);
        assertTrue(registry.changeStamp(other).isEmpty());
    }

    @Test
    public void devicesKeptInMemoryFollowEveryChangeMadeHere() {
        assertTrue(registry.device(MAC).orElseThrow().firstDeliveredAt().isEmpty());
        deliver(0, "\"a\"");
        assertEquals(Optional.of(T0), registry.device(MAC).orElseThrow().firstDeliveredAt());
        registry.setSetting(MAC, "time.zone", "Europe/Paris");
        assertEquals("Europe/Paris", registry.device(MAC).orElseThrow().settings()
                .get("time.zone"));
        registry.removeDevice(MAC);
        assertTrue(registry.device(MAC).isEmpty());
    }

    @Test
    public void stampsReadFromTheDatabaseWhenNodesShareIt() throws Exception {
        JdbcDeviceRegistry shared = new JdbcDeviceRegistry(db.dataSource(),
                Clock.fixed(T0, ZoneOffset.UTC), false);
        long before = shared.changeStamp(MAC).getAsLong();
        // Another node's change: this registry did not make it.
        db.execute("UPDATE device SET updated_at = updated_at + 1000 WHERE mac = '"
                + MAC.hex() + "'");
        assertEquals(before + 1000, shared.changeStamp(MAC).getAsLong());
        shared.deactivate();
    }
}
