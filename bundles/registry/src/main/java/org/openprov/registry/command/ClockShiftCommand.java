package org.openprov.registry.command;

import org.openprov.audit.Actor;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.Locale;
import java.util.Optional;
import java.time.YearMonth;
import java.time.ZoneOffset;
import org.openprov.api.billing.BillingService;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@code clock:shift <amount> | --to <instant> | --reset}. */
@Command(scope = "clock", name = "shift", description = "Moves the platform's clock (not the"
        + " system clock) for a demonstration or a test: every window, expiry, license and bill"
        + " follows it. Platform operators only (JAAS role operator)",
        detailedDescription = "Examples: clock:shift 31d (31 days ahead of now), clock:shift"
                + " --back 2h, clock:shift --to 2026-04-09T10:00:00Z, clock:shift --reset. The"
                + " offset survives a restart until reset. The clock cannot be moved into a"
                + " month billing has closed, nor more than 10 years from the system clock.")
@Service
public class ClockShiftCommand implements Action {

    private static final Logger LOG = LoggerFactory.getLogger(ClockShiftCommand.class);

    @Argument(index = 0, name = "amount", description = "How far to move from where the clock"
            + " is now: a number with d, h, m or s (31d, 2h, 90m), or an ISO-8601 duration")
    String amount;

    @Option(name = "--back", description = "Move the amount backwards instead of forwards")
    boolean back;

    @Option(name = "--to", description = "Set the platform's time to this instant, e.g."
            + " 2026-04-09T10:00:00Z")
    String to;

    @Option(name = "--reset", description = "Follow the system clock again")
    boolean reset;

    @Reference
    ConfigurationAdmin configurations;

    @Reference
    AdjustableClock clock;

    @Reference(optional = true)
    BillingService billing;

    /** Far enough for any demonstration; further is a typo that would poison stored dates. */
    private static final Duration LIMIT = Duration.ofDays(3653);

    @Override
    public Object execute() throws Exception {
        Duration target = target();
        check(target);
        Configuration config = configurations.getConfiguration(AdjustableClock.PID, "?");
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put("offset", target.toString());
        config.update(properties);
        awaitOffset(target);
        LOG.info("Platform clock moved {} from the system clock by {}", target,
                Actor.current());
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
        Duration step = amount(amount);
        return clock.offset().plus(back ? step.negated() : step);
    }

    private void check(Duration target) throws CommandException {
        if (target.abs().compareTo(LIMIT) > 0) {
            throw new CommandException("That would move the platform clock " + target.toDays()
                    + " days from the system clock; at most 3653 (10 years) are allowed");
        }
        Instant when = Instant.now().plus(target);
        Optional<YearMonth> closed = billing == null ? Optional.empty()
                : billing.lastClosedMonth();
        if (!reset && closed.isPresent()) {
            Instant open = closed.get().plusMonths(1).atDay(1).atStartOfDay(ZoneOffset.UTC)
                    .toInstant();
            if (when.isBefore(open)) {
                throw new CommandException("Billing has closed " + closed.get() + ": moving the"
                        + " platform clock to " + when + " would record devices, windows and"
                        + " licenses in a closed month that no invoice bills. Move it to " + open
                        + " or later");
            }
        }
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
