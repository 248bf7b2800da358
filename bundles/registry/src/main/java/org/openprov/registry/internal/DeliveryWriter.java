package org.openprov.registry.internal;

import java.sql.SQLException;
import java.sql.SQLTransientException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.openprov.api.registry.Delivery;
import org.openprov.api.registry.Mac;
import org.openprov.jdbc.CountSchedule;
import org.openprov.jdbc.Repeats;
import org.openprov.jdbc.Transactions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes what fetches leave behind in groups: every delivery, and every served file to keep,
 * waiting when the writer is free goes into one transaction, so a boot storm costs one commit
 * (one flush of the database log) per group instead of one or two per phone. A caller still
 * returns only once its own write is committed, so nothing a phone received is lost when the
 * process dies, and the first delivery of a device is still decided by the database.
 *
 * <p>A delivery of the bytes the device's last recorded delivery of that file carried (same
 * ETag, device unchanged since) is a repeat: it is counted in memory on that delivery and
 * written with other counts every five minutes, so a phone asking again for an unchanged file
 * costs no write (and a fleet that asks every few seconds, a few writes per device per hour).
 * While phones fetch heavily ({@link #BUSY_PER_SECOND}) the write of the counts waits for a
 * quieter moment, half an hour at most. A {@code kill -9} loses the counts not written yet,
 * never a delivery of content the device had not received before.
 */
final class DeliveryWriter implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DeliveryWriter.class);
    /** Writes in one transaction at most. */
    private static final int MAX_GROUP = 256;
    /** Writes waiting at most; a caller beyond waits for room, then fails. */
    private static final int MAX_WAITING = 10_000;
    private static final long WAIT_SECONDS = 30;
    /** How often a group that collided with other writers is tried. */
    private static final int ATTEMPTS = 5;
    /** How often counted repeats are written. */
    static final long COUNT_MILLIS = 300_000;
    /** How long counts are put off at most while phones fetch heavily. */
    static final long COUNT_LONGEST_MILLIS = 1_800_000;
    /** Rows a second (repeats or written) from which the counts wait for a quieter moment. */
    static final long BUSY_PER_SECOND = 1000;
    /**
     * Counts written in one transaction at most, between groups of deliveries: five minutes of a
     * storm's repeats must neither hold new deliveries back nor take so many row locks that
     * the database locks the whole table.
     */
    private static final int COUNT_CHUNK = 200;
    /** Device files whose last delivery is remembered, at most. */
    private static final int REMEMBERED = 400_000;

    private final Transactions transactions;
    private final BlockingQueue<Pending> waiting = new LinkedBlockingQueue<>(MAX_WAITING);
    private final Thread worker;
    private final Repeats<Deliveries.Served> repeats = new Repeats<>(REMEMBERED,
            Long.MAX_VALUE);
    /** The first deliveries of new content being written now, by device file. */
    private final Map<Deliveries.Served, Writing> writing = new ConcurrentHashMap<>();
    private volatile boolean open = true;
    private volatile CountSchedule schedule = new CountSchedule(COUNT_MILLIS,
            COUNT_LONGEST_MILLIS, BUSY_PER_SECOND, System.currentTimeMillis());
    /**
     * Counts taken and not all written yet: the writer's thread alone changes these two;
     * {@link #pending} reads them.
     */
    /** The lines whose counts are being written, a chunk at a time. */
    private volatile List<Repeats.Line<Deliveries.Served>> counting = List.of();
    private volatile int countedUpTo;

    /**
     * A write and the caller waiting for it.
     *
     * @param delivery a delivery to record, or null
     * @param file a served file to keep, or null
     * @param done completed with whether the delivery was the device's first (false for a file)
     */
    private record Pending(Delivery delivery, ServedFiles.Kept file,
            CompletableFuture<Boolean> done) {
    }

    /**
     * A delivery of new content being written, which equal deliveries wait for.
     *
     * @param same the content
     * @param done completed once the write ended, committed or not
     */
    private record Writing(Deliveries.Content same, CompletableFuture<Void> done) {
    }

    DeliveryWriter(Transactions transactions) {
        this.transactions = transactions;
        this.worker = new Thread(this::loop, "openprov-deliveries");
        worker.setDaemon(true);
        worker.start();
    }

    /**
     * @param delivery what a phone received
     * @param stamp the device's change stamp now: a device removed and added again, on any
     *        node, has another, so its deliveries are never taken for the old one's repeats
     * @return whether it was the device's first delivery
     * @throws SQLException when it could not be written (an unknown MAC: a foreign key failure)
     */
    boolean record(Delivery delivery, long stamp) throws SQLException {
        if (delivery.etag() == null) {
            return await(new Pending(delivery, null, new CompletableFuture<>()));
        }
        Deliveries.Served file = new Deliveries.Served(delivery.mac(), delivery.fileName());
        Deliveries.Content same = new Deliveries.Content(delivery.etag(), stamp);
        long at = delivery.at().toEpochMilli();
        if (repeats.repeat(file, same, at)) {
            return false;
        }
        // Phones asking for the same new bytes at once: one writes the delivery, the others
        // wait for its commit and are counted on it, so the content has one delivery.
        Writing mine = new Writing(same, new CompletableFuture<>());
        Writing other = writing.putIfAbsent(file, mine);
        if (other != null) {
            if (other.same().equals(same) && awaitQuietly(other)
                    && repeats.repeat(file, same, at)) {
                return false;
            }
            return await(new Pending(delivery, null, new CompletableFuture<>()));
        }
        try {
            boolean first = await(new Pending(delivery, null, new CompletableFuture<>()));
            repeats.written(file, same, at);
            return first;
        } finally {
            writing.remove(file, mine);
            mine.done().complete(null);
        }
    }

    /** @return whether the other write ended (committed or not) in time */
    private static boolean awaitQuietly(Writing other) {
        try {
            other.done().get(WAIT_SECONDS, TimeUnit.SECONDS);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException | TimeoutException e) {
            return false;
        }
    }

    /**
     * @param file the file a device received, to keep in place of the one before
     * @throws SQLException when it could not be written
     */
    void keep(ServedFiles.Kept file) throws SQLException {
        await(new Pending(null, file, new CompletableFuture<>()));
    }

    private boolean await(Pending pending) throws SQLException {
        try {
            if (!open || !waiting.offer(pending, WAIT_SECONDS, TimeUnit.SECONDS)) {
                throw new SQLTransientException("The delivery writer is closed or full");
            }
            return pending.done.get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLTransientException("Interrupted while the delivery was written", e);
        } catch (TimeoutException e) {
            throw new SQLTransientException("The delivery was not written in time", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof SQLException sql ? sql
                    : new SQLException("The delivery could not be written", e.getCause());
        }
    }

    private void loop() {
        List<Pending> group = new ArrayList<>(MAX_GROUP);
        while (open) {
            try {
                if (countedUpTo >= counting.size()
                        && schedule.due(System.currentTimeMillis(), repeats.seen())) {
                    schedule.written(System.currentTimeMillis());
                    counting = repeats.counted();
                    countedUpTo = 0;
                }
                boolean counts = countedUpTo < counting.size();
                // Between chunks of counts a short pause: the counts of a large fleet are
                // written over seconds, beside the deliveries, not in one burst.
                Pending next = waiting.poll(counts ? 5 : 100, TimeUnit.MILLISECONDS);
                if (counts) {
                    int end = Math.min(counting.size(), countedUpTo + COUNT_CHUNK);
                    writeCounts(Repeats.take(counting.subList(countedUpTo, end)));
                    countedUpTo = end;
                    if (end == counting.size()) {
                        counting = List.of(); // written: the fleet's counts need not stay
                    }
                }
                if (next == null) {
                    continue;
                }
                group.add(next);
                waiting.drainTo(group, MAX_GROUP - 1);
                write(group);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                group.forEach(p -> p.done.completeExceptionally(e));
                LOG.warn("Deliveries could not be written: {}", e.getMessage(), e);
            } finally {
                group.clear();
            }
        }
    }

    /** One transaction for the group; if it fails, each on its own, so one bad one fails alone. */
    private void write(List<Pending> group) {
        List<Delivery> deliveries = new ArrayList<>(group.size());
        List<ServedFiles.Kept> files = new ArrayList<>();
        for (Pending p : group) {
            if (p.delivery != null) {
                deliveries.add(p.delivery);
            } else {
                files.add(p.file);
            }
        }
        try {
            List<Boolean> firsts = transactions.runRetrying(c -> {
                List<Boolean> results = Deliveries.record(c, deliveries);
                ServedFiles.keep(c, files);
                return results;
            }, ATTEMPTS);
            int next = 0;
            for (Pending p : group) {
                p.done.complete(p.delivery != null && firsts.get(next++));
            }
        } catch (SQLException e) {
            if (group.size() == 1) {
                group.get(0).done.completeExceptionally(e);
                return;
            }
            for (Pending p : group) {
                write(List.of(p));
            }
        }
    }

    /** Adds the repeats counted so far to their deliveries, at once; once stopped. */
    private void writeCounts() {
        List<Repeats.Line<Deliveries.Served>> lines = new ArrayList<>(
                counting.subList(Math.min(countedUpTo, counting.size()), counting.size()));
        counting = List.of();
        lines.addAll(repeats.counted());
        for (int from = 0; from < lines.size(); from += COUNT_CHUNK) {
            writeCounts(Repeats.take(lines.subList(from, Math.min(lines.size(),
                    from + COUNT_CHUNK))));
        }
    }

    /**
     * @param mac a device
     * @return its repeats counted and not written yet, which its deliveries read from the
     *         database lack
     */
    List<Repeats.Count<Deliveries.Served>> pending(Mac mac) {
        // Counts are taken a chunk at a time as they are written: the rest are still there.
        return repeats.pending(file -> file.mac().equals(mac));
    }

    /**
     * @param mac a device removed: its deliveries are gone, so nothing repeats them (the
     *        change stamp tells a device added again apart too, unless it is the same
     *        millisecond)
     */
    void forget(Mac mac) {
        repeats.forgetIf(file -> file.mac().equals(mac));
    }

    /** @param millis how often counted repeats are written from now on; for tests */
    void countEvery(long millis) {
        schedule = new CountSchedule(millis, Math.max(millis, COUNT_LONGEST_MILLIS),
                BUSY_PER_SECOND, System.currentTimeMillis());
    }

    /** Adds repeats to their deliveries in one transaction; a failure loses only counts. */
    private void writeCounts(List<Repeats.Count<Deliveries.Served>> counts) {
        try {
            transactions.runRetrying(c -> {
                Deliveries.count(c, counts);
                return null;
            }, ATTEMPTS);
        } catch (SQLException | RuntimeException e) {
            LOG.warn("{} count(s) of repeated deliveries could not be written: {}",
                    counts.size(), e.getMessage());
        }
    }

    /**
     * Stops taking writes; those still waiting fail, so no caller waits for nothing. The
     * repeats counted so far are written.
     */
    @Override
    public void close() {
        open = false;
        worker.interrupt();
        try {
            worker.join(TimeUnit.SECONDS.toMillis(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        writeCounts();
        List<Pending> left = new ArrayList<>();
        waiting.drainTo(left);
        left.forEach(p -> p.done.completeExceptionally(
                new SQLTransientException("The device registry stopped")));
    }
}
