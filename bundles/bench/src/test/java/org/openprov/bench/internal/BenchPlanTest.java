package org.openprov.bench.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.Test;
import org.openprov.api.registry.Mac;

public class BenchPlanTest {

    private static final List<BenchVendor> TWO = List.of(BenchVendor.YEALINK,
            BenchVendor.POLYCOM);

    @Test
    public void phonesTakeTheVendorsInTurnWithTheirOuiAndTheCounter() {
        BenchPlan plan = new BenchPlan(100, 3, 2, TWO, 1);

        assertEquals(new BenchPlan.Phone(Mac.parse("001565000001"), BenchVendor.YEALINK,
                "bench-1", "site-1", "1000000"), plan.phone(0));
        assertEquals(new BenchPlan.Phone(Mac.parse("0004f2000002"), BenchVendor.POLYCOM,
                "bench-1", "site-1", "1000001"), plan.phone(1));
        assertEquals(new BenchPlan.Phone(Mac.parse("001565000003"), BenchVendor.YEALINK,
                "bench-2", "site-1", "1000002"), plan.phone(2));
    }

    @Test
    public void eachRoundOverTheProvidersMovesToTheNextCustomer() {
        BenchPlan plan = new BenchPlan(100, 3, 2, TWO, 1);

        assertEquals("bench-3/site-1", where(plan, 5));
        assertEquals("bench-1/site-2", where(plan, 6));
        assertEquals("bench-3/site-2", where(plan, 11));
        assertEquals("bench-1/site-1", where(plan, 12));
    }

    private static String where(BenchPlan plan, int i) {
        return plan.phone(i).provider() + "/" + plan.phone(i).customer();
    }

    @Test
    public void theSeedStartsTheCounterInHex() {
        BenchPlan plan = new BenchPlan(10, 1, 1, List.of(BenchVendor.MITEL), 0xabcdef - 9);

        assertEquals("00085dabcdef", plan.phone(9).mac().hex());
    }

    @Test
    public void everyPhoneOfAPlanHasItsOwnMac() {
        BenchPlan plan = new BenchPlan(5000, 10, 10, List.of(BenchVendor.values()), 1);
        Set<Mac> macs = new HashSet<>();
        for (int i = 0; i < plan.count(); i++) {
            macs.add(plan.phone(i).mac());
        }

        assertEquals(5000, macs.size());
    }

    @Test
    public void namesTheProvidersAndCustomers() {
        BenchPlan plan = new BenchPlan(10, 3, 2, TWO, 1);

        assertEquals(List.of("bench-1", "bench-2", "bench-3"), plan.providerNames());
        assertEquals(List.of("site-1", "site-2"), plan.customerNames());
    }

    @Test
    public void refusesACounterPastSixHexDigits() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new BenchPlan(10, 1, 1, TWO, (1 << 24) - 9));

        assertEquals("--seed plus --count must stay within 16777216 (six hex digits); seed"
                + " 16777207, count 10", e.getMessage());
    }

    @Test
    public void refusesNoPhonesAndTooManyProviders() {
        assertEquals("--count must be at least 1", assertThrows(IllegalArgumentException.class,
                () -> new BenchPlan(0, 1, 1, TWO, 1)).getMessage());
        assertEquals("--providers must be from 1 to 999", assertThrows(
                IllegalArgumentException.class, () -> new BenchPlan(1, 1000, 1, TWO, 1))
                .getMessage());
    }

    @Test
    public void aPhoneOutsideThePlanIsRefused() {
        BenchPlan plan = new BenchPlan(10, 1, 1, TWO, 1);

        assertThrows(IndexOutOfBoundsException.class, () -> plan.phone(10));
    }
}
