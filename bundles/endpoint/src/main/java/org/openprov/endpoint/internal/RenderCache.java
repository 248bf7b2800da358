package org.openprov.endpoint.internal;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.openprov.api.generator.ConfigGenerator;
import org.openprov.api.registry.Mac;

/**
 * The files last rendered for devices, so that a fetch of an unchanged device costs one small
 * query instead of reading the device, resolving its templates and rendering it again.
 *
 * <p>An entry is used only while everything it was made from is unchanged: the device's change
 * stamp, the templates' version, the same set of generators, and for at most {@link #TTL_MILLIS}
 * (a time zone's rule, which generators read at render time, is the one input with no stamp).
 * Stamps are read before rendering, so a change that commits meanwhile leaves an entry that the
 * next fetch finds stale.
 *
 * <p>The cache is bounded by an estimate of the memory its entries hold, not by their number:
 * a fleet of a hundred thousand phones fits in a few hundred megabytes, and a small heap keeps
 * fewer. When full, about a tenth of it is dropped; which entries does not matter for
 * correctness.
 */
final class RenderCache {

    /** An entry is rendered again after ten minutes at the latest. */
    static final long TTL_MILLIS = 10 * 60 * 1000L;
    /** The share of the heap the cache may hold: an eighth of the maximum. */
    static final int HEAP_SHARE = 8;
    /**
     * What an entry holds besides its body and key, estimated: the answer with its ETag and
     * reason, the stamp, the flags and the map's own node (the device itself is not kept).
     */
    static final int ENTRY_OVERHEAD = 512;

    /**
     * The inputs an entry was made from.
     *
     * @param deviceStamp the device's change stamp
     * @param configVersion the templates' version
     * @param generators the generator list in force (compared by identity)
     */
    record Stamp(long deviceStamp, long configVersion, List<ConfigGenerator> generators) {

        boolean sameAs(Stamp other) {
            return deviceStamp == other.deviceStamp && configVersion == other.configVersion
                    && generators == other.generators;
        }
    }

    /**
     * A rendered file and what it was made from.
     *
     * @param stamp its inputs
     * @param madeAt when it was rendered, in milliseconds of the system clock
     * @param mac the device it was rendered for (not the device: a fleet's devices with their
     *        lines and settings would double the cache's heap)
     * @param answer the 200 answer with the body and ETag
     * @param keep keeps the file, masked, as the one the phone last received; it lets go of
     *        what it needed (the resolved configuration) once it ran, so a kept entry holds
     *        only the file
     * @param kept whether {@code keep} ran: once, at the first delivery of this rendering
     */
    record Entry(Stamp stamp, long madeAt, Mac mac, Answer answer, Runnable keep,
            AtomicBoolean kept) {

        Entry {
            keep = new Once(keep);
        }

        /** Forgets the masked copy without keeping it, and what it needed. */
        void letGo() {
            ((Once) keep).forget();
        }
    }

    /** Runs a task once, then forgets it. */
    private static final class Once implements Runnable {
        private volatile Runnable task;

        Once(Runnable task) {
            this.task = task;
        }

        @Override
        public void run() {
            Runnable once = task;
            task = null;
            if (once != null) {
                once.run();
            }
        }

        void forget() {
            task = null;
        }
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final AtomicLong bytes = new AtomicLong();
    private final long budget;

    /** A cache that may hold {@link #HEAP_SHARE an eighth} of the maximum heap. */
    RenderCache() {
        this(Runtime.getRuntime().maxMemory() / HEAP_SHARE);
    }

    /** @param budget the estimated bytes the entries may hold */
    RenderCache(long budget) {
        this.budget = budget;
    }

    /**
     * @param key the device's MAC and the file name
     * @param now the stamp read for this fetch
     * @param nowMillis the system clock
     * @return the entry, if it is still valid
     */
    Optional<Entry> find(String key, Stamp now, long nowMillis) {
        Entry entry = entries.get(key);
        if (entry == null || !entry.stamp.sameAs(now) || nowMillis - entry.madeAt > TTL_MILLIS) {
            return Optional.empty();
        }
        return Optional.of(entry);
    }

    void put(String key, Entry entry) {
        long weight = weigh(key, entry);
        if (weight > budget) {
            return;
        }
        if (bytes.get() + weight > budget) {
            trim();
        }
        Entry before = entries.put(key, entry);
        bytes.addAndGet(before == null ? weight : weight - weigh(key, before));
    }

    /** Drops entries until about a tenth of the budget is free. */
    private void trim() {
        long target = budget - budget / 10;
        Iterator<Map.Entry<String, Entry>> it = entries.entrySet().iterator();
        while (bytes.get() > target && it.hasNext()) {
            Map.Entry<String, Entry> e = it.next();
            // Only what this call removed is subtracted, however puts and trims interleave.
            if (entries.remove(e.getKey(), e.getValue())) {
                bytes.addAndGet(-weigh(e.getKey(), e.getValue()));
            }
        }
    }

    /** @return the estimated bytes an entry holds */
    static long weigh(String key, Entry entry) {
        return ENTRY_OVERHEAD + 2L * key.length() + entry.answer().body().length;
    }

    int size() {
        return entries.size();
    }

    /** @return the estimated bytes the entries hold */
    long bytes() {
        return bytes.get();
    }
}
