package org.openprov.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Small helpers for parameterised statements; every value is bound, never concatenated. */
public final class Jdbc {

    /** Rows sent to the database in one round trip by {@link #batch}. */
    private static final int BATCH = 500;

    private Jdbc() {
    }

    /**
     * @param connection an open connection
     * @param sql a query with {@code ?} placeholders
     * @param mapper reads one row
     * @param params the values of the placeholders, none of them null
     * @param <T> a row's value
     * @return every row, in the query's order
     * @throws SQLException when the query fails
     */
    public static <T> List<T> list(Connection connection, String sql, RowMapper<T> mapper,
            Object... params) throws SQLException {
        return list(connection, sql, 0, mapper, params);
    }

    /**
     * @param connection an open connection
     * @param sql a query with {@code ?} placeholders
     * @param maxRows the most rows to read, 0 for all
     * @param mapper reads one row
     * @param params the values of the placeholders, none of them null
     * @param <T> a row's value
     * @return the rows read, in the query's order
     * @throws SQLException when the query fails
     */
    public static <T> List<T> list(Connection connection, String sql, int maxRows,
            RowMapper<T> mapper, Object... params) throws SQLException {
        try (PreparedStatement statement = prepare(connection, sql, params)) {
            // setMaxRows rather than FETCH FIRST or LIMIT: every driver honours it.
            statement.setMaxRows(maxRows);
            try (ResultSet rows = statement.executeQuery()) {
                List<T> values = new ArrayList<>();
                while (rows.next()) {
                    values.add(mapper.map(rows));
                }
                return values;
            }
        }
    }

    /**
     * @param connection an open connection
     * @param sql a query with {@code ?} placeholders
     * @param mapper reads one row
     * @param params the values of the placeholders, none of them null
     * @param <T> a row's value
     * @return the first row, if any
     * @throws SQLException when the query fails
     */
    public static <T> Optional<T> first(Connection connection, String sql, RowMapper<T> mapper,
            Object... params) throws SQLException {
        return list(connection, sql, 1, mapper, params).stream().findFirst();
    }

    /**
     * @param connection an open connection
     * @param sql an INSERT, UPDATE or DELETE with {@code ?} placeholders
     * @param params the values of the placeholders, none of them null
     * @return the update count
     * @throws SQLException when the statement fails
     */
    public static int update(Connection connection, String sql, Object... params)
            throws SQLException {
        try (PreparedStatement statement = prepare(connection, sql, params)) {
            return statement.executeUpdate();
        }
    }

    /**
     * @param connection an open connection
     * @param ddl a statement without parameters, such as CREATE TABLE
     * @throws SQLException when it fails
     */
    public static void execute(Connection connection, String ddl) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(ddl);
        }
    }

    /**
     * Runs one statement for many rows in batches, far fewer round trips than one by one.
     *
     * @param connection an open connection
     * @param statement an INSERT with {@code ?} placeholders
     * @param rows each row's values, none null
     * @throws SQLException when a row is refused
     */
    public static void batch(Connection connection, String statement, List<Object[]> rows)
            throws SQLException {
        try (PreparedStatement prepared = connection.prepareStatement(statement)) {
            int pending = 0;
            for (Object[] row : rows) {
                for (int i = 0; i < row.length; i++) {
                    prepared.setObject(i + 1, row[i]);
                }
                prepared.addBatch();
                if (++pending == BATCH) {
                    prepared.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                prepared.executeBatch();
            }
        }
    }

    /**
     * Runs one INSERT, UPDATE or DELETE for each of many rows, prepared once and sent in
     * batches, and says what each row changed.
     *
     * @param connection an open connection
     * @param statement the statement, with {@code ?} placeholders
     * @param rows each row's values, none null
     * @return the update count of each row, in the order given
     * @throws SQLException when a row is refused
     */
    public static int[] updateEach(Connection connection, String statement, List<Object[]> rows)
            throws SQLException {
        int[] counts = new int[rows.size()];
        try (PreparedStatement prepared = connection.prepareStatement(statement)) {
            int done = 0;
            while (done < rows.size()) {
                int end = Math.min(rows.size(), done + BATCH);
                for (Object[] row : rows.subList(done, end)) {
                    for (int i = 0; i < row.length; i++) {
                        prepared.setObject(i + 1, row[i]);
                    }
                    prepared.addBatch();
                }
                int[] chunk = prepared.executeBatch();
                System.arraycopy(chunk, 0, counts, done, chunk.length);
                done = end;
            }
        }
        return counts;
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object... params)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        try {
            for (int i = 0; i < params.length; i++) {
                statement.setObject(i + 1, params[i]);
            }
            return statement;
        } catch (SQLException e) {
            statement.close();
            throw e;
        }
    }
}
