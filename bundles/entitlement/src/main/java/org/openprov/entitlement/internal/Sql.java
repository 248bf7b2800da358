package org.openprov.entitlement.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Parameterised statements: every value is bound, never written into the SQL. */
final class Sql {

    private Sql() {
    }

    /**
     * @param connection an open connection
     * @param query a query with {@code ?} placeholders
     * @param reader reads one row
     * @param params the placeholders' values, none null
     * @param <T> a row's value
     * @return every row, in the query's order
     * @throws SQLException when the query fails
     */
    static <T> List<T> list(Connection connection, String query, RowReader<T> reader,
            Object... params) throws SQLException {
        try (PreparedStatement statement = prepare(connection, query, params);
                ResultSet rows = statement.executeQuery()) {
            List<T> values = new ArrayList<>();
            while (rows.next()) {
                values.add(reader.read(rows));
            }
            return values;
        }
    }

    /**
     * @param connection an open connection
     * @param query a query with {@code ?} placeholders
     * @param reader reads one row
     * @param params the placeholders' values, none null
     * @param <T> a row's value
     * @return the first row, if there is one
     * @throws SQLException when the query fails
     */
    static <T> Optional<T> first(Connection connection, String query, RowReader<T> reader,
            Object... params) throws SQLException {
        return list(connection, query, reader, params).stream().findFirst();
    }

    /**
     * @param connection an open connection
     * @param statement an INSERT, UPDATE or DELETE with {@code ?} placeholders
     * @param params the placeholders' values, none null
     * @return how many rows it changed
     * @throws SQLException when the statement fails
     */
    static int update(Connection connection, String statement, Object... params)
            throws SQLException {
        try (PreparedStatement prepared = prepare(connection, statement, params)) {
            return prepared.executeUpdate();
        }
    }

    /**
     * @param connection an open connection
     * @param ddl a statement without parameters, such as CREATE TABLE
     * @throws SQLException when it fails
     */
    static void execute(Connection connection, String ddl) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(ddl);
        }
    }

    private static PreparedStatement prepare(Connection connection, String sql,
            Object... params) throws SQLException {
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
