package org.openprov.api.registry;

import java.util.Locale;
import java.util.Optional;

/**
 * A phone's MAC address in canonical form: 12 lower-case hexadecimal digits.
 *
 * <p>{@link #parse(String)} accepts the forms administrators and phones use:
 * {@code 00:15:65:A1:B2:C3}, {@code 00-15-65-a1-b2-c3}, {@code 0015.65a1.b2c3} and
 * {@code 001565a1b2c3}, in either case. Mixed separators are refused, as are the all-zero,
 * broadcast and multicast addresses, which no phone has.
 */
public final class Mac implements Comparable<Mac> {

    private static final char[] DIGITS = "0123456789abcdef".toCharArray();

    /** The 48 bits of the address; a long rather than text, as a fleet keeps many of them. */
    private final long bits;

    private Mac(long bits) {
        this.bits = bits;
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
        long bits = bitsOf(input.trim());
        if (bits < 0) {
            throw new IllegalArgumentException("'" + input + "' is not a MAC address; write 12 hex"
                    + " digits, e.g. 001565a1b2c3, 00:15:65:a1:b2:c3, 00-15-65-a1-b2-c3 or"
                    + " 0015.65a1.b2c3");
        }
        if (bits == 0 || (bits >>> 40 & 1) == 1) {
            throw new IllegalArgumentException("'" + input + "' is a zero, broadcast or multicast"
                    + " address, which no phone has; check the label on the phone");
        }
        return new Mac(bits);
    }

    /**
     * @param text a MAC in one of the accepted forms, either case
     * @return its 48 bits, or -1 when the text is none of the forms
     */
    private static long bitsOf(String text) {
        int length = text.length();
        char separator;
        int group;
        if (length == 12) {
            separator = 0;
            group = 12;
        } else if (length == 17 && (text.charAt(2) == ':' || text.charAt(2) == '-')) {
            separator = text.charAt(2);
            group = 2;
        } else if (length == 14 && text.charAt(4) == '.') {
            separator = '.';
            group = 4;
        } else {
            return -1;
        }
        long bits = 0;
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (separator != 0 && i % (group + 1) == group) {
                if (c != separator) {
                    return -1;
                }
                continue;
            }
            int digit = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10
                    : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
            if (digit < 0) {
                return -1;
            }
            bits = bits << 4 | digit;
        }
        return bits;
    }

    /**
     * Parses a MAC address, or returns empty when the input is not one.
     *
     * @param input any text
     * @return the MAC, if the text is one
     */
    public static Optional<Mac> tryParse(String input) {
        if (input == null) {
            return Optional.empty();
        }
        long bits = bitsOf(input.trim());
        return bits <= 0 || (bits >>> 40 & 1) == 1 ? Optional.empty()
                : Optional.of(new Mac(bits));
    }

    /** @return 12 lower-case hex digits, e.g. {@code 001565a1b2c3} */
    public String hex() {
        char[] out = new char[12];
        for (int i = 11; i >= 0; i--) {
            out[i] = DIGITS[(int) (bits >>> 4 * (11 - i)) & 0xf];
        }
        return new String(out);
    }

    /** @return 12 upper-case hex digits, e.g. {@code 001565A1B2C3}, as Snom names its files */
    public String upper() {
        return hex().toUpperCase(Locale.ROOT);
    }

    /** @return lower-case octets separated by colons, e.g. {@code 00:15:65:a1:b2:c3} */
    public String colons() {
        String hex = hex();
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
        // 48 bits: never negative, so the order of the numbers is the order of the hex digits.
        return Long.compare(bits, other.bits);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Mac && ((Mac) other).bits == bits;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(bits * 0x9E3779B97F4A7C15L);
    }

    @Override
    public String toString() {
        return hex();
    }
}
