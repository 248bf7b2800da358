package org.openprov.entitlement.internal;

import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Reads the current row of a result set as a value.
 *
 * @param <T> the value
 */
@FunctionalInterface
interface RowReader<T> {

    /**
     * @param row a result set positioned on a row
     * @return that row's value
     * @throws SQLException when a column cannot be read
     */
    T read(ResultSet row) throws SQLException;
}
