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
 */
public record FetchEvent(Instant at, String source, String fileName, int status, String how) {

    /** Checks that nothing is missing. */
    public FetchEvent {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(how, "how");
    }
}
