package org.openprov.api.access;

import java.util.Locale;
import java.util.Objects;

/**
 * The client certificate a phone presented over TLS, as far as binding a device to it needs.
 *
 * @param subject the certificate's subject distinguished name, as the JVM prints it
 * @param fingerprint the SHA-256 fingerprint of the encoded certificate, 64 lower-case hex digits
 */
public record ClientIdentity(String subject, String fingerprint) {

    /** Checks the parts and brings the fingerprint to lower case without separators. */
    public ClientIdentity {
        Objects.requireNonNull(subject, "subject");
        fingerprint = normalFingerprint(fingerprint);
    }

    /**
     * @param text a SHA-256 fingerprint, hex digits with or without colons, any case
     * @return 64 lower-case hex digits
     * @throws IllegalArgumentException if it is not a SHA-256 fingerprint
     */
    public static String normalFingerprint(String text) {
        String hex = Objects.requireNonNull(text, "fingerprint").replace(":", "").trim()
                .toLowerCase(Locale.ROOT);
        if (!hex.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("Not a SHA-256 fingerprint (64 hex digits, colons"
                    + " allowed): " + (text.length() > 100 ? text.substring(0, 100) + "..." : text));
        }
        return hex;
    }
}
