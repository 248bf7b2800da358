package org.openprov.api.registry;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A phone's MAC address in canonical form: 12 lower-case hexadecimal digits.
 *
 * <p>{@link #parse(String)} accepts the forms administrators and phones use:
 * {@code 00:15:65:A1:B2:C3}, {@code 00-15-65-a1-b2-c3}, {@code 0015.65a1.b2c3} and
 * {@code 001565a1b2c3}, in either case. Mixed separators are refused, as are the all-zero,
 * broadcast and multicast addresses, which no phone has.
 */
public final class Mac implements Comparable<Mac> {

    private static final Pattern BARE = Pattern.compile("[0-9a-f]{12}");
    private static final Pattern COLONS = Pattern.compile("[0-9a-f]{2}(:[0-9a-f]{2}){5}");
    private static final Pattern DASHES = Pattern.compile("[0-9a-f]{2}(-[0-9a-f]{2}){5}");
    private static final Pattern DOTS = Pattern.compile("[0-9a-f]{4}(\\.[0-9a-f]{4}){2}");

    private final String hex;

    private Mac(String hex) {
        this.hex = hex;
    }

    /**
     * Parses a MAC address in any accepted form.
     *
     * @param input what the administrator or the phone wrote
     * @return the canonical MAC
     * @throws IllegalArgumentException with a message that shows the accepted forms
     */
    public static Mac parse(String input) {
        if (input == null || input.isBlank()) {
            throw new IllegalArgumentException("A MAC address is required, e.g. 00:15:65:a1:b2:c3");
        }
        String text = input.trim().toLowerCase(Locale.ROOT);
        if (!(BARE.matcher(text).matches() || COLONS.matcher(text).matches()
                || DASHES.matcher(text).matches() || DOTS.matcher(text).matches())) {
            throw new IllegalArgumentException("'" + input + "' is not a MAC address; write 12 hex"
                    + " digits, e.g. 001565a1b2c3, 00:15:65:a1:b2:c3, 00-15-65-a1-b2-c3 or"
                    + " 0015.65a1.b2c3");
        }
        String hex = text.replaceAll("[:.-]", "");
        if (hex.equals("000000000000") || (Integer.parseInt(hex.substring(0, 2), 16) & 1) == 1) {
            throw new IllegalArgumentException("'" + input + "' is a zero, broadcast or multicast"
                    + " address, which no phone has; check the label on the phone");
        }
        return new Mac(hex);
    }

    /**
     * Parses a MAC address, or returns empty when the input is not one.
     *
     * @param input any text
     * @return the MAC, if the text is one
     */
    public static Optional<Mac> tryParse(String input) {
        try {
            return Optional.of(parse(input));
        } catch (IllegalArgumentException notAMac) {
            return Optional.empty();
        }
    }

    /** @return 12 lower-case hex digits, e.g. {@code 001565a1b2c3} */
    public String hex() {
        return hex;
    }

    /** @return 12 upper-case hex digits, e.g. {@code 001565A1B2C3}, as Snom names its files */
    public String upper() {
        return hex.toUpperCase(Locale.ROOT);
    }

    /** @return lower-case octets separated by colons, e.g. {@code 00:15:65:a1:b2:c3} */
    public String colons() {
        StringBuilder out = new StringBuilder(17);
        for (int i = 0; i < 12; i += 2) {
            if (i > 0) {
                out.append(':');
            }
            out.append(hex, i, i + 2);
        }
        return out.toString();
    }

    @Override
    public int compareTo(Mac other) {
        return hex.compareTo(other.hex);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Mac && ((Mac) other).hex.equals(hex);
    }

    @Override
    public int hashCode() {
        return hex.hashCode();
    }

    @Override
    public String toString() {
        return hex;
    }
}
