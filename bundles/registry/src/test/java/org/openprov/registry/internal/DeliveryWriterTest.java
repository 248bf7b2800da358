package org.openprov.registry.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.Rule;
import org.junit.Test;
import org.openprov.api.registry.Delivery;
import org.openprov.api.registry.DeviceRegistry;
import org.openprov.api.registry.Mac;
import org.openprov.api.registry.NewDevice;
import org.openprov.api.registry.RegistryException;

/** Deliveries written in groups: each caller learns its own outcome, once committed. */
public class DeliveryWriterTest {

    private static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");

    @Rule
    public final RegistryDatabase db = new RegistryDatabase();

    @Test
    public void concurrentDeliveriesAreAllKeptAndAnUnknownMacFailsAlone() throws Exception {
        DeviceRegistry registry = db.registry(Clock.fixed(NOW, ZoneOffset.UTC));
        registry.addProvider("acme");
        registry.addCustomer("acme", "main");
        List<Mac> macs = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            Mac mac = Mac.parse(String.format("0015650000%02x", i));
            registry.addDevice(new NewDevice(mac, "acme", "main", "yealink", "T54W", "", null));
            macs.add(mac);
        }
        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<Future<Boolean>> firsts = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            for (Mac mac : macs) {
                firsts.add(pool.submit(() -> registry.recordDelivery(
                        new Delivery(mac, "x.cfg", NOW, 10))));
            }
        }
        Future<Boolean> stranger = pool.submit(() -> registry.recordDelivery(
                new Delivery(Mac.parse("0015650000ff"), "x.cfg", NOW, 10)));

        long first = 0;
        for (Future<Boolean> f : firsts) {
            first += f.get() ? 1 : 0;
        }
        Exception refused = assertThrows(Exception.class, stranger::get);
        pool.shutdown();

        assertEquals(20, first);
        assertTrue(refused.getCause() instanceof RegistryException);
        for (Mac mac : macs) {
            assertEquals(3, registry.deliveries(mac, 10).size());
        }
    }
}
