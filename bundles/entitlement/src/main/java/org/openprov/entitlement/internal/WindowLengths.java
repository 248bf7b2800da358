package org.openprov.entitlement.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The window lengths recorded, each with the instant from which starting windows take it. A
 * window keeps the length in force when it started, whatever is configured later, so that a
 * change never reopens an expired window nor shortens one under way.
 */
final class WindowLengths {

    private final NavigableMap<Instant, Duration> bySince;

    /** @param bySince each length by the instant it took effect; empty before any is recorded */
    WindowLengths(Map<Instant, Duration> bySince) {
        this.bySince = new TreeMap<>(bySince);
    }

    /**
     * @param start when a window started, or starts
     * @return its length: the one in force at its start. A window older than every row
     *     started before the upgrade that brought the history; it has the first length
     *     recorded, which is the one configured at that upgrade and so the one it had before.
     */
    Duration at(Instant start) {
        if (bySince.isEmpty()) {
            throw new IllegalStateException("No Provisioning Plus window length is recorded;"
                    + " the service records the configured one when it starts");
        }
        Map.Entry<Instant, Duration> inForce = bySince.floorEntry(start);
        return (inForce == null ? bySince.firstEntry() : inForce).getValue();
    }

    /** @return the length recorded last, which windows starting from now take */
    Optional<Duration> latest() {
        return bySince.isEmpty() ? Optional.empty() : Optional.of(bySince.lastEntry().getValue());
    }
}
