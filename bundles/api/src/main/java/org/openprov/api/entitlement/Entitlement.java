package org.openprov.api.entitlement;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * A device's Provisioning Plus standing at one instant.
 *
 * @param state the state at {@code at}
 * @param at the instant this standing was computed for
 * @param windowStart when the window started (the first delivery), if it did
 * @param windowEnd when the window ends or ended, if it started
 * @param licensedUntil the end of the device's last license term, if it has licenses
 */
public record Entitlement(PlanState state, Instant at, Optional<Instant> windowStart,
        Optional<Instant> windowEnd, Optional<Instant> licensedUntil) {

    /**
     * Days left as administrators count them: whole calendar days (UTC) from the day of
     * {@code at} to the day the window or license ends; 0 when not ACTIVE or LICENSED.
     *
     * @return e.g. 15 on 2026-03-25 for a window ending 2026-04-09 10:00
     */
    public long daysLeft() {
        Optional<Instant> end = switch (state) {
            case ACTIVE -> windowEnd;
            case LICENSED -> licensedUntil;
            default -> Optional.empty();
        };
        return end.map(e -> ChronoUnit.DAYS.between(day(at), day(e))).orElse(0L);
    }

    /** @return the state as the console shows it, e.g. {@code ACTIVE (15 days left)} */
    public String describe() {
        return switch (state) {
            case ACTIVE -> "ACTIVE (" + days(daysLeft()) + " left)";
            case LICENSED -> "LICENSED (expires in " + days(daysLeft()) + ")";
            default -> state.name();
        };
    }

    /**
     * @return for an EXPIRED device, the instant whose configuration it keeps receiving
     */
    public Optional<Instant> frozenAt() {
        return state == PlanState.EXPIRED ? windowEnd : Optional.empty();
    }

    private static String days(long n) {
        return n == 1 ? "1 day" : n + " days";
    }

    private static LocalDate day(Instant instant) {
        return LocalDate.ofInstant(instant, ZoneOffset.UTC);
    }
}
