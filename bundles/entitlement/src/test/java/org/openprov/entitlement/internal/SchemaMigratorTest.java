package org.openprov.entitlement.internal;

import org.openprov.testing.DerbyDatabase;
import org.openprov.jdbc.Transactions;
import org.openprov.jdbc.SchemaMigrator;
import org.openprov.jdbc.SchemaStep;
import static org.junit.Assert.assertEquals;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.Rule;
import org.junit.Test;

public class SchemaMigratorTest {

    @Rule
    public final DerbyDatabase db = new DerbyDatabase();

    @Test
    public void aFreshDatabaseGetsEveryTableAndTheNewestVersion() throws Exception {
        assertEquals(2, migrator().migrate());

        assertEquals(2, db.number("SELECT COUNT(*) FROM entitlement_schema"));
        for (String table : List.of("provider_plan", "device_license", "expiry_notice",
                "window_length")) {
            assertEquals(table, 0, db.number("SELECT COUNT(*) FROM " + table));
        }
    }

    @Test
    public void migratingAgainChangesNothing() throws Exception {
        migrator().migrate();
        db.execute("INSERT INTO provider_plan VALUES ('acme', TRUE, FALSE, 1)");

        assertEquals(2, migrator().migrate());
        assertEquals(2, migrator().migrate());

        assertEquals(2, db.number("SELECT COUNT(*) FROM entitlement_schema"));
        assertEquals(1, db.number("SELECT COUNT(*) FROM provider_plan"));
    }

    @Test
    public void twoNodesStartingTogetherBothFindTheSchema() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CyclicBarrier start = new CyclicBarrier(2);
            List<Future<Integer>> runs = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                runs.add(pool.submit(() -> {
                    start.await(10, TimeUnit.SECONDS);
                    return migrator().migrate();
                }));
            }
            for (Future<Integer> run : runs) {
                assertEquals(Integer.valueOf(2), run.get(60, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(2, db.number("SELECT COUNT(*) FROM entitlement_schema"));
    }

    @Test
    public void aVersionOneDatabaseGetsTheWindowHistoryAndKeepsItsRows() throws Exception {
        assertEquals(1, migrator(EntitlementSchema.steps().subList(0, 1)).migrate());
        db.execute("INSERT INTO provider_plan VALUES ('acme', TRUE, FALSE, 1)");
        db.execute("INSERT INTO expiry_notice VALUES ('001565a1b2c3', 5, 6)");

        assertEquals(2, migrator().migrate());

        assertEquals(1, db.number("SELECT COUNT(*) FROM provider_plan"));
        assertEquals(1, db.number("SELECT COUNT(*) FROM expiry_notice"));
        assertEquals(0, db.number("SELECT COUNT(*) FROM window_length"));
        assertEquals("history of the window length",
                db.text("SELECT description FROM entitlement_schema WHERE version = 2"));
    }

    @Test
    public void aWindowLengthIsAtLeastOneDayAndOnePerInstant() throws Exception {
        migrator().migrate();
        db.execute("INSERT INTO window_length VALUES (1, 30)");

        assertEquals("23513", refusal("INSERT INTO window_length VALUES (2, 0)"));
        assertEquals("23505", refusal("INSERT INTO window_length VALUES (1, 10)"));
    }

    private String refusal(String insert) {
        try {
            db.execute(insert);
            throw new AssertionError("stored: " + insert);
        } catch (java.sql.SQLException refused) {
            return refused.getSQLState();
        }
    }

    @Test
    public void aForcedProviderMustHaveProvisioningPlusEnabled() throws Exception {
        migrator().migrate();

        try {
            db.execute("INSERT INTO provider_plan VALUES ('acme', FALSE, TRUE, 1)");
            throw new AssertionError("a forced, disabled provider was stored");
        } catch (java.sql.SQLException refused) {
            assertEquals("23513", refused.getSQLState());
        }
    }

    @Test
    public void aDeviceCannotHoldTwoLicensesWithTheSameTermNumber() throws Exception {
        migrator().migrate();
        String insert = "INSERT INTO device_license (mac, term_no, provider_name, added_at,"
                + " starts_at, ends_at) VALUES ('001565a1b2c3', 1, 'acme', 1, 1, 2)";
        db.execute(insert);

        try {
            db.execute(insert);
            throw new AssertionError("two licenses with term 1 were stored");
        } catch (java.sql.SQLException refused) {
            assertEquals("23505", refused.getSQLState());
        }
    }

    private SchemaMigrator migrator() {
        return migrator(EntitlementSchema.steps());
    }

    /** @param steps the steps a bundle release had, to build a database it left behind */
    private SchemaMigrator migrator(List<SchemaStep> steps) {
        return new SchemaMigrator(new Transactions(db.dataSource()),
                EntitlementSchema.VERSION_TABLE, steps, Clock.systemUTC());
    }
}
