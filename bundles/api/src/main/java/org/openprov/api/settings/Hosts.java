package org.openprov.api.settings;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The rule for a server a phone is given: a host name (RFC 1123 section 2.1), an IPv4
 * address, or an IPv6 address (RFC 4291 section 2.2) in brackets as in a URI (RFC 3986
 * section 3.2.2). Settings that name servers use it too, some without IPv6. Nothing is looked
 * up: the phone, not the platform, resolves the name.
 */
public final class Hosts {

    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");
    private static final Pattern HOST_AND_PORT = Pattern.compile("(\\[[^\\]]*\\]|[^:\\[\\]]+)"
            + ":([0-9]{1,5})");
    private static final Pattern SCHEME = Pattern.compile("(?i)(sips?|tel|https?):.*");
    private static final Pattern NAME_CHARACTER = Pattern.compile("[A-Za-z0-9.-]");
    private static final Pattern OCTET = Pattern.compile("0|[1-9][0-9]{0,2}");
    private static final Pattern HEX_GROUP = Pattern.compile("[0-9A-Fa-f]{1,4}");
    private static final int MAX_NAME = 253;
    private static final int MAX_LABEL = 63;

    private Hosts() {
    }

    /**
     * Splits {@code host:port} when the host part is a valid server, so that a message can say
     * "give the port separately".
     *
     * @param text a server as typed
     * @return the host and the port, if the text is a valid host followed by a port
     */
    public static Optional<String[]> hostAndPort(String text) {
        java.util.regex.Matcher m = HOST_AND_PORT.matcher(text);
        if (m.matches() && problem(m.group(1), true).isEmpty()) {
            return Optional.of(new String[] {m.group(1), m.group(2)});
        }
        return Optional.empty();
    }

    /**
     * @param host a server as typed, not blank
     * @param ipv6 whether an IPv6 address in brackets is accepted
     * @return what is wrong with it, as a clause starting with "it", or empty if it is fine
     */
    public static Optional<String> problem(String host, boolean ipv6) {
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
