package org.openprov.api.registry;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One SIP account of a device, rendered on line {@code number} (1-based).
 *
 * <p>{@link #toString()} masks the password so a line can be logged safely. No message of the
 * constructor repeats the password.
 *
 * @param number the line on the phone, from 1
 * @param userName the SIP user (the user part of the address of record), e.g. {@code 1007}
 * @param authUser the digest authentication user; often equal to {@code userName}
 * @param password the digest password; never logged
 * @param displayName the caller name shown to others; may hold any Unicode text
 * @param label the text on the phone's line key
 * @param server the registrar: a host name, an IPv4 address, or an IPv6 address in brackets;
 *        never a port or a scheme
 * @param port the registrar port, 1 to 65535
 * @param transport UDP, TCP or TLS
 */
public record SipLine(int number, String userName, String authUser, String password,
        String displayName, String label, String server, int port, Transport transport) {

    /** The highest line number any supported phone has. */
    public static final int MAX_LINES = 64;

    /**
     * The user part of RFC 3261 (section 25.1: unreserved and user-unreserved characters),
     * without '/', which here is nearly always part of a pasted URL, and with '#', which
     * PBXs use in feature accounts although the grammar wants it escaped.
     */
    private static final Pattern USER = Pattern.compile("[A-Za-z0-9\\-_.!~*'()&=+$,;?#]+");
    private static final String USER_CHARACTERS = "letters, digits and - _ . ! ~ * ' ( ) & = + $"
            + " , ; ? #";
    /** A SIP, SIPS or tel URI, e.g. {@code sip:1007@pbx}: the scheme, then the user part. */
    private static final Pattern ADDRESS = Pattern.compile("(?i)(?:sips?:|tel:)?([^@]*)(@.*)?");
    private static final Pattern HOST_AND_PORT = Pattern.compile("(\\[[^\\]]*\\]|[^:\\[\\]]+)"
            + ":([0-9]{1,5})");
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

    /** Checks the values an administrator can get wrong, with messages that say what to do. */
    public SipLine {
        Objects.requireNonNull(transport, "transport");
        if (number < 1 || number > MAX_LINES) {
            throw new IllegalArgumentException("Line number " + number + " is out of range; lines"
                    + " are numbered from 1 to " + MAX_LINES);
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("SIP port " + port + " is out of range 1-65535");
        }
        requireText(userName, "SIP user");
        requireUser(userName, "SIP user");
        authUser = blankToDefault(authUser, userName);
        requireUser(authUser, "authentication user");
        requireText(server, "SIP server");
        requireServer(server);
        displayName = blankToDefault(displayName, userName);
        label = blankToDefault(label, userName);
        password = password == null ? "" : password;
    }

    private static void requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("The " + what + " is required");
        }
    }

    private static void requireUser(String value, String what) {
        if (!USER.matcher(value).matches()) {
            throw new IllegalArgumentException("The " + what + " " + userProblem(value));
        }
    }

    /** @return what is wrong with a user that failed {@link #USER}, and what to write */
    private static String userProblem(String value) {
        if (CONTROL.matcher(value).find()) {
            return "contains a control character such as a line break or a tab; remove it";
        }
        if (value.indexOf('@') >= 0 || value.indexOf(':') >= 0) {
            return addressGivenAsUser(value);
        }
        if (value.chars().anyMatch(Character::isWhitespace)) {
            return "'" + value + "' contains a space; a SIP user has none";
        }
        char refused = (char) value.chars().filter(c -> !USER.matcher(String.valueOf((char) c))
                .matches()).findFirst().orElseThrow();
        return "'" + value + "' contains '" + refused + "', which a SIP user cannot hold; use "
                + USER_CHARACTERS;
    }

    /** An address typed where its user part belongs, e.g. {@code sip:1007@pbx.example.com}. */
    private static String addressGivenAsUser(String value) {
        Matcher address = ADDRESS.matcher(value);
        String user = address.matches() ? address.group(1) : "";
        if (user.indexOf(':') >= 0) {
            // In user:secret@host the part after the colon is a password: do not repeat it.
            return "holds a ':' after the user part, where a SIP address would carry a password;"
                    + " give the user part alone, and the password with --password-prompt";
        }
        String example = USER.matcher(user).matches() ? user : "1007";
        return "'" + value + "' is a SIP address, not its user part: write " + example + ", not "
                + (example.equals(user) ? value : "sip:1007@pbx.example.com");
    }

    private static void requireServer(String server) {
        Matcher withPort = HOST_AND_PORT.matcher(server);
        if (withPort.matches() && Hosts.problem(withPort.group(1), true).isEmpty()) {
            throw new IllegalArgumentException("The SIP server '" + server + "' includes a port;"
                    + " give the server as " + withPort.group(1) + " and the port with --port "
                    + withPort.group(2));
        }
        Optional<String> problem = Hosts.problem(server, true);
        if (problem.isPresent()) {
            String shown = CONTROL.matcher(server).find() ? "" : " '" + server + "'";
            throw new IllegalArgumentException("The SIP server" + shown + " is not valid: "
                    + problem.get() + "; give a host name such as pbx.example.com, an IPv4"
                    + " address such as 192.0.2.10 or an IPv6 address in brackets such as"
                    + " [2001:db8::10]");
        }
    }

    private static String blankToDefault(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }

    @Override
    public String toString() {
        return "SipLine[" + number + " " + userName + "@" + server + ":" + port + ";"
                + transport + ", password=" + (password.isEmpty() ? "none" : "***") + "]";
    }

    /**
     * The rule for a server a phone is given: a host name (RFC 1123 section 2.1), an IPv4
     * address, or an IPv6 address (RFC 4291 section 2.2) in brackets as in a URI (RFC 3986
     * section 3.2.2). {@link Setting#NTP_SERVER} uses it too, without IPv6. Nothing is looked
     * up: the phone, not the platform, resolves the name.
     */
    static final class Hosts {

        private static final Pattern SCHEME = Pattern.compile("(?i)(sips?|tel|https?):.*");
        private static final Pattern NAME_CHARACTER = Pattern.compile("[A-Za-z0-9.-]");
        private static final Pattern OCTET = Pattern.compile("0|[1-9][0-9]{0,2}");
        private static final Pattern HEX_GROUP = Pattern.compile("[0-9A-Fa-f]{1,4}");
        private static final int MAX_NAME = 253;
        private static final int MAX_LABEL = 63;

        private Hosts() {
        }

        /**
         * @param host a server as typed, not blank
         * @param ipv6 whether an IPv6 address in brackets is accepted
         * @return what is wrong with it, as a clause starting with "it", or empty if it is fine
         */
        static Optional<String> problem(String host, boolean ipv6) {
            if (CONTROL.matcher(host).find()) {
                return Optional.of("it contains a control character such as a line break or a"
                        + " tab");
            }
            if (host.chars().anyMatch(Character::isWhitespace)) {
                return Optional.of("it contains a space");
            }
            if (host.contains("://") || SCHEME.matcher(host).matches()) {
                return Optional.of("it starts with a scheme such as sip: or http://");
            }
            if (host.startsWith("[") || host.indexOf(':') >= 0 && ipv6Address(host)) {
                return ipv6Problem(host, ipv6);
            }
            if (HOST_AND_PORT.matcher(host).matches()) {
                return Optional.of("it includes a port");
            }
            return nameProblem(host);
        }

        private static Optional<String> ipv6Problem(String host, boolean ipv6) {
            if (!ipv6) {
                return Optional.of("it is an IPv6 address, which is not accepted here");
            }
            if (!host.startsWith("[")) {
                return Optional.of("an IPv6 address is written in brackets, as [" + host + "]");
            }
            boolean closed = host.length() > 2 && host.endsWith("]");
            if (!closed || !ipv6Address(host.substring(1, host.length() - 1))) {
                return Optional.of("it is not an IPv6 address in brackets");
            }
            return Optional.empty();
        }

        private static Optional<String> nameProblem(String host) {
            for (char c : host.toCharArray()) {
                if (!NAME_CHARACTER.matcher(String.valueOf(c)).matches()) {
                    return Optional.of("'" + c + "' cannot be part of a host name, which has"
                            + " letters a-z, digits, dashes and dots (an internationalised"
                            + " name is written in its xn-- form)");
                }
            }
            if (host.length() > MAX_NAME) {
                return Optional.of("it is " + host.length() + " characters long; a host name"
                        + " has at most " + MAX_NAME);
            }
            String[] labels = host.split("\\.", -1);
            for (String label : labels) {
                Optional<String> problem = labelProblem(label);
                if (problem.isPresent()) {
                    return problem;
                }
            }
            return ipv4Problem(labels);
        }

        private static Optional<String> labelProblem(String label) {
            if (label.isEmpty()) {
                return Optional.of("it has an empty label: two dots together, or a dot at the"
                        + " start or the end");
            }
            if (label.length() > MAX_LABEL) {
                return Optional.of("its label " + label + " is " + label.length()
                        + " characters long; a label has at most " + MAX_LABEL);
            }
            if (label.startsWith("-") || label.endsWith("-")) {
                return Optional.of("its label " + label + " starts or ends with a dash");
            }
            return Optional.empty();
        }

        /** A name whose last label is a number can only be an IPv4 address (RFC 1123 2.1). */
        private static Optional<String> ipv4Problem(String[] labels) {
            if (!labels[labels.length - 1].chars().allMatch(Character::isDigit)
                    || ipv4Address(labels)) {
                return Optional.empty();
            }
            return Optional.of("it is not an IPv4 address, which has four numbers from 0 to 255"
                    + " without leading zeros (e.g. 192.0.2.10), nor a host name, whose last"
                    + " label is not a number");
        }

        private static boolean ipv4Address(String[] labels) {
            if (labels.length != 4) {
                return false;
            }
            for (String octet : labels) {
                if (!OCTET.matcher(octet).matches() || Integer.parseInt(octet) > 255) {
                    return false;
                }
            }
            return true;
        }

        /** RFC 4291 2.2 text forms: eight groups, or fewer around one "::", IPv4 last. */
        private static boolean ipv6Address(String text) {
            int gap = text.indexOf("::");
            if (gap >= 0 && text.indexOf("::", gap + 1) >= 0) {
                return false;
            }
            if (gap < 0) {
                return groups(text, true) == 8;
            }
            int before = text.substring(0, gap).isEmpty() ? 0 : groups(text.substring(0, gap),
                    false);
            String tail = text.substring(gap + 2);
            int after = tail.isEmpty() ? 0 : groups(tail, true);
            return before >= 0 && after >= 0 && before + after <= 7;
        }

        /** @return how many 16-bit groups the colon-separated text holds, or -1 if malformed */
        private static int groups(String text, boolean ipv4Last) {
            String[] parts = text.split(":", -1);
            int count = 0;
            for (int i = 0; i < parts.length; i++) {
                boolean last = i == parts.length - 1;
                if (ipv4Last && last && parts[i].indexOf('.') >= 0) {
                    return ipv4Address(parts[i].split("\\.", -1)) ? count + 2 : -1;
                }
                if (!HEX_GROUP.matcher(parts[i]).matches()) {
                    return -1;
                }
                count++;
            }
            return count;
        }
    }
}
