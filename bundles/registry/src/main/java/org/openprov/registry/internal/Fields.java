package org.openprov.registry.internal;

import java.util.regex.Pattern;
import org.openprov.api.registry.RegistryException;

/**
 * Checks what administrators type before it reaches the database, so a mistake gets a message
 * that says what to do rather than a driver's error. No message repeats the value it refuses,
 * since the value may be a password.
 */
final class Fields {

    /** Names are typed at the console, so they avoid spaces and shell quoting. */
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}._-]{0,63}");

    private Fields() {
    }

    /**
     * @param value a provider or customer name as typed
     * @param what {@code provider} or {@code customer}
     * @return the name without surrounding blanks
     * @throws RegistryException if it is not a valid name
     */
    static String name(String value, String what) {
        String name = value == null ? "" : value.strip();
        if (!NAME.matcher(name).matches()) {
            throw new RegistryException("'" + name + "' is not a valid " + what + " name: use 1 to"
                    + " 64 letters, digits, dots, dashes or underscores, starting with a letter or"
                    + " digit, e.g. acme-telecom");
        }
        return name;
    }

    /**
     * @param value free text, or null
     * @param what what the text is, e.g. {@code label}
     * @param max the most characters stored
     * @return the text, empty for null
     * @throws RegistryException if it is too long or holds a control character
     */
    static String text(String value, String what, int max) {
        String text = value == null ? "" : value;
        if (text.length() > max) {
            throw new RegistryException("The " + what + " is " + text.length()
                    + " characters long; at most " + max + " are stored");
        }
        if (hasControl(text)) {
            throw new RegistryException("The " + what + " contains a control character such as a"
                    + " line break or a tab; remove it");
        }
        return text;
    }

    /** @return whether the text holds an ASCII control character (as \p{Cntrl} matches) */
    private static boolean hasControl(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param value text that must not be blank
     * @param what what the text is, e.g. {@code vendor}
     * @param max the most characters stored
     * @return the text
     * @throws RegistryException if it is blank, too long or holds a control character
     */
    static String required(String value, String what, int max) {
        if (value == null || value.isBlank()) {
            throw new RegistryException("The " + what + " is required");
        }
        return text(value, what, max);
    }
}
