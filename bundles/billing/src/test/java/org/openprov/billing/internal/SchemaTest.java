package org.openprov.billing.internal;

import org.openprov.testing.DerbyDatabase;
import org.openprov.jdbc.Transactions;
import org.openprov.jdbc.SchemaMigrator;
import static org.junit.Assert.assertEquals;

import java.sql.SQLException;
import java.time.Clock;
import org.junit.Rule;
import org.junit.Test;

public class SchemaTest {

    @Rule
    public final DerbyDatabase db = new DerbyDatabase();

    @Test
    public void theTablesAreCreatedOnceAndTheVersionRecorded() throws Exception {
        new BillingFixture(db);
        new BillingFixture(db);

        SchemaMigrator migrator = new SchemaMigrator(new Transactions(db.dataSource()),
                BillingSchema.VERSION_TABLE, BillingSchema.steps(), Clock.systemUTC());
        assertEquals(1, migrator.migrate());
        assertEquals(1, db.number("SELECT COUNT(*) FROM billing_schema"));
        assertEquals(0, db.number("SELECT COUNT(*) FROM price"));
        assertEquals(0, db.number("SELECT COUNT(*) FROM closed_month"));
        assertEquals(0, db.number("SELECT COUNT(*) FROM invoice_line"));
    }

    @Test(expected = SQLException.class)
    public void noLineExistsForAMonthThatIsNotClosed() throws Exception {
        new BillingFixture(db);

        db.execute("INSERT INTO invoice_line VALUES ('2026-11', 'acme', 1, '001565000001',"
                + " 'main', 'MONTHLY', 0, 1, 100, 100, 'USD')");
    }
}
