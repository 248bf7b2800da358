package org.openprov.registry.internal;

import org.openprov.jdbc.Jdbc;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.openprov.api.registry.Delivery;
import org.openprov.api.registry.Mac;

/** The SQL of recorded deliveries. */
final class Deliveries {

    /**
     * The condition on the current value makes the database the judge of "first": of any
     * number of concurrent transactions, on any node, exactly one sees an update count of 1.
     */
    private static final String MARK_FIRST = "UPDATE device SET first_delivered_at = ?"
            + " WHERE mac = ? AND first_delivered_at IS NULL";
    private static final String INSERT = "INSERT INTO delivery (mac, file_name, delivered_at,"
            + " size_bytes) VALUES (?, ?, ?, ?)";
    private static final String LATEST = "SELECT file_name, delivered_at, size_bytes"
            + " FROM delivery WHERE mac = ? ORDER BY delivered_at DESC, id DESC";

    private Deliveries() {
    }

    /**
     * Records deliveries, each statement prepared once for them all. The device rows are
     * updated before the deliveries are inserted: the inserts' foreign key checks then find the
     * rows already locked by this transaction, where the other order would have concurrent
     * deliveries of one device deadlock on it. Of two deliveries of one device never delivered
     * before, the first in the list is its first.
     *
     * @param connection a connection in a transaction
     * @param deliveries what was served
     * @return for each delivery, in order, whether it was the device's first
     * @throws SQLException when a statement fails; a foreign key violation for an unknown MAC
     */
    static List<Boolean> record(Connection connection, List<Delivery> deliveries)
            throws SQLException {
        if (deliveries.isEmpty()) {
            return List.of();
        }
        List<Object[]> marks = new ArrayList<>(deliveries.size());
        List<Object[]> rows = new ArrayList<>(deliveries.size());
        for (Delivery d : deliveries) {
            long at = d.at().toEpochMilli();
            marks.add(new Object[] {at, d.mac().hex()});
            rows.add(new Object[] {d.mac().hex(), d.fileName(), at, d.size()});
        }
        int[] marked = Jdbc.updateEach(connection, MARK_FIRST, marks);
        Jdbc.batch(connection, INSERT, rows);
        List<Boolean> firsts = new ArrayList<>(marked.length);
        for (int count : marked) {
            firsts.add(count == 1);
        }
        return firsts;
    }

    static List<Delivery> latest(Connection connection, Mac mac, int limit)
            throws SQLException {
        return Jdbc.list(connection, LATEST, limit, row -> new Delivery(mac, row.getString(1),
                Instant.ofEpochMilli(row.getLong(2)), row.getLong(3)), mac.hex());
    }
}
