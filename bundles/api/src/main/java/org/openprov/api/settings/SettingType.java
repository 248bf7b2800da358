package org.openprov.api.settings;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The types of settings, each with the rule its values pass and the canonical form it stores.
 * Every rule refuses control characters, so no value can break a line of a flat file.
 */
public enum SettingType {
    /** A host name, an IPv4 address or an IPv6 address in brackets. */
    HOST("a host name, an IPv4 address or an IPv6 address in brackets, e.g. pbx.example.com"),
    /** A host name or an IPv4 address. */
    HOST_V4("a host name or an IPv4 address, e.g. pool.ntp.org"),
    /** A host, optionally followed by {@code :port}. */
    HOST_AND_PORT("a host name or address, optionally with :port, e.g. sbc.example.com:5060"),
    /** A TCP or UDP port. */
    PORT("a port from 1 to 65535"),
    /** {@code udp}, {@code tcp} or {@code tls}. */
    TRANSPORT("udp, tcp or tls"),
    /** Seconds a registration lasts. */
    EXPIRY_SECONDS("a number of seconds from 30 to 86400"),
    /** A comma-separated list of codec names, most preferred first. */
    CODECS("codec names separated by commas, most preferred first, from " + Codecs.NAMES),
    /** An IANA time zone name. */
    ZONE("an IANA time zone name such as Europe/Paris"),
    /** The order of day, month and year. */
    DATE_FORMAT("dmy, mdy or ymd (the order of day, month and year)"),
    /** A 12 or 24 hour clock. */
    TIME_FORMAT("12h or 24h"),
    /** A language code. */
    LANGUAGE("a language code, one of " + String.join(" ", Languages.CODES)),
    /** A password: a string of 1 to 64 printable characters. */
    PASSWORD("1 to 64 printable characters"),
    /** An 802.1Q VLAN id. */
    VLAN_ID("a VLAN id from 1 to 4094"),
    /** An 802.1p priority. */
    VLAN_PRIORITY("a priority from 0 to 7"),
    /** On or off. */
    SWITCH("on or off"),
    /** Digits and the characters a keypad dials. */
    DIAL_STRING("1 to 32 of the digits 0-9 and * # + , (a comma is a pause)"),
    /** A digit map in the common MGCP-style syntax. */
    DIGIT_MAP("a digit map of 1 to 512 characters from 0-9 * # + x X . [ ] - | T ( ) e.g."
            + " [2-9]xxx|0[1-9]xxxxxxxx|00x.T"),
    /** An http, https, ftp or tftp URL. */
    URL("an http, https, ftp or tftp URL of at most 512 characters without spaces");

    private static final Pattern CONTROL = Pattern.compile("\\p{Cc}");
    private static final Pattern NUMBER = Pattern.compile("0|[1-9][0-9]{0,8}");
    private static final Pattern PRINTABLE = Pattern.compile("[^\\p{Cc}]{1,64}");
    private static final Pattern DIALS = Pattern.compile("[0-9*#+,]{1,32}");
    private static final Pattern DIGITS_MAP = Pattern.compile("[0-9*#+xX.\\[\\]|T()-]{1,512}");
    private static final Pattern URL_FORM = Pattern.compile(
            "(?i)(https?|ftp|tftp)://[^\\s/?#@]+(/[^\\s]*)?");
    private static final int MAX_URL = 512;
    /** Relics of old Unix systems that Java still lists, though the IANA database dropped them. */
    private static final String SYSTEM_V = "SystemV/";

    private final String rule;

    SettingType(String rule) {
        this.rule = rule;
    }

    /** @return the rule as help texts and messages state it */
    public String rule() {
        return rule;
    }

    /**
     * @param key the setting's name, for the message
     * @param value the value as typed
     * @return the canonical value
     * @throws IllegalArgumentException naming the setting, the value (unless a password) and
     *         the rule
     */
    public String validate(String key, String value) {
        String trimmed = value == null ? "" : value.strip();
        Optional<String> problem = trimmed.isEmpty() ? Optional.of("it is empty")
                : this == PASSWORD ? Optional.empty() : controlOrProblem(trimmed);
        if (this == PASSWORD && (value == null || !PRINTABLE.matcher(value).matches())) {
            problem = Optional.of("");
        }
        if (problem.isPresent()) {
            throw refusal(key, value, problem.get());
        }
        return canonical(this == PASSWORD ? value : trimmed);
    }

    private IllegalArgumentException refusal(String key, String value, String problem) {
        String shown = this == PASSWORD ? "(hidden)"
                : "'" + CONTROL.matcher(value == null ? "" : value).replaceAll("?") + "'";
        String why = problem.isEmpty() ? "" : " (" + problem + ")";
        return new IllegalArgumentException("Setting " + key + ": " + shown + " is not valid"
                + why + "; expected " + rule);
    }

    private Optional<String> controlOrProblem(String value) {
        if (CONTROL.matcher(value).find()) {
            return Optional.of("it contains a control character such as a line break");
        }
        return problem(value);
    }

