package org.openprov.billing.internal;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Runs work in a transaction on a connection taken for that work alone.
 *
 * <p>No connection is kept between calls: a data source swapped by configuration is used from
 * the next call on, and a pooling data source gets its connection back at once.
 */
final class Transactions {

    private final DataSource dataSource;

    Transactions(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Runs the work and commits it; rolls it back when it throws.
     *
     * @param work the statements to run together
     * @param <T> what the work returns
     * @return what the work returned
     * @throws SQLException from the work or the driver, after the rollback
     */
    <T> T run(SqlWork<T> work) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException | Error failure) {
                undo(connection, failure);
                throw failure;
            }
        }
    }

    private static void undo(Connection connection, Throwable failure) {
        try {
            connection.rollback();
        } catch (SQLException rollbackFailed) {
            failure.addSuppressed(rollbackFailed);
        }
    }
}
