package org.openprov.jdbc;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * Values read from a database that only this process changes, kept in memory until this process
 * changes them: a phone's fetch then asks memory, not the database, whether its device or the
 * templates changed since its file was made.
 *
 * <p>Only for a database no other process can write (Apache Derby embedded, see
 * {@link Transactions#embedded}); where nodes share a database each read goes to it. Whoever
 * writes calls {@link #changed} or {@link #changedAll} after the write committed (or failed)
 * and before telling anyone it is done, so the first read after a console command returns
 * reads the database again. A read that overlaps a change keeps nothing: every change counts a
 * generation, and a value read while the generation moved is not kept.
 *
 * @param <K> the key, e.g. a MAC
 * @param <V> the value read; null (nothing found) is kept as well
 */
public final class KeptReads<K, V> {

    private static final Object NOTHING = new Object();

    private final Map<K, Object> kept = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();
    private final int limit;

    /**
     * @param limit the most values kept; beyond it all are dropped and kept again as read, so
     *        a scan of unknown keys cannot fill the heap
     */
    public KeptReads(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1: " + limit);
        }
        this.limit = limit;
    }

    /**
     * @param key what to read
     * @param read reads the value from the database; may return null
     * @return the value kept, or the one just read
     */
    @SuppressWarnings("unchecked")
    public V get(K key, Function<K, V> read) {
        Object value = kept.get(key);
        if (value != null) {
            return value == NOTHING ? null : (V) value;
        }
        long before = generation.get();
        V fresh = read.apply(key);
        if (generation.get() == before) {
            if (kept.size() >= limit) {
                kept.clear();
            }
            kept.put(key, fresh == null ? NOTHING : fresh);
            // A change between the check and the put may have found nothing to drop yet.
            if (generation.get() != before) {
                kept.remove(key);
            }
        }
        return fresh;
    }

    /** @param key what this process changed: read from the database next time */
    public void changed(K key) {
        generation.incrementAndGet();
        kept.remove(key);
    }

    /** Something changed that any key may depend on: read everything again. */
    public void changedAll() {
        generation.incrementAndGet();
        kept.clear();
    }

    /** @return how many values are kept */
    public int size() {
        return kept.size();
    }
}
