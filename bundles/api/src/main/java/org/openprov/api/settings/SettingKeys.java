package org.openprov.api.settings;

import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules for every setting name and value: the {@link Setting} vocabulary, line keys
 * ({@code key.<n>}) and raw vendor settings ({@code raw.<vendor>.<name>}).
 */
public final class SettingKeys {

    /** Prefix of raw vendor settings. */
    public static final String RAW = "raw.";
    /** The longest setting name stored. */
    public static final int MAX_NAME = 200;
    /** The longest raw value stored. */
    public static final int MAX_RAW_VALUE = 512;

    private static final Pattern RAW_NAME = Pattern.compile(
            "(?i)raw\\.([a-z0-9]{2,32})\\.([A-Za-z0-9._-]{1,128})");
    private static final Pattern KEY_NAME = Pattern.compile("(?i)key\\.([0-9]{1,3})");
    /**
     * Raw parameters that hold a secret: any whose name speaks of a password, a secret or a
     * token (Yealink {@code account.1.password}, Snom {@code user_pass}, Cisco
     * {@code Admin_Passwd}), and Grandstream's numbered ones that are passwords (P2 admin,
     * P196 user, P34 and the other accounts' SIP passwords, P1359 and P1361 the provisioning
     * passwords), and the provisioning-server URLs, which may carry a fetch token or
     * credentials (Cisco {@code Profile_Rule}, Snom {@code setting_server}, Yealink
     * {@code static.auto_provision.server.url}, Poly {@code device.prov.serverName}, AudioCodes
     * {@code provisioning/configuration/url}, Fanvil's flash server, Mitel's server paths,
     * Grandstream P237).
     */
    private static final Pattern RAW_SECRET = Pattern.compile("(?i)pass|pwd|secret|token"
            + "|profile_rule|setting_server|auto_provision\\.server\\.url|prov\\.servername"
            + "|configuration.url|flash.server|^raw\\.mitel\\..*(server|path)$"
            + "|^raw\\.grandstream\\.P(2|34|196|237|406|506|606|1359|1361|1706|1806)$");
    private static final Pattern RAW_VALUE = Pattern.compile("[^\\p{Cc}]{0," + MAX_RAW_VALUE
            + "}");

    /**
     * The order settings are listed in: by their dot-separated parts, numbers by value, so
     * that {@code key.2} comes before {@code key.12}.
     */
    public static final Comparator<String> ORDER = SettingKeys::compare;

    private SettingKeys() {
    }

    private static int compare(String a, String b) {
        String[] left = a.split("\\.", -1);
        String[] right = b.split("\\.", -1);
        for (int i = 0; i < Math.min(left.length, right.length); i++) {
            int order = comparePart(left[i], right[i]);
            if (order != 0) {
                return order;
            }
        }
        return left.length != right.length ? Integer.compare(left.length, right.length)
                : a.compareTo(b);
    }

    private static int comparePart(String a, String b) {
        boolean numbers = !a.isEmpty() && !b.isEmpty() && a.length() < 10 && b.length() < 10
                && a.chars().allMatch(Character::isDigit) && b.chars().allMatch(Character::isDigit);
        return numbers ? Integer.compare(Integer.parseInt(a), Integer.parseInt(b))
                : a.compareTo(b);
    }

    /**
     * Reads a setting name as typed.
     *
     * @param name e.g. {@code NTP.Server}, {@code key.3} or {@code raw.yealink.features.dnd}
     * @return the canonical name: vocabulary and keys in lower case, a raw name's vendor in
     *         lower case and its vendor part as typed
     * @throws IllegalArgumentException saying what the names are
     */
    public static String name(String name) {
        String typed = name == null ? "" : name.strip();
        Optional<Setting> known = Setting.byKey(typed);
        if (known.isPresent()) {
            return known.get().key();
        }
        Matcher key = KEY_NAME.matcher(typed);
        if (key.matches()) {
            int position = Integer.parseInt(key.group(1));
            if (position < 1 || position > LineKey.MAX_POSITION) {
                throw new IllegalArgumentException("Key position " + position + " is out of"
                        + " range; keys are numbered from 1 to " + LineKey.MAX_POSITION);
            }
            return LineKey.PREFIX + position;
        }
        Matcher raw = RAW_NAME.matcher(typed);
        if (raw.matches()) {
            return RAW + raw.group(1).toLowerCase(Locale.ROOT) + "." + raw.group(2);
        }
        if (typed.toLowerCase(Locale.ROOT).startsWith(RAW)) {
            throw new IllegalArgumentException("The raw setting name '" + printable(typed)
                    + "' is not valid; write raw.<vendor>.<name>, the vendor as in vendor:list"
                    + " and the name of 1 to 128 letters, digits, '.', '_' or '-'");
        }
        throw new IllegalArgumentException("There is no setting '" + printable(typed) + "'; the"
                + " settings are " + vocabulary() + ", key.<n> for line keys and"
                + " raw.<vendor>.<name> for a vendor's own");
    }

    /**
     * Checks a value for a setting.
     *
     * @param name a canonical name from {@link #name}
     * @param value the value as typed
     * @return the canonical value to store
     * @throws IllegalArgumentException naming the setting, the value (unless secret), the rule
     */
    public static String validate(String name, String value) {
        Optional<Setting> known = Setting.byKey(name);
        if (known.isPresent()) {
            return known.get().validate(value);
        }
        if (name.startsWith(LineKey.PREFIX)) {
            int position = Integer.parseInt(name.substring(LineKey.PREFIX.length()));
            return LineKey.parse(position, value).format();
        }
        if (value == null || !RAW_VALUE.matcher(value).matches()) {
            throw new IllegalArgumentException("Setting " + name + ": the value is not valid;"
                    + " a raw value has at most " + MAX_RAW_VALUE + " characters and no control"
                    + " characters such as line breaks");
        }
        return value;
    }

    /**
     * @param name a canonical name
     * @return whether its values are masked wherever they are shown
     */
    public static boolean secret(String name) {
        Optional<Setting> known = Setting.byKey(name);
        if (known.isPresent()) {
            return known.get().secret();
        }
        // A raw parameter that holds a password is treated as one: shown masked, stored once.
        return rawVendor(name).isPresent() && RAW_SECRET.matcher(name).find();
    }

    /**
     * @param name a canonical name
     * @return the vendor of a raw setting, e.g. {@code yealink}
     */
    public static Optional<String> rawVendor(String name) {
        Matcher raw = RAW_NAME.matcher(name);
        return raw.matches() ? Optional.of(raw.group(1).toLowerCase(Locale.ROOT))
                : Optional.empty();
    }

    /**
     * @param name a canonical name
     * @return the position of a key setting
     */
    public static Optional<Integer> keyPosition(String name) {
        Matcher key = KEY_NAME.matcher(name);
        return key.matches() ? Optional.of(Integer.parseInt(key.group(1))) : Optional.empty();
    }

    /**
     * @param value a value to show
     * @param name its setting
     * @return the value, or {@code ********} for a secret
     */
    public static String shown(String name, String value) {
        return secret(name) ? "********" : value;
    }

    /** @return the vocabulary's names, separated by spaces */
    public static String vocabulary() {
        StringBuilder names = new StringBuilder();
        for (Setting s : Setting.values()) {
            names.append(names.length() == 0 ? "" : " ").append(s.key());
        }
        return names.toString();
    }

    private static String printable(String text) {
        String clean = text.replaceAll("\\p{Cc}", "?");
        return clean.length() > 60 ? clean.substring(0, 60) + "..." : clean;
    }
}
