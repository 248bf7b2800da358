package org.openprov.api.registry;

import java.time.Instant;
import java.util.Objects;

/**
 * A successful delivery (HTTP 200) of a device's own file, as the endpoint recorded it. The
 * same bytes of the same file fetched again are counted on the delivery that first carried
 * them ({@code fetches}, {@code lastAt}) rather than recorded anew.
 *
 * @param mac the device served
 * @param fileName the file name the phone asked for
 * @param at when the response was sent
 * @param size the body size in bytes
 * @param etag the body's ETag, telling one content from another; null when unknown, when the
 *        delivery is never taken for a repeat
 * @param fetches how many times the device received these bytes, at least 1
 * @param lastAt when it last received them
 */
public record Delivery(Mac mac, String fileName, Instant at, long size, String etag,
        int fetches, Instant lastAt) {

    /** Checks what is given; no {@code lastAt} means {@code at}. */
    public Delivery {
        Objects.requireNonNull(mac, "mac");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(at, "at");
        if (fetches < 1) {
            throw new IllegalArgumentException("fetches must be at least 1: " + fetches);
        }
        lastAt = lastAt == null || lastAt.isBefore(at) ? at : lastAt;
    }

    /**
     * A delivery as the endpoint makes it: fetched once, now.
     *
     * @param mac the device served
     * @param fileName the file name
     * @param at when
     * @param size the body size in bytes
     * @param etag the body's ETag
     */
    public Delivery(Mac mac, String fileName, Instant at, long size, String etag) {
        this(mac, fileName, at, size, etag, 1, at);
    }

    /**
     * A delivery whose content is not told apart: never taken for a repeat.
     *
     * @param mac the device served
     * @param fileName the file name
     * @param at when
     * @param size the body size in bytes
     */
    public Delivery(Mac mac, String fileName, Instant at, long size) {
        this(mac, fileName, at, size, null);
    }
}
