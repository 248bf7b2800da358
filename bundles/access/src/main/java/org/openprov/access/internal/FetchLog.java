package org.openprov.access.internal;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.openprov.api.access.FetchEvent;
import org.openprov.api.registry.Mac;
import org.openprov.jdbc.Jdbc;
import org.openprov.jdbc.Transactions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The fetch audit in the table {@code fetch_event}: a queue phones' requests drop their lines in
 * without waiting, and one thread that writes them in batches. The queue is bounded: under a
 * flood the lines beyond it are dropped and counted, never the phones' answers delayed. So a
 * {@code kill -9} loses the lines of the last moment (at most a batch interval); deliveries and
 * the billing facts are the registry's, written before the phone is answered.
 */
final class FetchLog {

    private static final Logger LOG = LoggerFactory.getLogger(FetchLog.class);
    /** Lines waiting at most. */
    static final int CAPACITY = 20_000;
    private static final int BATCH = 1000;

    private record Line(Mac mac, FetchEvent event) {
    }

    private final Transactions transactions;
    private final BlockingQueue<Line> queue = new ArrayBlockingQueue<>(CAPACITY);
    private final AtomicLong dropped = new AtomicLong();

    FetchLog(Transactions transactions) {
        this.transactions = transactions;
    }

    /** Queues a line; drops it when the queue is full. */
    void add(Mac mac, FetchEvent event) {
        if (!queue.offer(new Line(mac, event))) {
            dropped.incrementAndGet();
        }
    }

    /**
     * Writes what waits, up to a batch, waiting at most {@code wait} for a first line.
     *
     * @return how many lines were written
     */
    int flush(Duration wait) throws InterruptedException {
        List<Line> lines = new ArrayList<>();
        Line first = queue.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
        if (first == null) {
            return 0;
        }
        lines.add(first);
        queue.drainTo(lines, BATCH - 1);
        List<Object[]> rows = new ArrayList<>(lines.size());
        for (Line line : lines) {
            FetchEvent e = line.event();
            rows.add(new Object[] {line.mac().hex(), e.at().toEpochMilli(),
                    JdbcCredentials.clip(e.source(), 64), JdbcCredentials.clip(e.fileName(), 255),
                    e.status(), JdbcCredentials.clip(e.how(), 200)});
        }
        try {
            transactions.runRetrying(c -> {
                Jdbc.batch(c, "INSERT INTO fetch_event (mac, fetched_at, source, file_name, status, how)"
                        + " VALUES (?, ?, ?, ?, ?, ?)", rows);
                return null;
            }, 3);
        } catch (SQLException e) {
            dropped.addAndGet(lines.size());
            LOG.warn("{} line(s) of the fetch audit could not be written: {}", lines.size(),
                    e.getMessage());
        }
        long lost = dropped.getAndSet(0);
        if (lost > 0) {
            LOG.warn("{} line(s) of the fetch audit were dropped: more fetches than the audit"
                    + " could write", lost);
        }
        return lines.size();
    }

    /** Writes everything that waits, e.g. before the bundle stops. */
    void drain() throws InterruptedException {
        while (!queue.isEmpty()) {
            flush(Duration.ZERO);
        }
    }

    /**
     * @param mac a device
     * @param limit the most lines
     * @return its newest lines, the newest first
     */
    List<FetchEvent> lines(Mac mac, int limit) throws SQLException {
        return transactions.run(c -> Jdbc.list(c, "SELECT fetched_at, source, file_name, status, how"
                + " FROM fetch_event WHERE mac = ? ORDER BY fetched_at DESC, id DESC", limit,
                row -> new FetchEvent(Instant.ofEpochMilli(row.getLong(1)), row.getString(2),
                        row.getString(3), row.getInt(4), row.getString(5)), mac.hex()));
    }

    /** Deletes lines older than the given time. */
    int purge(Instant before) throws SQLException {
        return transactions.run(c -> Jdbc.update(c, "DELETE FROM fetch_event WHERE fetched_at < ?",
                before.toEpochMilli()));
    }
}
