package org.openprov.registry.internal;

import org.openprov.jdbc.Jdbc;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
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
     * Records a delivery. The device row is updated before the delivery is inserted: the
     * insert's foreign key check then finds the row already locked by this transaction, where
     * the other order would have concurrent deliveries of one device deadlock on it.
     *
     * @param connection a connection in a transaction
     * @param delivery what was served
     * @return whether it was the device's first delivery
     * @throws SQLException when a statement fails; a foreign key violation for an unknown MAC
     */
    static boolean record(Connection connection, Delivery delivery) throws SQLException {
        long at = delivery.at().toEpochMilli();
        String mac = delivery.mac().hex();
        boolean first = Jdbc.update(connection, MARK_FIRST, at, mac) == 1;
        Jdbc.update(connection, INSERT, mac, delivery.fileName(), at, delivery.size());
        return first;
    }

    static List<Delivery> latest(Connection connection, Mac mac, int limit)
            throws SQLException {
        return Jdbc.list(connection, LATEST, limit, row -> new Delivery(mac, row.getString(1),
                Instant.ofEpochMilli(row.getLong(2)), row.getLong(3)), mac.hex());
    }
}
