package org.openprov.registry.internal;

import java.sql.SQLException;
import java.util.Set;

/**
 * The SQLStates the registry reacts to. The integrity states (class 23) are standard; the
 * "no such table" state differs by database, so both Derby's and PostgreSQL's are listed.
 */
final class SqlStates {

    private static final Set<String> DUPLICATE = Set.of("23505");
    private static final Set<String> FOREIGN_KEY = Set.of("23503");
    /** Derby 42X05, PostgreSQL 42P01. */
    private static final Set<String> NO_SUCH_TABLE = Set.of("42X05", "42P01");

    private SqlStates() {
    }

    /**
     * @param e a failure
     * @return whether a unique or primary key constraint refused a row
     */
    static boolean duplicate(SQLException e) {
        return any(e, DUPLICATE);
    }

    /**
     * @param e a failure
     * @return whether a foreign key constraint refused a row
     */
    static boolean foreignKey(SQLException e) {
        return any(e, FOREIGN_KEY);
    }

    /**
     * @param e a failure
     * @return whether a statement named a table that does not exist
     */
    static boolean noSuchTable(SQLException e) {
        return any(e, NO_SUCH_TABLE);
    }

    /** Drivers chain the exception that carries the state in different ways; look at all. */
    private static boolean any(SQLException e, Set<String> states) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && chainHas(sql, states)) {
                return true;
            }
        }
        return false;
    }

    private static boolean chainHas(SQLException e, Set<String> states) {
        for (SQLException next = e; next != null; next = next.getNextException()) {
            if (states.contains(next.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
