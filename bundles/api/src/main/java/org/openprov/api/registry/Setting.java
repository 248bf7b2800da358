package org.openprov.api.registry;

import java.time.ZoneId;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The vendor-neutral settings a device can carry, each with its validation rule.
 * Generators read them from {@link Device#settings()} by {@link #key()}.
 */
public enum Setting {
    /** Host name or IPv4 address of the NTP server, checked as a SIP server is. */
    NTP_SERVER("ntp.server", false, "a host name or IPv4 address, e.g. pool.ntp.org"),
    /** Time zone name from the IANA database, e.g. {@code Europe/Paris} or {@code UTC}. */
    TIME_ZONE("time.zone", false, "an IANA time zone name such as Europe/Paris"),
    /** Password of the phone's web and menu administrator. */
    ADMIN_PASSWORD("admin.password", true, "1 to 64 printable characters");

    private static final Pattern PRINTABLE = Pattern.compile("[^\\p{Cntrl}]{1,64}");
    /** Relics of old Unix systems that Java still lists, though the IANA database dropped them. */
    private static final String SYSTEM_V = "SystemV/";
    /** A problem the rule alone describes. */
    private static final Optional<String> UNSAID = Optional.of("");

    private final String key;
    private final boolean secret;
    private final String rule;

    Setting(String key, boolean secret, String rule) {
        this.key = key;
        this.secret = secret;
        this.rule = rule;
    }

    /** @return the name administrators type, e.g. {@code ntp.server} */
    public String key() {
        return key;
    }

    /** @return whether the value must be masked wherever it is shown or logged */
    public boolean secret() {
        return secret;
    }

    /**
     * Checks a value against this setting's rule.
     *
     * @param value the value as typed
     * @return the value to store
     * @throws IllegalArgumentException naming the setting, the value (unless secret) and the rule
     */
    public String validate(String value) {
        Optional<String> problem = value == null ? UNSAID : problem(value);
        if (problem.isPresent()) {
            String shown = secret ? "(hidden)" : "'" + value + "'";
            String why = problem.get().isEmpty() ? "" : " (" + problem.get() + ")";
            throw new IllegalArgumentException("Setting " + key + ": " + shown + " is not valid"
                    + why + "; expected " + rule);
        }
        return value;
    }

    /** @return what is wrong, as a clause or empty when the rule says it all; or nothing */
    private Optional<String> problem(String value) {
        return switch (this) {
            // The host rule of a SIP server, without IPv6, which this setting never took.
            case NTP_SERVER -> value.isBlank() ? UNSAID : SipLine.Hosts.problem(value, false);
            case TIME_ZONE -> knownZone(value) ? Optional.empty() : UNSAID;
            case ADMIN_PASSWORD -> PRINTABLE.matcher(value).matches() ? Optional.empty() : UNSAID;
        };
    }

    /** Every zone of the Java runtime's IANA database (so UTC and EST5EDT too), but SystemV/. */
    private static boolean knownZone(String value) {
        return !value.startsWith(SYSTEM_V) && ZoneId.getAvailableZoneIds().contains(value);
    }

    /**
     * Finds a setting by the name administrators type.
     *
     * @param key e.g. {@code time.zone}, in any case
     * @return the setting, if known
     */
    public static Optional<Setting> byKey(String key) {
        String wanted = key == null ? "" : key.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(s -> s.key.equals(wanted)).findFirst();
    }
}
