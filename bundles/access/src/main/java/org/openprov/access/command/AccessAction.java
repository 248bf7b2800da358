package org.openprov.access.command;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.support.CommandException;
import org.openprov.access.internal.AccessAdmin;
import org.openprov.api.registry.Device;
import org.openprov.api.registry.DeviceRegistry;
import org.openprov.api.registry.Mac;
import org.openprov.api.registry.RegistryException;

/**
 * What the access commands share: the services, and the rule that a mistake is shown as a plain
 * message rather than a failure with a stack trace.
 */
public abstract class AccessAction implements Action {

    private static final Pattern DURATION = Pattern.compile("(\\d{1,9})([mhd])");
    /** The longest overlap: old credentials working for more than a year defeat rotating. */
    private static final Duration MAX_DURATION = Duration.ofDays(365);
    private static final DateTimeFormatter TIME = DateTimeFormatter
            .ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

    @Reference
    AccessAdmin access;

    @Reference
    DeviceRegistry registry;

    /** Where the command writes; Karaf routes {@code System.out} to the session's console. */
    PrintStream out = System.out;

    @Override
    public final Object execute() throws Exception {
        try {
            run();
            return null;
        } catch (RegistryException | IllegalArgumentException mistake) {
            throw new CommandException(mistake.getMessage());
        }
    }

    /**
     * Does the command's work.
     *
     * @throws Exception a {@link CommandException} for a mistake; anything else is a failure
     */
    protected abstract void run() throws Exception;

    /**
     * @param mac a MAC in any form an administrator types
     * @return the registered device
     * @throws CommandException if the MAC is malformed or not registered
     */
    Device registered(String mac) throws CommandException {
        Mac parsed = parse(mac);
        return registry.device(parsed).orElseThrow(() -> new CommandException("MAC "
                + parsed.colons() + " is not registered; see device:list"));
    }

    /** @return the MAC, or a message saying what a MAC looks like */
    static Mac parse(String mac) throws CommandException {
        try {
            return Mac.parse(mac);
        } catch (IllegalArgumentException e) {
            throw new CommandException(e.getMessage());
        }
    }

    /**
     * @param macs MACs as typed
     * @return the registered devices, or a message naming every MAC that is not
     */
    List<Device> registeredAll(List<String> macs) throws CommandException {
        List<Device> devices = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (String mac : macs) {
            Mac parsed = parse(mac);
            registry.device(parsed).ifPresentOrElse(devices::add,
                    () -> unknown.add(parsed.colons()));
        }
        if (!unknown.isEmpty()) {
            throw new CommandException("Not registered: " + String.join(", ", unknown)
                    + "; nothing was changed. See device:list");
        }
        return devices;
    }

    /** @throws CommandException if there is no such provider */
    void requireProvider(String provider) throws CommandException {
        if (registry.provider(provider).isEmpty()) {
            throw new CommandException("There is no provider " + provider + "; see"
                    + " provider:list");
        }
    }

    /**
     * @param text e.g. {@code 30m}, {@code 12h}, {@code 7d}, {@code 0h}
     * @return the duration
     * @throws CommandException if it is not one
     */
    static Duration duration(String text) throws CommandException {
        Matcher m = DURATION.matcher(text.trim().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new CommandException("Not a duration: " + text + ". Write a number and m, h"
                    + " or d, e.g. 12h or 7d");
        }
        long n = Long.parseLong(m.group(1));
        Duration d = switch (m.group(2)) {
            case "m" -> Duration.ofMinutes(n);
            case "h" -> Duration.ofHours(n);
            default -> Duration.ofDays(n);
        };
        if (d.compareTo(MAX_DURATION) > 0) {
            throw new CommandException(text + " is too long: at most 365d");
        }
        return d;
    }

    /** @return e.g. {@code 7d}, {@code 12h}, {@code 30m} */
    static String shown(Duration d) {
        if (d.isZero()) {
            return "0h";
        }
        if (d.toMinutes() % (24 * 60) == 0) {
            return d.toDays() + "d";
        }
        return d.toMinutes() % 60 == 0 ? d.toHours() + "h" : d.toMinutes() + "m";
    }

    /** @return the time as the console shows times, or "never" for the epoch */
    static String time(Instant at) {
        return at.equals(Instant.EPOCH) ? "never" : TIME.format(at);
    }
}
