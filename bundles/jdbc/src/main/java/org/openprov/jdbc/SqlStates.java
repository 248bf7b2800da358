package org.openprov.jdbc;

import java.sql.SQLException;
import java.util.Set;

/**
 * The SQLStates OpenProv's storage reacts to. A refused duplicate is 23505 everywhere; "no such
 * table" has one code in Derby and another in PostgreSQL.
 */
public final class SqlStates {

    private static final Set<String> DUPLICATE = Set.of("23505");
    private static final Set<String> FOREIGN_KEY = Set.of("23503");
    /**
     * A transaction that lost to a concurrent one and may simply run again: serialization
     * failure or deadlock (40001; PostgreSQL 40P01) and lock timeout (Derby 40XL1, 40XL2).
     * Derby also answers 40XL1 when concurrent inserts contend for an identity value.
     */
    private static final Set<String> CONFLICT = Set.of("40001", "40P01", "40XL1", "40XL2");
    /** Derby 42X05, PostgreSQL 42P01. */
    private static final Set<String> NO_SUCH_TABLE = Set.of("42X05", "42P01");

    private SqlStates() {
    }

    /**
     * @param e a failure
     * @return whether a primary key or unique constraint refused a row
     */
    public static boolean duplicate(SQLException e) {
        return has(e, DUPLICATE);
    }

    /**
     * @param e a failure
     * @return whether a foreign key refused a row, or the removal of a row still referenced
     */
    public static boolean foreignKey(SQLException e) {
        return has(e, FOREIGN_KEY);
    }

    /**
     * @param e a failure
     * @return whether it was a duplicate or another conflict with a concurrent transaction,
     *     so that running the transaction again may succeed
     */
    public static boolean conflict(SQLException e) {
        return has(e, DUPLICATE) || has(e, CONFLICT);
    }

    /**
     * @param e a failure
     * @return whether the statement named a table that does not exist
     */
    public static boolean noSuchTable(SQLException e) {
        return has(e, NO_SUCH_TABLE);
    }

    /** Drivers put the telling state on a cause or a next exception; look through both. */
    private static boolean has(SQLException e, Set<String> states) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                for (SQLException s = sql; s != null; s = s.getNextException()) {
                    if (states.contains(s.getSQLState())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
