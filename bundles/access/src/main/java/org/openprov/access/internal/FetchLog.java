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
import org.openprov.jdbc.Repeats;
import org.openprov.jdbc.Transactions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The fetch audit in the table {@code fetch_event}: a queue phones' requests drop their lines in
 * without waiting, and one thread that writes them in batches. The queue is bounded: under a
 * flood the lines beyond it are dropped and counted, never the phones' answers delayed. So a
 * {@code kill -9} loses the lines of the last moment (at most a batch interval); deliveries and
 * the billing facts are the registry's, written before the phone is answered.
 *
 * <p>A line that says what the last line of the same device and file said (same source, same
 * status, same reason), within the hour, is not written: it is counted on that line, and the
 * counts are written once a minute. A phone that asks again and again for its unchanged file
 * leaves one line with its count and latest time; a {@code kill -9} loses at most the last
 * minute's counts.
 */
final class FetchLog {

    private static final Logger LOG = LoggerFactory.getLogger(FetchLog.class);
    /** Lines waiting at most. */
    static final int CAPACITY = 20_000;
    private static final int BATCH = 1000;
    /** Device files whose last line is remembered, at most. */
    private static final int REMEMBERED = 200_000;
    /** How long after a line the same lines are counted on it. */
    static final long REPEAT_MILLIS = 3_600_000;
    /** How often the counts are written. */
    static final long COUNT_MILLIS = 60_000;
    /** Counts written in one transaction at most. */
    private static final int COUNT_CHUNK = 500;

    private record Line(Mac mac, FetchEvent event) {

        File file() {
            return new File(mac, event.fileName());
        }

        /** What a repeat says the same. */
        String same() {
            return event.source() + '\n' + event.status() + '\n' + event.how();
        }
    }

    /** A device's file, which the repeats are counted by. */
    private record File(Mac mac, String fileName) {
    }

    private final Transactions transactions;
    private final BlockingQueue<Line> queue = new ArrayBlockingQueue<>(CAPACITY);
    private final AtomicLong dropped = new AtomicLong();
    private final Repeats<File> repeats = new Repeats<>(REMEMBERED, REPEAT_MILLIS);
    private long countedAt = System.currentTimeMillis();

    FetchLog(Transactions transactions) {
        this.transactions = transactions;
    }

    /** Counts a line as a repeat, or queues it; drops it when the queue is full. */
    void add(Mac mac, FetchEvent event) {
        Line line = new Line(mac, event);
        if (repeats.repeat(line.file(), line.same(), event.at().toEpochMilli())) {
            return;
        }
        if (!queue.offer(line)) {
            dropped.incrementAndGet();
        }
    }

    /**
     * Writes what waits, up to a batch, waiting at most {@code wait} for a first line.
     *
     * @return how many lines were written
     */
    int flush(Duration wait) throws InterruptedException {
        if (System.currentTimeMillis() - countedAt >= COUNT_MILLIS) {
            writeCounts();
        }
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
                    e.status(), JdbcCredentials.clip(e.how(), 200), e.at().toEpochMilli()});
        }
        try {
            transactions.runRetrying(c -> {
                Jdbc.batch(c, "INSERT INTO fetch_event (mac, fetched_at, source, file_name,"
                        + " status, how, last_at) VALUES (?, ?, ?, ?, ?, ?, ?)", rows);
                return null;
            }, 3);
            for (Line line : lines) {
                repeats.written(line.file(), line.same(), line.event().at().toEpochMilli());
            }
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

    /** Writes everything that waits, e.g. before the bundle stops, and the counts. */
    void drain() throws InterruptedException {
        while (!queue.isEmpty()) {
            flush(Duration.ZERO);
        }
        writeCounts();
    }

    /** Adds the repeats counted so far to their lines; a failure loses only counts. */
    void writeCounts() {
        countedAt = System.currentTimeMillis();
        List<Repeats.Count<File>> counts = repeats.takeCounts();
        if (counts.isEmpty()) {
            return;
        }
        List<Object[]> rows = new ArrayList<>(counts.size());
        for (Repeats.Count<File> count : counts) {
            rows.add(new Object[] {count.count(), count.lastAt(), count.lastAt(),
                count.key().mac().hex(), count.writtenAt(),
                JdbcCredentials.clip(count.key().fileName(), 255)});
        }
        // In transactions of a few hundred rows: a large fleet's minute of counts in one would
        // lock the whole table.
        for (int from = 0; from < rows.size(); from += COUNT_CHUNK) {
            List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + COUNT_CHUNK));
            try {
                transactions.runRetrying(c -> Jdbc.updateEach(c, "UPDATE fetch_event SET"
                        + " repeats = repeats + ?, last_at = CASE WHEN last_at < ? THEN ?"
                        + " ELSE last_at END WHERE mac = ? AND fetched_at = ? AND file_name = ?",
                        chunk), 3);
            } catch (SQLException e) {
                LOG.warn("{} count(s) of repeated fetch audit lines could not be written: {}",
                        chunk.size(), e.getMessage());
            }
        }
    }

    /**
     * @param mac a device
     * @param limit the most lines
     * @return its newest lines, the newest first
     */
    List<FetchEvent> lines(Mac mac, int limit) throws SQLException {
        List<FetchEvent> read = transactions.run(c -> Jdbc.list(c, "SELECT fetched_at, source, file_name, status,"
                + " how, repeats, last_at FROM fetch_event WHERE mac = ?"
                + " ORDER BY fetched_at DESC, id DESC", limit,
                row -> new FetchEvent(Instant.ofEpochMilli(row.getLong(1)), row.getString(2),
                        row.getString(3), row.getInt(4), row.getString(5), row.getInt(6),
                        Instant.ofEpochMilli(row.getLong(7))), mac.hex()));
        List<Repeats.Count<File>> pending = repeats.pending(file -> file.mac().equals(mac));
        if (pending.isEmpty()) {
            return read;
        }
        // The repeats of the last minute, not written yet, are shown all the same.
        List<FetchEvent> counted = new ArrayList<>(read.size());
        for (FetchEvent e : read) {
            int repeated = e.repeats();
            long last = e.lastAt().toEpochMilli();
            for (Repeats.Count<File> c : pending) {
                if (c.key().fileName().equals(e.fileName())
                        && c.writtenAt() == e.at().toEpochMilli()) {
                    repeated += c.count();
                    last = Math.max(last, c.lastAt());
                }
            }
            counted.add(new FetchEvent(e.at(), e.source(), e.fileName(), e.status(), e.how(),
                    repeated, Instant.ofEpochMilli(last)));
        }
        return counted;
    }

    /** Deletes lines older than the given time. */
    int purge(Instant before) throws SQLException {
        return transactions.run(c -> Jdbc.update(c, "DELETE FROM fetch_event WHERE fetched_at < ?",
                before.toEpochMilli()));
    }
}
