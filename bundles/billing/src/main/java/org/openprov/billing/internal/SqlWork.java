package org.openprov.billing.internal;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Statements run together on one connection, inside one transaction.
 *
 * @param <T> what the work returns
 */
@FunctionalInterface
interface SqlWork<T> {

    /**
     * @param connection a connection with auto-commit off; the caller commits or rolls back
     * @return the work's result
     * @throws SQLException when a statement fails
     */
    T run(Connection connection) throws SQLException;
}
