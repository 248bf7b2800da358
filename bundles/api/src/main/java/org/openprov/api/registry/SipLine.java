package org.openprov.api.registry;

import java.util.Objects;

/**
 * One SIP account of a device, rendered on line {@code number} (1-based).
 *
 * <p>{@link #toString()} masks the password so a line can be logged safely.
 *
 * @param number the line on the phone, from 1
 * @param userName the SIP user (the user part of the address of record)
 * @param authUser the digest authentication user; often equal to {@code userName}
 * @param password the digest password; never logged
 * @param displayName the caller name shown to others; may hold any Unicode text
 * @param label the text on the phone's line key
 * @param server the registrar host name or address
 * @param port the registrar port, 1 to 65535
 * @param transport UDP, TCP or TLS
 */
public record SipLine(int number, String userName, String authUser, String password,
        String displayName, String label, String server, int port, Transport transport) {

    /** The highest line number any supported phone has. */
    public static final int MAX_LINES = 64;

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
        requireText(server, "SIP server");
        authUser = blankToDefault(authUser, userName);
        displayName = blankToDefault(displayName, userName);
        label = blankToDefault(label, userName);
        password = password == null ? "" : password;
    }

    private static void requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("The " + what + " is required");
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
}
