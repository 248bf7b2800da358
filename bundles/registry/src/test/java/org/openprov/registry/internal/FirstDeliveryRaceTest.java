package org.openprov.registry.internal;

import static org.junit.Assert.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.After;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.openprov.api.registry.Delivery;
import org.openprov.api.registry.DeviceRegistry;
import org.openprov.api.registry.Mac;
import org.openprov.api.registry.NewDevice;

/**
 * Phones fetch several files at once on boot; the first delivery must be recognised exactly
 * once. Two registry instances on one database stand for two nodes.
 */
public class FirstDeliveryRaceTest {

    private static final int THREADS = 16;
    private static final int ROUNDS = 5;

    @Rule
    public final RegistryDatabase db = new RegistryDatabase();

    private final ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    private DeviceRegistry nodeA;
    private DeviceRegistry nodeB;

    @Before
    public void setUp() {
        nodeA = db.sharedRegistry(Clock.systemUTC());
        nodeB = db.sharedRegistry(Clock.systemUTC());
        nodeA.addProvider("acme");
        nodeA.addCustomer("acme", "main");
    }

    @After
    public void tearDown() throws InterruptedException {
        pool.shutdownNow();
        pool.awaitTermination(10, TimeUnit.SECONDS);
    }

    @Test
    public void sixteenConcurrentDeliveriesHaveExactlyOneFirst() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            Mac mac = Mac.parse(String.format("0015650000%02x", round));
            nodeA.addDevice(new NewDevice(mac, "acme", "main", "yealink", "T54W", null, null));

            List<Instant> winners = race(mac);

            assertEquals("round " + round + " winners", 1, winners.size());
            assertEquals(Optional.of(winners.get(0)),
                    nodeB.device(mac).orElseThrow().firstDeliveredAt());
            assertEquals(THREADS, db.number("SELECT COUNT(*) FROM delivery WHERE mac = '"
                    + mac.hex() + "'"));
        }
    }

    /** @return the times of the deliveries that were told they were first */
    private List<Instant> race(Mac mac) throws Exception {
        CyclicBarrier start = new CyclicBarrier(THREADS);
        List<Future<Optional<Instant>>> results = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            DeviceRegistry node = i % 2 == 0 ? nodeA : nodeB;
            Delivery delivery = new Delivery(mac, mac.hex() + ".cfg",
                    Instant.parse("2025-08-01T08:00:00Z").plusMillis(i), 100 + i);
            results.add(pool.submit(() -> {
                start.await(10, TimeUnit.SECONDS);
                return node.recordDelivery(delivery) ? Optional.of(delivery.at())
                        : Optional.<Instant>empty();
            }));
        }
        List<Instant> winners = new ArrayList<>();
        for (Future<Optional<Instant>> result : results) {
            result.get(60, TimeUnit.SECONDS).ifPresent(winners::add);
        }
        return winners;
    }
}
