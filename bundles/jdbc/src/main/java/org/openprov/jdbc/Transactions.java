package org.openprov.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
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

    private static void rollback(Connection connection, Throwable failure) {
        try {
            connection.rollback();
        } catch (SQLException rollbackFailed) {
            failure.addSuppressed(rollbackFailed);
        }
    }
}
