package org.openprov.api.access;

import java.time.Instant;
import java.util.Objects;

/**
 * One line of a device's fetch audit.
 *
 * @param at when
 * @param source the caller's IP address
 * @param fileName the file asked for
 * @param status the HTTP status answered
 * @param how how the caller was admitted or why not, e.g. {@code digest}, {@code token},
 *        {@code bootstrap}, {@code wrong password}; never a secret
 * @param repeats how many more times the same source was answered the same for the same file
 *        right after, counted on this line rather than written as lines of their own
 * @param lastAt when the latest of them was; {@code at} when there were none
 */
public record FetchEvent(Instant at, String source, String fileName, int status, String how,
        int repeats, Instant lastAt) {

    /** Checks that nothing is missing; no {@code lastAt} means {@code at}. */
    public FetchEvent {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(how, "how");
        if (repeats < 0) {
            throw new IllegalArgumentException("repeats must not be negative: " + repeats);
        }
        lastAt = lastAt == null || lastAt.isBefore(at) ? at : lastAt;
    }

    /**
     * A line as a request makes it, repeated by nothing yet.
     *
     * @param at when
     * @param source the caller's IP address
     * @param fileName the file asked for
     * @param status the HTTP status answered
     * @param how how the caller was admitted or why not
     */
    public FetchEvent(Instant at, String source, String fileName, int status, String how) {
        this(at, source, fileName, status, how, 0, at);
    }
}
