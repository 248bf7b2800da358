package org.openprov.access.internal;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import javax.security.auth.x500.X500Principal;

/**
 * Compares certificate subjects as an administrator means them: the same attributes and values,
 * whatever the order, spacing and case of the attribute names ({@code CN=a, O=b} is
 * {@code O=b,CN=a}), since tools print a subject's parts in either order.
 */
public final class SubjectNames {

    private SubjectNames() {
    }

    /**
     * @param subject a subject as typed, e.g. {@code CN=001565a1b2c3, O=Example}
     * @return whether it reads as a distinguished name with at least one attribute
     */
    public static boolean valid(String subject) {
        return !parts(subject).isEmpty();
    }

    /**
     * @param bound the subject a device is bound to
     * @param presented the subject of the certificate a phone presented
     * @return whether they name the same attributes with the same values
     */
    static boolean same(String bound, String presented) {
        Set<String> a = parts(bound);
        return !a.isEmpty() && a.equals(parts(presented));
    }

    /** @return the attribute=value parts in canonical form, or empty if it is no name */
    private static Set<String> parts(String subject) {
        Set<String> parts = new HashSet<>();
        if (subject == null || subject.isBlank()) {
            return parts;
        }
        String canonical;
        try {
            canonical = new X500Principal(subject.trim()).getName(X500Principal.CANONICAL);
        } catch (IllegalArgumentException e) {
            return parts;
        }
        // CANONICAL escapes commas inside values, so unescaped commas separate the parts.
        StringBuilder part = new StringBuilder();
        for (int i = 0; i < canonical.length(); i++) {
            char c = canonical.charAt(i);
            if (c == '\\' && i + 1 < canonical.length()) {
                part.append(c).append(canonical.charAt(++i));
            } else if (c == ',') {
                parts.add(part.toString().toLowerCase(Locale.ROOT));
                part.setLength(0);
            } else {
                part.append(c);
            }
        }
        if (part.length() > 0) {
            parts.add(part.toString().toLowerCase(Locale.ROOT));
        }
        return parts;
    }
}
