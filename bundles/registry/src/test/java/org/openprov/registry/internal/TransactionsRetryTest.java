package org.openprov.registry.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.Rule;
import org.junit.Test;
import org.openprov.jdbc.Transactions;

/** The shared JDBC helper, as copied into the registry: work that collided runs again. */
public class TransactionsRetryTest {

    @Rule
    public final RegistryDatabase db = new RegistryDatabase();

    @Test
    public void aLockTimeoutIsTriedAgainUntilItPasses() throws SQLException {
        AtomicInteger tries = new AtomicInteger();

        String done = new Transactions(db.dataSource()).runRetrying(c -> {
            if (tries.incrementAndGet() < 3) {
                throw new SQLTransactionRollbackException("A lock could not be obtained",
                        "40XL1");
            }
            return "done";
        }, 5);

        assertEquals("done", done);
        assertEquals(3, tries.get());
    }

    @Test
    public void otherFailuresAndTheLastAttemptAreNotRetried() {
        AtomicInteger tries = new AtomicInteger();
        AtomicInteger locked = new AtomicInteger();
        Transactions transactions = new Transactions(db.dataSource());

        SQLException syntax = assertThrows(SQLException.class, () -> transactions.runRetrying(
                c -> {
                    tries.incrementAndGet();
                    throw new SQLException("Syntax error", "42X01");
                }, 5));
        SQLException timeout = assertThrows(SQLException.class, () -> transactions.runRetrying(
                c -> {
                    locked.incrementAndGet();
                    throw new SQLException("A lock could not be obtained", "40XL1");
                }, 3));

        assertEquals("42X01", syntax.getSQLState());
        assertEquals(1, tries.get());
        assertEquals("40XL1", timeout.getSQLState());
        assertEquals(3, locked.get());
    }
}
