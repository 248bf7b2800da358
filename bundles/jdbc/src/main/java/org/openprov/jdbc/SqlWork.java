package org.openprov.jdbc;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Work done on one connection inside one transaction.
 *
 * @param <T> what the work returns
 */
@FunctionalInterface
public interface SqlWork<T> {

    /**
     * @param connection a connection with auto-commit off; the caller commits or rolls back
     * @return the result
     * @throws SQLException when a statement fails
     */
    T run(Connection connection) throws SQLException;
}
