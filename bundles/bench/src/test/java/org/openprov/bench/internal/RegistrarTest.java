package org.openprov.bench.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.Test;
import org.openprov.api.registry.Device;
import org.openprov.api.registry.Mac;
import org.openprov.api.registry.RegistryException;
import org.openprov.api.registry.SipLine;

public class RegistrarTest {

    private final FakeRegistry fake = new FakeRegistry();
    private final AtomicInteger passwords = new AtomicInteger();
    private final Registrar registrar = new Registrar(fake.registry(),
            () -> "secret" + passwords.incrementAndGet());

    @Test
    public void addsTheMissingProvidersAndCustomersOnce() {
        BenchPlan plan = new BenchPlan(4, 2, 2, List.of(BenchVendor.YEALINK), 1);

        assertEquals(6, registrar.prepare(plan));
        assertEquals(0, registrar.prepare(plan));
        assertEquals(List.of("addProvider bench-1", "customers bench-1", "addCustomer bench-1",
                "addCustomer bench-1", "addProvider bench-2", "customers bench-2",
                "addCustomer bench-2", "addCustomer bench-2", "customers bench-1",
                "customers bench-2"), fake.calls);
    }

    @Test
    public void registersEachPhoneWithItsLineOnTheMonthlyPlan() throws Exception {
        BenchPlan plan = new BenchPlan(3, 2, 1, List.of(BenchVendor.YEALINK,
                BenchVendor.SNOM), 7);
        registrar.prepare(plan);
        fake.calls.clear();

        Registrar.Result result = registrar.register(plan, 1, done -> { });

        assertEquals(3, result.phones());
        assertEquals(List.of("addDevice NewDevice[mac=001565000007, providerName=bench-1,"
                + " customerName=site-1, vendor=yealink, model=T54W, label=bench,"
                + " plan=MONTHLY]", "setLine 001565000007",
                "addDevice NewDevice[mac=000413000008, providerName=bench-1,"
                + " customerName=site-1, vendor=snom, model=D785, label=bench, plan=MONTHLY]",
                "setLine 000413000008",
                "addDevice NewDevice[mac=001565000009, providerName=bench-2,"
                + " customerName=site-1, vendor=yealink, model=T54W, label=bench,"
                + " plan=MONTHLY]", "setLine 001565000009"), fake.calls);
        SipLine line = fake.devices.get(Mac.parse("000413000008")).lines().get(0);
        assertEquals(new SipLine(1, "1000001", "1000001", "secret2", "1000001", "1000001",
                "pbx.example.com", 0, null), line);
    }

    @Test
    public void registersEveryPhoneOnSeveralThreads() throws Exception {
        BenchPlan plan = new BenchPlan(500, 3, 2, List.of(BenchVendor.values()), 1);
        registrar.prepare(plan);

        Registrar.Result result = registrar.register(plan, 4, done -> { });

        assertEquals(500, result.phones());
        assertEquals(500, fake.devices.size());
        for (Device device : fake.devices.values()) {
            assertEquals(device.mac().toString(), 1, device.lines().size());
        }
        assertTrue(result.perSecond() > 0);
    }

    @Test
    public void stopsAtAMacAlreadyRegistered() throws Exception {
        BenchPlan plan = new BenchPlan(5, 1, 1, List.of(BenchVendor.FANVIL), 1);
        registrar.prepare(plan);
        registrar.register(new BenchPlan(3, 1, 1, List.of(BenchVendor.FANVIL), 3), 1, d -> { });

        RegistryException e = assertThrows(RegistryException.class,
                () -> registrar.register(plan, 1, d -> { }));

        assertEquals("MAC 0c383e000003 is already registered", e.getMessage());
        assertEquals(5, fake.devices.size());
    }

    @Test
    public void refusesANumberOfThreadsOutOfRange() {
        BenchPlan plan = new BenchPlan(5, 1, 1, List.of(BenchVendor.FANVIL), 1);

        assertEquals("--threads must be from 1 to 64", assertThrows(
                IllegalArgumentException.class, () -> registrar.register(plan, 0, d -> { }))
                .getMessage());
    }

    @Test
    public void randomPasswordsAreSixteenLettersOrDigitsAndDiffer() throws Exception {
        List<String> seen = new ArrayList<>();
        Registrar random = Registrar.withRandomPasswords(fake.registry());
        BenchPlan plan = new BenchPlan(20, 1, 1, List.of(BenchVendor.YEALINK), 1);
        random.prepare(plan);
        random.register(plan, 1, d -> { });

        fake.devices.values().forEach(d -> seen.add(d.lines().get(0).password()));

        assertEquals(20, seen.stream().distinct().count());
        assertTrue(seen.toString(), seen.stream().allMatch(p -> p.matches("[A-Za-z2-9]{16}")));
    }
}
