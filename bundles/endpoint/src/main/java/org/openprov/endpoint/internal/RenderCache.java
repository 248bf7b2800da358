package org.openprov.endpoint.internal;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.openprov.api.generator.ConfigGenerator;
import org.openprov.api.registry.Device;

/**
 * The files last rendered for devices, so that a fetch of an unchanged device costs one small
 * query instead of reading the device, resolving its templates and rendering it again.
 *
 * <p>An entry is used only while everything it was made from is unchanged: the device's change
 * stamp, the templates' version, the same set of generators, and for at most {@link #TTL_MILLIS}
 * (a time zone's rule, which generators read at render time, is the one input with no stamp).
 * Stamps are read before rendering, so a change that commits meanwhile leaves an entry that the
 * next fetch finds stale. The size is bounded; when full, some entries are dropped.
 */
final class RenderCache {

    /** At most this many files are kept: some tens of megabytes. */
    static final int MAX_ENTRIES = 20_000;
    /** An entry is rendered again after ten minutes at the latest. */
    static final long TTL_MILLIS = 10 * 60 * 1000L;

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
     * @param device the device it was rendered for
     * @param answer the 200 answer with the body and ETag
     * @param keep keeps the file, masked, as the one the phone last received
     * @param kept whether {@code keep} ran: once, at the first delivery of this rendering
     */
    record Entry(Stamp stamp, long madeAt, Device device, Answer answer, Runnable keep,
            AtomicBoolean kept) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

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
        if (entries.size() >= MAX_ENTRIES) {
            trim();
        }
        entries.put(key, entry);
    }

    /** Drops about a tenth of the entries; which ones does not matter for correctness. */
    private void trim() {
        Iterator<String> keys = entries.keySet().iterator();
        for (int i = 0; i < MAX_ENTRIES / 10 && keys.hasNext(); i++) {
            keys.next();
            keys.remove();
        }
    }

    int size() {
        return entries.size();
    }
}
