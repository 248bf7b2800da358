package org.openprov.billing.internal;

import org.openprov.testing.DerbyDatabase;
import static org.junit.Assert.assertEquals;

import java.time.YearMonth;
import java.util.ArrayList;
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
import org.openprov.api.billing.Invoice;

/**
 * Two nodes (two service instances on one database) closing the same month at the same
 * moment end with one set of invoices, which both return.
 */
public class ConcurrentCloseTest {

    private static final int ROUNDS = 6;
    private static final int DEVICES = 300;

    @Rule
    public final DerbyDatabase db = new DerbyDatabase();

    private final ExecutorService pool = Executors.newFixedThreadPool(2);
    private BillingFixture billing;

    @Before
    public void setUp() {
        billing = new BillingFixture(db);
        billing.registry.tenant("zeta");
        billing.prices("acme", "2026-01-01", "1.00", "0.00");
        billing.prices("zeta", "2026-01-01", "2.50", "0.00");
        for (int i = 1; i <= DEVICES; i++) {
            billing.registry.add(String.format("0015650%05x", i), i % 2 == 0 ? "zeta" : "acme",
                    "main", false, "2026-01-01T00:00:00Z");
        }
    }

    @After
    public void tearDown() throws InterruptedException {
        pool.shutdownNow();
        pool.awaitTermination(10, TimeUnit.SECONDS);
    }

    @Test
    public void twoNodesClosingAtOnceStoreOneSet() throws Exception {
        JdbcBillingService nodeA = billing.service;
        JdbcBillingService nodeB = billing.node();
        for (int round = 0; round < ROUNDS; round++) {
            YearMonth month = YearMonth.of(2026, 1 + round);

            List<List<Invoice>> results = race(month, nodeA, nodeB);

            assertEquals(month.toString(), results.get(0), results.get(1));
            assertEquals(List.of("150.00", "375.00"), results.get(0).stream()
                    .map(i -> i.total().toPlainString()).toList());
        }
        assertEquals(ROUNDS, db.number("SELECT COUNT(*) FROM closed_month"));
        assertEquals(ROUNDS * DEVICES, db.number("SELECT COUNT(*) FROM invoice_line"));
    }

    private List<List<Invoice>> race(YearMonth month, JdbcBillingService... nodes)
            throws Exception {
        CyclicBarrier start = new CyclicBarrier(nodes.length);
        List<Future<List<Invoice>>> closes = new ArrayList<>();
        for (JdbcBillingService node : nodes) {
            closes.add(pool.submit(() -> {
                start.await(10, TimeUnit.SECONDS);
                return node.close(month, null);
            }));
        }
        List<List<Invoice>> results = new ArrayList<>();
        for (Future<List<Invoice>> close : closes) {
            results.add(close.get(60, TimeUnit.SECONDS));
        }
        return results;
    }
}
