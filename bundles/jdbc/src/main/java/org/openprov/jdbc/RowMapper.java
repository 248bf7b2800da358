package org.openprov.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Turns the current row of a result set into a value.
 *
 * @param <T> the value
 */
@FunctionalInterface
public interface RowMapper<T> {

    /**
     * @param row a result set on a row
     * @return the value of that row
     * @throws SQLException when a column cannot be read
     */
    T map(ResultSet row) throws SQLException;
}
