package org.openprov.jdbc;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Predicate;

/**
 * Rows that would say again what the row before them said, counted in memory on that row
 * instead of written: a phone that fetches the same bytes of the same file again, or is
 * answered the same way again, costs no write at the moment of its fetch. Whoever writes the
 * rows adds the counts to them now and then ({@link #counted}, a few hundred per transaction).
 *
 * <p>A row is a repeat of the last row written under its key when it says the same (its
 * {@code same} value is equal) and comes at most {@code maxAge} after it. Only rows this
 * process wrote are known: after a restart, or once more than {@code limit} keys were seen,
 * the next row is written anew. Counts not yet taken are lost when the process dies; the rows
 * themselves are not.
 *
 * @param <K> what rows are kept apart by, e.g. a MAC and a file name
 */
public final class Repeats<K> {

    /**
     * Repeats counted on one written row, not yet added to it.
     *
     * @param key the row's key
     * @param same what the row says, which with the key and time finds it
     * @param writtenAt the row's own time, in milliseconds
     * @param count how many repeats
     * @param lastAt the time of the latest, in milliseconds
     */
    public record Count<K>(K key, Object same, long writtenAt, int count, long lastAt) {
    }

    /** A row written, and the repeats counted on it since they were last taken. */
    public static final class Line<K> {
        private final K key;
        private final Object same;
        private final long writtenAt;
        private int count;
        private long lastAt;

        Line(K key, Object same, long writtenAt) {
            this.key = key;
            this.same = same;
            this.writtenAt = writtenAt;
        }

        /** @return the row's time, in milliseconds */
        public long writtenAt() {
            return writtenAt;
        }

        /** @return the repeats counted since the last take, now taken; null when none */
        public synchronized Count<K> take() {
            if (count == 0) {
                return null;
            }
            Count<K> taken = new Count<>(key, same, writtenAt, count, lastAt);
            count = 0;
            return taken;
        }

        /** @return the repeats counted since the last take, left in place; null when none */
        synchronized Count<K> peek() {
            return count == 0 ? null : new Count<>(key, same, writtenAt, count, lastAt);
        }

        synchronized boolean counted() {
            return count > 0;
        }
    }

    private final Map<K, Line<K>> last = new ConcurrentHashMap<>();
    private final LongAdder seen = new LongAdder();
    /** Lines no longer the last of their key whose counts were not taken yet. */
    private final List<Line<K>> left = new ArrayList<>();
    private final int limit;
    private final long maxAgeMillis;

    /**
     * @param limit the most keys remembered; beyond it all are forgotten (counts kept)
     * @param maxAgeMillis how long after a written row equal rows are counted on it, e.g. so
     *        that rows purged by age are not counted on
     */
    public Repeats(int limit, long maxAgeMillis) {
        if (limit < 1 || maxAgeMillis < 0) {
            throw new IllegalArgumentException("limit must be at least 1 and maxAgeMillis at"
                    + " least 0: " + limit + ", " + maxAgeMillis);
        }
        this.limit = limit;
        this.maxAgeMillis = maxAgeMillis;
    }

    /**
     * Counts a row as a repeat, if it is one.
     *
     * @param key the row's key
     * @param same what the row says, compared with {@code equals}
     * @param at its time, in milliseconds
     * @return true if it was counted and needs no write; false if it must be written (then
     *         call {@link #written} once it is)
     */
    public boolean repeat(K key, Object same, long at) {
        Line<K> before = last.get(key);
        if (before == null || !before.same.equals(same) || at - before.writtenAt > maxAgeMillis
                || at < before.writtenAt) {
            return false;
        }
        synchronized (before) {
            before.count++;
            before.lastAt = Math.max(before.lastAt, at);
        }
        seen.increment();
        return true;
    }

    /**
     * @return how many rows were seen since this was made, in all: counted as repeats, or
     *         written; how busy the writer's phones are
     */
    public long seen() {
        return seen.sum();
    }

    /**
     * Notes a row written (committed), which the next equal rows repeat.
     *
     * @param key the row's key
     * @param same what it says
     * @param at its time, in milliseconds
     */
    public void written(K key, Object same, long at) {
        seen.increment();
        if (last.size() >= limit) {
            forgetAll();
        }
        keepCounts(last.put(key, new Line<>(key, same, at)));
    }

    /** @param which the keys whose rows are gone (a device removed): their counts go too */
    public void forgetIf(Predicate<K> which) {
        last.keySet().removeIf(which);
        synchronized (left) {
            left.removeIf(line -> which.test(line.key));
        }
    }

    /**
     * The lines whose counts are to be written, in the order their rows were written: rows are
     * stored in about that order, so a writer that adds the counts in it reads each of the
     * table's pages once instead of jumping between them. The writer takes each line's count
     * ({@link Line#take}) as it writes it, a few hundred at a time: a fleet's counts are never
     * all copied at once, and those not written yet stay in {@link #pending}.
     *
     * @return the lines with counts, now no longer held as replaced lines
     */
    public List<Line<K>> counted() {
        List<Line<K>> lines;
        synchronized (left) {
            lines = new ArrayList<>(left);
            left.clear();
        }
        for (Line<K> line : last.values()) {
            if (line.counted()) {
                lines.add(line);
            }
        }
        lines.sort(Comparator.comparingLong(Line::writtenAt));
        return lines;
    }

    /** @return the counts not taken yet, now taken, in the order of {@link #counted} */
    public List<Count<K>> takeCounts() {
        return take(counted());
    }

    /**
     * @param lines lines from {@link #counted}
     * @return their counts, now taken (lines counted by nobody since are left out)
     */
    public static <K> List<Count<K>> take(List<Line<K>> lines) {
        List<Count<K>> counts = new ArrayList<>(lines.size());
        for (Line<K> line : lines) {
            Count<K> count = line.take();
            if (count != null) {
                counts.add(count);
            }
        }
        return counts;
    }

    /**
     * @param which the keys to look at
     * @return their counts not taken yet, left in place: what a reader adds to the rows it
     *         reads, so that the console shows the repeats not written yet too
     */
    public List<Count<K>> pending(Predicate<K> which) {
        List<Count<K>> counts = new ArrayList<>();
        List<Line<K>> replaced;
        synchronized (left) {
            replaced = new ArrayList<>(left);
        }
        for (Line<K> line : replaced) {
            add(counts, line, which);
        }
        for (Line<K> line : last.values()) {
            add(counts, line, which);
        }
        return counts;
    }

    private static <K> void add(List<Count<K>> counts, Line<K> line, Predicate<K> which) {
        if (which.test(line.key)) {
            Count<K> count = line.peek();
            if (count != null) {
                counts.add(count);
            }
        }
    }

    /** @return how many keys are remembered */
    public int size() {
        return last.size();
    }

    private void forgetAll() {
        for (Line<K> line : last.values()) {
            keepCounts(line);
        }
        last.clear();
    }

    private void keepCounts(Line<K> replaced) {
        if (replaced != null && replaced.counted()) {
            synchronized (left) {
                left.add(replaced);
            }
        }
    }
}
