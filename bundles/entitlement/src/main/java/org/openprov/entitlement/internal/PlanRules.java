package org.openprov.entitlement.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.openprov.api.entitlement.Entitlement;
import org.openprov.api.entitlement.License;
import org.openprov.api.entitlement.PlanState;

/**
 * The Provisioning Plus rules as pure functions of persisted facts: the device's plan, its
 * first delivery, its licenses, the window's length and an instant. Nothing here reads a
 * clock or a database, so every rule is tested with plain values.
 *
 * <p>Terms are half-open: a window or license ending at 10:00 no longer holds at 10:00.
 */
public final class PlanRules {

    /** How long one license runs: calendar months, so 31 July runs to 31 January. */
    public static final Period TERM = Period.ofMonths(6);

    private PlanRules() {
    }

    /**
     * A device's standing at an instant.
     *
     * @param plus whether the device is on Provisioning Plus
     * @param firstDelivery when it first received its configuration, if it did
     * @param licenses its licenses, in any order
     * @param window the window's length
     * @param at the instant asked about; licenses added after it are not yet known then
     * @return the standing at {@code at}
     */
    public static Entitlement entitlement(boolean plus, Optional<Instant> firstDelivery,
            List<License> licenses, Duration window, Instant at) {
        if (!plus) {
            return standing(PlanState.MONTHLY, at, null, null, Optional.empty());
        }
        if (firstDelivery.isEmpty() || at.isBefore(firstDelivery.get())) {
            return standing(PlanState.PENDING, at, null, null, Optional.empty());
        }
        Instant start = firstDelivery.get();
        Instant end = start.plus(window);
        Optional<Instant> licensedUntil = lastEnd(knownAt(licenses, at));
        return standing(state(end, licensedUntil, at), at, start, end, licensedUntil);
    }

    /**
     * @param start the start of a license term
     * @return its end: six calendar months later, counted in UTC
     */
    public static Instant termEnd(Instant start) {
        return start.atZone(ZoneOffset.UTC).plus(TERM).toInstant();
    }

    /**
     * Why a device in this standing cannot take a license, as the end of a sentence that
     * starts with the device, e.g. "is on the monthly plan, ...".
     *
     * @param now the device's standing when the license would be added
     * @return the reason, or empty when it can take one
     */
    public static Optional<String> refusal(Entitlement now) {
        return switch (now.state()) {
            case PENDING -> Optional.of("is on Provisioning Plus but has not received its first"
                    + " configuration, so its window has not started; license it once the"
                    + " phone has fetched its configuration");
            case MONTHLY -> Optional.of(now.licensedUntil().isPresent()
                    ? "is on the monthly plan since its last license ended, and a device on"
                            + " the monthly plan takes no license"
                    : "is on the monthly plan, which takes no license; only Provisioning Plus"
                            + " devices can be licensed");
            default -> Optional.empty();
        };
    }

    /**
     * The term of a license added now. Added while the window is open it starts at the
     * window's end; added to a licensed device, at the last term's end; added to an expired
     * device, now. It never starts before any term already held ends.
     *
     * @param now the device's standing at the add time; {@link #refusal} must be empty
     * @param licenses every license the device holds
     * @return the new term
     */
    public static Term nextTerm(Entitlement now, List<License> licenses) {
        Instant start = switch (now.state()) {
            case ACTIVE -> now.windowEnd().orElseThrow();
            case LICENSED -> now.licensedUntil().orElseThrow();
            case EXPIRED -> now.at();
            default -> throw new IllegalArgumentException("A " + now.state()
                    + " device takes no license");
        };
        Optional<Instant> held = lastEnd(licenses);
        if (held.isPresent() && held.get().isAfter(start)) {
            start = held.get();
        }
        return new Term(start, termEnd(start));
    }

    private static PlanState state(Instant windowEnd, Optional<Instant> licensedUntil,
            Instant at) {
        if (at.isBefore(windowEnd)) {
            return PlanState.ACTIVE;
        }
        if (licensedUntil.isEmpty()) {
            return PlanState.EXPIRED;
        }
        // Terms are chained without gaps from the first one's start, so before the last end
        // the device is within a term.
        return at.isBefore(licensedUntil.get()) ? PlanState.LICENSED : PlanState.MONTHLY;
    }

    private static List<License> knownAt(List<License> licenses, Instant at) {
        return licenses.stream().filter(l -> !l.addedAt().isAfter(at)).toList();
    }

    private static Optional<Instant> lastEnd(List<License> licenses) {
        return licenses.stream().map(License::end).max(Comparator.naturalOrder());
    }

    private static Entitlement standing(PlanState state, Instant at, Instant start,
            Instant end, Optional<Instant> licensedUntil) {
        return new Entitlement(state, at, Optional.ofNullable(start), Optional.ofNullable(end),
                licensedUntil);
    }

    /**
     * One license's term.
     *
     * @param start inclusive
     * @param end exclusive, six calendar months after the start
     */
    public record Term(Instant start, Instant end) {
    }
}