    /** @return what is wrong, as a clause, or empty text when the rule says it all; or nothing */
    private Optional<String> problem(String value) {
        String lower = value.toLowerCase(Locale.ROOT);
        return switch (this) {
            case HOST -> Hosts.problem(value, true);
            case HOST_V4 -> Hosts.problem(value, false);
            case HOST_AND_PORT -> Hosts.hostAndPort(value)
                    .map(p -> range(p[1], 1, 65535)).orElseGet(() -> Hosts.problem(value, true));
            case PORT -> range(value, 1, 65535);
            case EXPIRY_SECONDS -> range(value, 30, 86400);
            case VLAN_ID -> range(value, 1, 4094);
            case VLAN_PRIORITY -> range(value, 0, 7);
            case TRANSPORT -> oneOf(lower, "udp", "tcp", "tls");
            case DATE_FORMAT -> oneOf(lower, "dmy", "mdy", "ymd");
            case TIME_FORMAT -> oneOf(lower, "12h", "24h");
            case SWITCH -> Switches.read(lower).isPresent() ? none() : unsaid();
            case LANGUAGE -> oneOf(lower, Languages.CODES.toArray(String[]::new));
            case CODECS -> Codecs.problem(value);
            case ZONE -> knownZone(value) ? none() : unsaid();
            case DIAL_STRING -> DIALS.matcher(value).matches() ? none() : unsaid();
            case DIGIT_MAP -> DIGITS_MAP.matcher(value).matches() ? none() : unsaid();
            case URL -> value.length() <= MAX_URL && URL_FORM.matcher(value).matches()
                    ? none() : unsaid();
            case PASSWORD -> none();
        };
    }

    private String canonical(String value) {
        String lower = value.toLowerCase(Locale.ROOT);
        return switch (this) {
            case TRANSPORT, DATE_FORMAT, TIME_FORMAT, LANGUAGE -> lower;
            case SWITCH -> Switches.read(lower).orElseThrow() ? "on" : "off";
            case CODECS -> String.join(",", Codecs.parse(value));
            case PORT, EXPIRY_SECONDS, VLAN_ID, VLAN_PRIORITY -> String.valueOf(
                    Integer.parseInt(value));
            default -> value;
        };
    }

    private static Optional<String> range(String value, int low, int high) {
        if (!NUMBER.matcher(value).matches()) {
            return Optional.of("it is not a whole number");
        }
        int n = Integer.parseInt(value);
        return n < low || n > high ? Optional.of(n + " is out of range") : none();
    }

    private static Optional<String> oneOf(String value, String... accepted) {
        return List.of(accepted).contains(value) ? none() : unsaid();
    }

    private static boolean knownZone(String value) {
        return !value.startsWith(SYSTEM_V) && ZoneId.getAvailableZoneIds().contains(value);
    }

    private static Optional<String> none() {
        return Optional.empty();
    }

    private static Optional<String> unsaid() {
        return Optional.of("");
    }

    /** On and off in the spellings administrators use. */
    static final class Switches {

        private Switches() {
        }

        static Optional<Boolean> read(String lower) {
            return switch (lower) {
                case "on", "true", "yes", "1", "enabled" -> Optional.of(true);
                case "off", "false", "no", "0", "disabled" -> Optional.of(false);
                default -> Optional.empty();
            };
        }
    }

    /** The codecs every supported vendor can name. */
    public static final class Codecs {

        /** Canonical names, in upper case. */
        public static final List<String> ALL = List.of("OPUS", "G722", "PCMU", "PCMA", "G729",
                "G726", "ILBC", "GSM");
        static final String NAMES = String.join(" ", ALL);

        private Codecs() {
        }

        /**
         * @param value a canonical codecs value, e.g. {@code G722,PCMU}
         * @return its names in order
         */
        public static List<String> parse(String value) {
            List<String> names = new ArrayList<>();
            // -1 keeps empty names, so that "," or "PCMU," is refused instead of stored empty
            for (String part : value.split(",", -1)) {
                String name = part.strip().toUpperCase(Locale.ROOT).replace(".", "");
                names.add(switch (name) {
                    case "ULAW", "G711U", "G711ULAW" -> "PCMU";
                    case "ALAW", "G711A", "G711ALAW" -> "PCMA";
                    default -> name;
                });
            }
            return names;
        }

        static Optional<String> problem(String value) {
            List<String> names = parse(value);
            Set<String> seen = new LinkedHashSet<>();
            for (String name : names) {
                if (!ALL.contains(name)) {
                    return Optional.of(name.isEmpty() ? "it has an empty name"
                            : name + " is not a known codec");
                }
                if (!seen.add(name)) {
                    return Optional.of(name + " is listed twice");
                }
            }
            return Optional.empty();
        }
    }

    /** Menu languages the supported vendors share, as ISO 639-1 codes. */
    static final class Languages {

        static final List<String> CODES = List.of("en", "de", "fr", "es", "it", "nl", "pt",
                "pl", "ru", "tr", "sv", "da", "nb", "fi", "cs", "zh", "ja", "ko");

        private Languages() {
        }
    }
}
