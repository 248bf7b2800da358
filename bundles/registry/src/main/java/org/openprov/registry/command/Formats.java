package org.openprov.registry.command;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/** How the commands write times and secrets. */
final class Formats {

    /** UTC, named, so administrators in different zones read the same thing. */
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    private Formats() {
    }

    static String time(Instant instant) {
        return TIME.format(instant);
    }

    static String time(Optional<Instant> instant) {
        return instant.map(Formats::time).orElse("never");
    }

    /**
     * @param secret a password
     * @return {@code ***} when it is set, {@code (none)} when empty; never the password
     */
    static String mask(String secret) {
        return secret == null || secret.isEmpty() ? "(none)" : "***";
    }
}
