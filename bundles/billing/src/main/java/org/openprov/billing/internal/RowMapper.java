package org.openprov.billing.internal;

import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Reads the current row of a result set as a value.
 *
 * @param <T> the value
 */
@FunctionalInterface
interface RowMapper<T> {

    /**
     * @param row a result set positioned on a row
     * @return that row's value
     * @throws SQLException when a column cannot be read
     */
    T map(ResultSet row) throws SQLException;
}
