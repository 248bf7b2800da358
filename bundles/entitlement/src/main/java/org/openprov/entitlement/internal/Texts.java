package org.openprov.entitlement.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** How this bundle writes instants for people: UTC, named, to the minute. */
public final class Texts {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private Texts() {
    }

    /**
     * @param instant an instant
     * @return e.g. {@code 2026-04-09 10:00 UTC}
     */
    public static String time(Instant instant) {
        return TIME.format(instant);
    }
}
