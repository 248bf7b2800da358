package org.openprov.access.internal;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.openprov.api.access.FetchEvent;
import org.openprov.api.registry.Mac;
import org.openprov.jdbc.CountSchedule;
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
 * <p>A line that says what a line written within the hour said (same device and file, same
 * source, status and reason) is not written: it is counted on that line, and the counts are
 * written every five minutes. A phone that asks again and again for its unchanged file leaves one
 * line per answer it gets (in the password mode the 401 that starts Digest, and the 200), each
 * with its count and latest time; equal lines of one batch (phones asking at the same moment)
 * are one line too. While lines come heavily ({@link #BUSY_PER_SECOND}) the write of the
 * counts waits for a quieter moment, half an hour at most. A {@code kill -9} loses the counts
 * not written yet.
 */
final class FetchLog {

    private static final Logger LOG = LoggerFactory.getLogger(FetchLog.class);
    /** Lines waiting at most. */
    static final int CAPACITY = 20_000;
    private static final int BATCH = 1000;
    /** Different lines remembered, at most. */
    private static final int REMEMBERED = 200_000;
    /** How long after a line the same lines are counted on it. */
    static final long REPEAT_MILLIS = 3_600_000;
    /** How often the counts are written. */
    static final long COUNT_MILLIS = 300_000;
    /** How long counts are put off at most while phones are answered the same heavily. */
    static final long COUNT_LONGEST_MILLIS = 1_800_000;
    /** Rows a second (repeats or written) from which the counts wait for a quieter moment. */
    static final long BUSY_PER_SECOND = 1000;
    /** Counts written in one transaction at most. */
    private static final int COUNT_CHUNK = 500;
    /** The pause between chunks of counts. */
    private static final long COUNT_PAUSE_MILLIS = 5;

    private record Line(Mac mac, FetchEvent event) {

        Said said() {
            return new Said(mac, JdbcCredentials.clip(event.fileName(), 255),
                    JdbcCredentials.clip(event.source(), 64), event.status(),
                    JdbcCredentials.clip(event.how(), 200));
        }
    }

    /**
     * What a line says, as stored: lines that say the same are counted on one, which these
     * columns (with its time) find.
     */
    private record Said(Mac mac, String fileName, String source, int status, String how) {
    }

    /** Equal lines of one batch: the first, how many more, and the time of the latest. */
    private static final class Group {
        private final long firstAt;
        private int more;
        private long lastAt;

        Group(long at) {
            this.firstAt = at;
            this.lastAt = at;
        }
    }

    private final Transactions transactions;
    private final BlockingQueue<Line> queue = new ArrayBlockingQueue<>(CAPACITY);
    private final AtomicLong dropped = new AtomicLong();
    private final Repeats<Said> repeats = new Repeats<>(REMEMBERED, REPEAT_MILLIS);
    private final CountSchedule schedule = new CountSchedule(COUNT_MILLIS, COUNT_LONGEST_MILLIS,
            BUSY_PER_SECOND, System.currentTimeMillis());

    FetchLog(Transactions transactions) {
        this.transactions = transactions;
    }

    /** Counts a line as a repeat, or queues it; drops it when the queue is full. */
    void add(Mac mac, FetchEvent event) {
        Line line = new Line(mac, event);
        if (repeats.repeat(line.said(), Boolean.TRUE, event.at().toEpochMilli())) {
            return;
        }
        if (!queue.offer(line)) {
            dropped.incrementAndGet();
        }
    }

    /**
     * Writes what waits, up to a batch, waiting at most {@code wait} for a first line.
     *
     * @return how many lines were taken from the queue
     */
    int flush(Duration wait) throws InterruptedException {
        if (schedule.due(System.currentTimeMillis(), repeats.seen())) {
            writeCounts();
        }
        List<Line> lines = new ArrayList<>();
        Line first = queue.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
        if (first == null) {
            return 0;
        }
        lines.add(first);
        queue.drainTo(lines, BATCH - 1);
        Map<Said, Group> groups = new LinkedHashMap<>();
        for (Line line : lines) {
            Said said = line.said();
            long at = line.event().at().toEpochMilli();
            // Written since it was queued (by an earlier batch): counted on that line.
            if (repeats.repeat(said, Boolean.TRUE, at)) {
                continue;
            }
            Group group = groups.get(said);
            if (group == null) {
                groups.put(said, new Group(at));
            } else {
                group.more++;
                group.lastAt = Math.max(group.lastAt, at);
            }
        }
        insert(groups);
        long lost = dropped.getAndSet(0);
        if (lost > 0) {
            LOG.warn("{} line(s) of the fetch audit were dropped: more fetches than the audit"
                    + " could write", lost);
        }
        return lines.size();
    }

    /** One row for each group; once committed, later equal lines are counted on it. */
    private void insert(Map<Said, Group> groups) {
        if (groups.isEmpty()) {
            return;
        }
        List<Object[]> rows = new ArrayList<>(groups.size());
        for (Map.Entry<Said, Group> e : groups.entrySet()) {
            Said s = e.getKey();
            Group g = e.getValue();
            rows.add(new Object[] {s.mac().hex(), g.firstAt, s.source(), s.fileName(),
                s.status(), s.how(), g.lastAt, g.more});
        }
        try {
            transactions.runRetrying(c -> {
                Jdbc.batch(c, "INSERT INTO fetch_event (mac, fetched_at, source, file_name,"
                        + " status, how, last_at, repeats) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                        rows);
                return null;
            }, 3);
            for (Map.Entry<Said, Group> e : groups.entrySet()) {
                repeats.written(e.getKey(), Boolean.TRUE, e.getValue().firstAt);
            }
        } catch (SQLException e) {
            dropped.addAndGet(rows.size());
            LOG.warn("{} line(s) of the fetch audit could not be written: {}", rows.size(),
                    e.getMessage());
        }
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
        schedule.written(System.currentTimeMillis());
        List<Repeats.Line<Said>> lines = repeats.counted();
        // In transactions of a few hundred rows (a large fleet's counts in one would lock the
        // whole table), each chunk's counts taken as it is written, with a short pause between
        // chunks, so a fleet's counts are written over seconds rather than in one burst.
        for (int from = 0; from < lines.size(); from += COUNT_CHUNK) {
            if (from > 0 && !Thread.currentThread().isInterrupted()) {
                try {
                    Thread.sleep(COUNT_PAUSE_MILLIS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt(); // stopping: the rest at once
                }
            }
            List<Object[]> chunk = new ArrayList<>(COUNT_CHUNK);
            for (Repeats.Count<Said> count : Repeats.take(lines.subList(from,
                    Math.min(lines.size(), from + COUNT_CHUNK)))) {
                Said s = count.key();
                chunk.add(new Object[] {count.count(), count.lastAt(), count.lastAt(),
                    s.mac().hex(), count.writtenAt(), s.fileName(), s.source(), s.status(),
                    s.how()});
            }
            try {
                transactions.runRetrying(c -> Jdbc.updateEach(c, "UPDATE fetch_event SET"
                        + " repeats = repeats + ?, last_at = CASE WHEN last_at < ? THEN ?"
                        + " ELSE last_at END WHERE mac = ? AND fetched_at = ? AND file_name = ?"
                        + " AND source = ? AND status = ? AND how = ?", chunk), 3);
            } catch (SQLException e) {
                LOG.warn("{} count(s) of repeated fetch audit lines could not be written: {}",
                        chunk.size(), e.getMessage());
            }
        }
    }

    /**
     * @param mac a device
     * @param limit the most lines
     * @return its newest lines, the newest first, with the repeats counted and not written yet
     */
    List<FetchEvent> lines(Mac mac, int limit) throws SQLException {
        List<FetchEvent> read = transactions.run(c -> Jdbc.list(c, "SELECT fetched_at, source,"
                + " file_name, status, how, repeats, last_at FROM fetch_event WHERE mac = ?"
                + " ORDER BY fetched_at DESC, id DESC", limit,
                row -> new FetchEvent(Instant.ofEpochMilli(row.getLong(1)), row.getString(2),
                        row.getString(3), row.getInt(4), row.getString(5), row.getInt(6),
                        Instant.ofEpochMilli(row.getLong(7))), mac.hex()));
        List<Repeats.Count<Said>> pending = repeats.pending(said -> said.mac().equals(mac));
        if (pending.isEmpty()) {
            return read;
        }
        List<FetchEvent> counted = new ArrayList<>(read.size());
        for (FetchEvent e : read) {
            int repeated = e.repeats();
            long last = e.lastAt().toEpochMilli();
            Said said = new Line(mac, e).said();
            for (Repeats.Count<Said> c : pending) {
                if (c.key().equals(said) && c.writtenAt() == e.at().toEpochMilli()) {
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
