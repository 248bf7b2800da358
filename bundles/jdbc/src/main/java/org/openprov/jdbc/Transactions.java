package org.openprov.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;

/**
 * Runs work in a transaction on a connection of its own.
 *
 * <p>There is no pool: each call gets a connection from the data source and closes it, so a
 * data source that is swapped by configuration takes effect on the next call. Derby embedded
 * opens connections cheaply. A pooling data source works as well: the pools pax-jdbc offers
 * restore auto-commit when a connection is returned.
 */
public final class Transactions {

    private final DataSource dataSource;

    public Transactions(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Runs work and commits it, or rolls it back if it throws anything.
     *
     * @param work the statements to run together
     * @param <T> what the work returns
     * @return what the work returned
     * @throws SQLException from the work or the driver, after the rollback
     */
    public <T> T run(SqlWork<T> work) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (Throwable failure) {
                rollback(connection, failure);
                throw failure;
            }
        }
    }

    /**
     * Runs work as {@link #run} does, and again after a short random pause when it collided
     * with a concurrent transaction (a deadlock or a lock timeout, see
     * {@link SqlStates#conflict}), up to {@code attempts} times in all. For work that is safe
     * to repeat because a failed attempt was rolled back whole.
     *
     * @param work the statements to run together
     * @param attempts how many times at most, at least 1
     * @param <T> what the work returns
     * @return what the work returned
     * @throws SQLException the last failure
     */
    public <T> T runRetrying(SqlWork<T> work, int attempts) throws SQLException {
        for (int attempt = 1; ; attempt++) {
            try {
                return run(work);
            } catch (SQLException e) {
                if (!SqlStates.conflict(e) || attempt >= attempts) {
                    throw e;
                }
                pause(attempt, e);
            }
        }
    }

    /** A random pause, growing with each attempt, so that colliding work falls out of step. */
    private static void pause(int attempt, SQLException cause) throws SQLException {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(1,
                    10L * attempt + 2));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw cause;
        }
    }

    private static void rollback(Connection connection, Throwable failure) {
        try {
            connection.rollback();
        } catch (SQLException rollbackFailed) {
            failure.addSuppressed(rollbackFailed);
        }
    }
}
