package org.openprov.api.registry;

import java.time.DateTimeException;
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
    /** Host name or address of the NTP server. */
    NTP_SERVER("ntp.server", false, "a host name or IPv4 address",
            Pattern.compile("[A-Za-z0-9]([A-Za-z0-9.-]{0,251}[A-Za-z0-9])?")),
    /** IANA time zone name, e.g. {@code Europe/Paris}. */
    TIME_ZONE("time.zone", false, "an IANA time zone name such as Europe/Paris", null),
    /** Password of the phone's web and menu administrator. */
    ADMIN_PASSWORD("admin.password", true, "1 to 64 printable characters",
            Pattern.compile("[^\\p{Cntrl}]{1,64}"));

    private final String key;
    private final boolean secret;
    private final String rule;
    private final Pattern pattern;

    Setting(String key, boolean secret, String rule, Pattern pattern) {
        this.key = key;
        this.secret = secret;
        this.rule = rule;
        this.pattern = pattern;
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
        String shown = secret ? "(hidden)" : "'" + value + "'";
        if (value == null || !valid(value)) {
            throw new IllegalArgumentException("Setting " + key + ": " + shown + " is not valid;"
                    + " expected " + rule);
        }
        return value;
    }

    private boolean valid(String value) {
        if (pattern != null) {
            return pattern.matcher(value).matches();
        }
        try {
            return value.contains("/") && ZoneId.of(value) != null;
        } catch (DateTimeException unknownZone) {
            return false;
        }
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
