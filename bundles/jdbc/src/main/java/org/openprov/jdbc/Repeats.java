package org.openprov.jdbc;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * Rows that would say again what the row before them said, counted in memory on that row
 * instead of written: a phone that fetches the same bytes of the same file again, or is
 * answered the same way again, costs no write at the moment of its fetch. Whoever writes the
 * rows takes the counts now and then ({@link #takeCounts}) and adds them to the rows in one
 * transaction.
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

    /** The last row written under a key, and the repeats counted on it since the last take. */
    private static final class Last {
        private final Object same;
        private final long writtenAt;
        private int count;
        private long lastAt;

        Last(Object same, long writtenAt) {
            this.same = same;
            this.writtenAt = writtenAt;
        }
    }

    private final Map<K, Last> last = new ConcurrentHashMap<>();
    /** Counts of rows no longer the last of their key, still to be taken. */
    private final List<Count<K>> left = new ArrayList<>();
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
        Last before = last.get(key);
        if (before == null || !before.same.equals(same) || at - before.writtenAt > maxAgeMillis
                || at < before.writtenAt) {
            return false;
        }
        synchronized (before) {
            before.count++;
            before.lastAt = Math.max(before.lastAt, at);
        }
        return true;
    }

    /**
     * Notes a row written (committed), which the next equal rows repeat.
     *
     * @param key the row's key
     * @param same what it says
     * @param at its time, in milliseconds
     */
    public void written(K key, Object same, long at) {
        if (last.size() >= limit) {
            forgetAll();
        }
        keepCounts(key, last.put(key, new Last(same, at)));
    }

    /** @param which the keys whose rows are gone (a device removed): their counts go too */
    public void forgetIf(Predicate<K> which) {
        last.keySet().removeIf(which);
    }

    /**
     * @return the counts not taken yet, now cleared, in the order their rows were written: rows
     *         are stored in about that order, so a writer that adds the counts in it reads each
     *         of the table's pages once instead of jumping between them
     */
    public List<Count<K>> takeCounts() {
        List<Count<K>> counts;
        synchronized (left) {
            counts = new ArrayList<>(left);
            left.clear();
        }
        for (Map.Entry<K, Last> e : last.entrySet()) {
            Count<K> count = take(e.getKey(), e.getValue());
            if (count != null) {
                counts.add(count);
            }
        }
        counts.sort(Comparator.comparingLong(Count::writtenAt));
        return counts;
    }

    /**
     * @param which the keys to look at
     * @return their counts not taken yet, left in place: what a reader adds to the rows it
     *         reads, so that the console shows the repeats of the last minute too
     */
    public List<Count<K>> pending(Predicate<K> which) {
        List<Count<K>> counts = new ArrayList<>();
        synchronized (left) {
            for (Count<K> count : left) {
                if (which.test(count.key())) {
                    counts.add(count);
                }
            }
        }
        for (Map.Entry<K, Last> e : last.entrySet()) {
            if (which.test(e.getKey())) {
                Last line = e.getValue();
                synchronized (line) {
                    if (line.count > 0) {
                        counts.add(new Count<>(e.getKey(), line.same, line.writtenAt, line.count,
                                line.lastAt));
                    }
                }
            }
        }
        return counts;
    }

    /** @return how many keys are remembered */
    public int size() {
        return last.size();
    }

    private void forgetAll() {
        for (Map.Entry<K, Last> e : last.entrySet()) {
            keepCounts(e.getKey(), e.getValue());
        }
        last.clear();
    }

    private void keepCounts(K key, Last replaced) {
        Count<K> count = replaced == null ? null : take(key, replaced);
        if (count != null) {
            synchronized (left) {
                left.add(count);
            }
        }
    }

    private Count<K> take(K key, Last line) {
        synchronized (line) {
            if (line.count == 0) {
                return null;
            }
            Count<K> count = new Count<>(key, line.same, line.writtenAt, line.count,
                    line.lastAt);
            line.count = 0;
            return count;
        }
    }
}
