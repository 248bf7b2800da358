package org.openprov.templates.internal;

import java.sql.Connection;
import java.sql.SQLException;
import org.openprov.jdbc.Jdbc;

/**
 * The count of changes that can alter a resolved configuration, kept in the database so that
 * every node sharing it sees a change made on any of them at its very next read.
 */
final class TemplateChanges {

    private TemplateChanges() {
    }

    /**
     * Counts one change, in the caller's transaction: readers see it once that commits.
     *
     * @param c a connection in the transaction of the change
     */
    static void count(Connection c) throws SQLException {
        Jdbc.update(c, "UPDATE template_change SET changes = changes + 1 WHERE id = 1");
    }

    /**
     * @param c a connection
     * @return the changes counted so far
     */
    static long read(Connection c) throws SQLException {
        return Jdbc.first(c, "SELECT changes FROM template_change WHERE id = 1",
                row -> row.getLong(1)).orElse(0L);
    }
}
