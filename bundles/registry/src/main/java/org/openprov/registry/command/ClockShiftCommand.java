package org.openprov.registry.command;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.Locale;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.CommandException;
import org.openprov.registry.clock.AdjustableClock;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

/** {@code clock:shift <amount> | --to <instant> | --reset}. */
@Command(scope = "clock", name = "shift", description = "Moves the platform's clock (not the"
        + " system clock) for a demonstration or a test: every window, expiry, license and bill"
        + " follows it. Platform operators only (JAAS role operator)",
        detailedDescription = "Examples: clock:shift 31d (31 days ahead of now), clock:shift"
                + " -2h, clock:shift --to 2026-04-09T10:00:00Z, clock:shift --reset. The offset"
                + " survives a restart until reset.")
@Service
public class ClockShiftCommand implements Action {

    @Argument(index = 0, name = "amount", description = "How far to move from where the clock"
            + " is now: a number with d, h, m or s (31d, -2h, 90m), or an ISO-8601 duration")
    String amount;

    @Option(name = "--to", description = "Set the platform's time to this instant, e.g."
            + " 2026-04-09T10:00:00Z")
    String to;

    @Option(name = "--reset", description = "Follow the system clock again")
    boolean reset;

    @Reference
    ConfigurationAdmin configurations;

    @Reference
    AdjustableClock clock;

    @Override
    public Object execute() throws Exception {
        Duration target = target();
        Configuration config = configurations.getConfiguration(AdjustableClock.PID, "?");
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put("offset", target.toString());
        config.update(properties);
        awaitOffset(target);
        System.out.println("Platform time is now " + clock.instant() + (target.isZero()
                ? " (system clock)" : " (" + target + " from the system clock)"));
        return null;
    }

    private Duration target() throws CommandException {
        int given = (amount != null ? 1 : 0) + (to != null ? 1 : 0) + (reset ? 1 : 0);
        if (given != 1) {
            throw new CommandException("Give one of: an amount (clock:shift 31d), --to <instant>"
                    + " or --reset");
        }
        if (reset) {
            return Duration.ZERO;
        }
        if (to != null) {
            return Duration.between(Instant.now(), instant(to));
        }
        return clock.offset().plus(amount(amount));
    }

    static Duration amount(String text) throws CommandException {
        String t = text.trim().toLowerCase(Locale.ROOT);
        try {
            if (t.matches("-?\\d+[dhms]")) {
                long n = Long.parseLong(t.substring(0, t.length() - 1));
                return switch (t.charAt(t.length() - 1)) {
                    case 'd' -> Duration.ofDays(n);
                    case 'h' -> Duration.ofHours(n);
                    case 'm' -> Duration.ofMinutes(n);
                    default -> Duration.ofSeconds(n);
                };
            }
            return Duration.parse(text.trim().toUpperCase(Locale.ROOT));
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new CommandException("'" + text + "' is not an amount of time; write e.g."
                    + " 31d, -2h, 90m or P31DT12H");
        }
    }

    private static Instant instant(String text) throws CommandException {
        try {
            return Instant.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new CommandException("'" + text + "' is not an instant; write e.g."
                    + " 2026-04-09T10:00:00Z");
        }
    }

    /** Configuration updates reach the clock asynchronously; scripts expect it done. */
    private void awaitOffset(Duration target) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (!clock.offset().equals(target) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
    }
}
