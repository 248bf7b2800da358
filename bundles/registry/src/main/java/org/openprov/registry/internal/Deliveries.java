package org.openprov.registry.internal;

import org.openprov.jdbc.Jdbc;
import org.openprov.jdbc.Repeats;
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
            + " size_bytes, etag) VALUES (?, ?, ?, ?, ?)";
    private static final String LATEST = "SELECT file_name, delivered_at, size_bytes, etag,"
            + " fetch_count, last_at FROM delivery WHERE mac = ?"
            + " ORDER BY delivered_at DESC, id DESC";
    /** Adds repeats to the delivery they repeat, found by its device, file and time. */
    private static final String COUNT = "UPDATE delivery SET fetch_count = fetch_count + ?,"
            + " last_at = CASE WHEN last_at IS NULL OR last_at < ? THEN ? ELSE last_at END"
            + " WHERE mac = ? AND file_name = ? AND delivered_at = ? AND etag = ?";

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
            rows.add(new Object[] {d.mac().hex(), d.fileName(), at, d.size(), d.etag()});
        }
        int[] marked = Jdbc.updateEach(connection, MARK_FIRST, marks);
        Jdbc.batch(connection, INSERT, rows);
        List<Boolean> firsts = new ArrayList<>(marked.length);
        for (int count : marked) {
            firsts.add(count == 1);
        }
        return firsts;
    }

    /**
     * Adds counted repeats to the deliveries they repeat; a delivery gone with its device
     * takes its repeats along.
     *
     * @param connection a connection in a transaction
     * @param counts the repeats, by device and file
     * @throws SQLException when a statement fails
     */
    static void count(Connection connection, List<Repeats.Count<Served>> counts)
            throws SQLException {
        List<Object[]> rows = new ArrayList<>(counts.size());
        for (Repeats.Count<Served> c : counts) {
            rows.add(new Object[] {c.count(), c.lastAt(), c.lastAt(), c.key().mac().hex(),
                c.key().fileName(), c.writtenAt(), ((Content) c.same()).etag()});
        }
        Jdbc.updateEach(connection, COUNT, rows);
    }

    /** @return a device's deliveries, the latest first */
    static List<Delivery> latest(Connection connection, Mac mac, int limit)
            throws SQLException {
        return Jdbc.list(connection, LATEST, limit, row -> {
            Instant at = Instant.ofEpochMilli(row.getLong(2));
            long lastAt = row.getLong(6);
            Instant last = row.wasNull() ? at : Instant.ofEpochMilli(lastAt);
            return new Delivery(mac, row.getString(1), at, row.getLong(3), row.getString(4),
                    row.getInt(5), last);
        }, mac.hex());
    }

    /**
     * @param read deliveries as the database has them
     * @param pending repeats counted and not written yet
     * @return the deliveries with those repeats added, in the same order
     */
    static List<Delivery> withCounts(List<Delivery> read, List<Repeats.Count<Served>> pending) {
        if (pending.isEmpty()) {
            return read;
        }
        List<Delivery> counted = new ArrayList<>(read.size());
        for (Delivery d : read) {
            int fetches = d.fetches();
            Instant last = d.lastAt();
            for (Repeats.Count<Served> c : pending) {
                if (c.key().fileName().equals(d.fileName())
                        && c.writtenAt() == d.at().toEpochMilli()
                        && ((Content) c.same()).etag().equals(d.etag())) {
                    fetches += c.count();
                    last = last.isAfter(Instant.ofEpochMilli(c.lastAt())) ? last
                            : Instant.ofEpochMilli(c.lastAt());
                }
            }
            counted.add(new Delivery(d.mac(), d.fileName(), d.at(), d.size(), d.etag(),
                    fetches, last));
        }
        return counted;
    }

    /**
     * What a delivery carried: its bytes (by ETag) to the device as it was (by change stamp);
     * a delivery carrying the same is a repeat.
     *
     * @param etag the body's ETag
     * @param stamp the device's change stamp
     */
    record Content(String etag, long stamp) {
    }

    /**
     * A device's file: what repeated deliveries are counted by.
     *
     * @param mac the device
     * @param fileName the file
     */
    record Served(Mac mac, String fileName) {
    }
}
