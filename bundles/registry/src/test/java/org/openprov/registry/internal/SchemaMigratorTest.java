package org.openprov.registry.internal;

import org.openprov.jdbc.Transactions;
import org.openprov.jdbc.SchemaStep;
import org.openprov.jdbc.SchemaMigrator;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

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
import org.openprov.api.registry.DeviceRegistry;

public class SchemaMigratorTest {

    private static final List<String> TABLES = List.of("provider", "customer", "device",
            "sip_line", "device_setting", "delivery");
    private static final SchemaStep CREATE_A = new SchemaStep(1, "table a",
            List.of("CREATE TABLE a (n INT)"));
    private static final SchemaStep FILL_A = new SchemaStep(2, "one row in a",
            List.of("INSERT INTO a VALUES (1)"));

    @Rule
    public final RegistryDatabase db = new RegistryDatabase();

    @Test
    public void aFreshDatabaseGetsEveryTable() throws Exception {
        int version = migrator(RegistrySchema.steps()).migrate();

        assertEquals(newest(), version);
        for (String table : TABLES) {
            assertTrue(table, db.hasTable(table));
        }
        assertEquals(newest(), db.number("SELECT COUNT(*) FROM schema_version"));
    }

    /** Each tree is work on every delivery: the primary key and one tree for the MAC. */
    @Test
    public void aDeliveryUpdatesTwoIndexTreesInDerby() throws Exception {
        migrator(RegistrySchema.steps()).migrate();

        assertEquals(2, db.number("SELECT COUNT(DISTINCT g.conglomeratenumber)"
                + " FROM sys.sysconglomerates g JOIN sys.systables t ON t.tableid = g.tableid"
                + " WHERE t.tablename = 'DELIVERY' AND g.isindex"));
    }

    @Test
    public void activatingTwiceAppliesNothingAndKeepsTheData() throws Exception {
        DeviceRegistry first = db.registry(Clock.systemUTC());
        first.addProvider("acme");

        DeviceRegistry second = db.registry(Clock.systemUTC());

        assertEquals(1, second.providers().size());
        assertEquals(newest(), db.number("SELECT COUNT(*) FROM schema_version"));
        assertEquals(newest(), db.number("SELECT MAX(version) FROM schema_version"));
    }

    @Test
    public void aDatabaseAtVersionZeroIsUpgraded() throws Exception {
        SchemaMigrator empty = migrator(List.of());
        assertEquals(0, empty.migrate());
        assertTrue(db.hasTable("schema_version"));

        db.registry(Clock.systemUTC()).addProvider("acme");

        assertEquals(newest(), db.number("SELECT MAX(version) FROM schema_version"));
        assertEquals(1, db.number("SELECT COUNT(*) FROM provider"));
    }

    @Test
    public void onlyTheMissingStepsAreApplied() throws Exception {
        assertEquals(1, migrator(List.of(CREATE_A)).migrate());

        // Running CREATE_A again would fail: the table exists.
        assertEquals(2, migrator(List.of(FILL_A, CREATE_A)).migrate());
        assertEquals(2, migrator(List.of(CREATE_A, FILL_A)).migrate());

        assertEquals(1, db.number("SELECT COUNT(*) FROM a"));
        assertEquals("one row in a",
                db.text("SELECT description FROM schema_version WHERE version = 2"));
    }

    @Test
    public void aFailingStepLeavesNothingBehind() throws Exception {
        SchemaStep broken = new SchemaStep(2, "broken", List.of("CREATE TABLE b (n INT)",
                "INSERT INTO no_such_table VALUES (1)"));

        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> migrator(List.of(CREATE_A, broken)).migrate());

        assertTrue(e.getMessage(), e.getMessage().contains("up to version 2"));
        assertFalse(db.hasTable("b"));
        assertEquals(1, db.number("SELECT MAX(version) FROM schema_version"));
    }

    @Test
    public void nodesStartingTogetherApplyEachStepOnce() throws Exception {
        int nodes = 4;
        ExecutorService pool = Executors.newFixedThreadPool(nodes);
        try {
            CyclicBarrier start = new CyclicBarrier(nodes);
            List<Future<Integer>> versions = new ArrayList<>();
            for (int i = 0; i < nodes; i++) {
                versions.add(pool.submit(() -> {
                    start.await(10, TimeUnit.SECONDS);
                    return migrator(List.of(CREATE_A, FILL_A)).migrate();
                }));
            }
            for (Future<Integer> version : versions) {
                assertEquals(2, (int) version.get(120, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, db.number("SELECT COUNT(*) FROM a"));
        assertEquals(2, db.number("SELECT COUNT(*) FROM schema_version"));
    }

    @Test
    public void aDatabaseFromANewerRegistryIsUsedAsItIs() throws Exception {
        migrator(List.of(CREATE_A)).migrate();
        db.execute("INSERT INTO schema_version VALUES (7, 'from the future', 0)");

        assertEquals(7, migrator(List.of(CREATE_A, FILL_A)).migrate());
        assertEquals(0, db.number("SELECT COUNT(*) FROM a"));
    }

    private SchemaMigrator migrator(List<SchemaStep> steps) {
        return new SchemaMigrator(new Transactions(db.dataSource()), RegistrySchema.VERSION_TABLE,
                steps, Clock.systemUTC());
    }

    private static int newest() {
        List<SchemaStep> steps = RegistrySchema.steps();
        return steps.get(steps.size() - 1).version();
    }
}
