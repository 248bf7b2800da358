package org.openprov.api.registry;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openprov.api.settings.Hosts;

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
 *        never a port or a scheme; empty to take the resolved setting {@code sip.server}
 * @param port the registrar port, 1 to 65535; 0 to take {@code sip.port} (default 5060)
 * @param transport UDP, TCP or TLS; null to take {@code sip.transport} (default UDP)
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
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

    /** Checks the values an administrator can get wrong, with messages that say what to do. */
    public SipLine {
        if (number < 1 || number > MAX_LINES) {
            throw new IllegalArgumentException("Line number " + number + " is out of range; lines"
                    + " are numbered from 1 to " + MAX_LINES);
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("SIP port " + port + " is out of range 1-65535");
        }
        requireText(userName, "SIP user");
        requireUser(userName, "SIP user");
        authUser = blankToDefault(authUser, userName);
        requireUser(authUser, "authentication user");
        server = server == null ? "" : server.trim();
        if (!server.isEmpty()) {
            requireServer(server);
        }
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
        Optional<String[]> withPort = Hosts.hostAndPort(server);
        if (withPort.isPresent()) {
            throw new IllegalArgumentException("The SIP server '" + server + "' includes a port;"
                    + " give the server as " + withPort.get()[0] + " and the port with --port "
                    + withPort.get()[1]);
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

    /**
     * Fills what the line leaves to the settings: the server, the port and the transport.
     *
     * @param defaultServer the resolved {@code sip.server}, empty if none
     * @param defaultPort the resolved {@code sip.port}
     * @param defaultTransport the resolved {@code sip.transport}
     * @return the line with every part explicit; its server is still empty if both were
     */
    public SipLine completedWith(String defaultServer, int defaultPort,
            Transport defaultTransport) {
        return new SipLine(number, userName, authUser, password, displayName, label,
                server.isEmpty() ? defaultServer : server, port == 0 ? defaultPort : port,
                transport == null ? defaultTransport : transport);
    }

    @Override
    public String toString() {
        return "SipLine[" + number + " " + userName + "@" + server + ":" + port + ";"
                + transport + ", password=" + (password.isEmpty() ? "none" : "***") + "]";
    }
}
