package org.openprov.vendor.mitel.internal;

import java.util.Optional;

/**
 * Turns a digit map ({@code dial.plan}, MGCP style) into Mitel's {@code sip dial plan}
 * (Administrator Guide, "SIP Local Dial Plan Settings"): digits, {@code * #}, {@code x} for
 * any digit, {@code [ ]} with {@code -} ranges, {@code |} for alternatives, {@code ( )} for
 * grouping, and {@code +} for "0 or more of the preceding digit symbol or [] expression". The
 * phone dials when the digits match exactly, when {@code #} is pressed, or on time-out.
 *
 * <p>The two syntaxes differ in three symbols:
 * <ul>
 * <li>{@code .} (any number of the preceding) becomes {@code +};</li>
 * <li>{@code T} (dial on time-out) is dropped right after a {@code .}: Mitel dials an
 * open-ended match on time-out anyway. A {@code T} anywhere else (e.g. {@code 0T}, "wait
 * before dialling 0") has no Mitel form;</li>
 * <li>a literal {@code +} (international prefix) has no Mitel form, since {@code +} is
 * Mitel's repetition.</li>
 * </ul>
 * A map with a symbol that has no Mitel form is not translated at all.
 */
final class MitelDialPlan {

    /** The guide's limit on the dial plan's length. */
    static final int MAX_LENGTH = 512;

    private MitelDialPlan() {
    }

    /**
     * @param digitMap a canonical digit map
     * @return the Mitel dial plan, or empty if the map uses a symbol Mitel has no form for
     */
    static Optional<String> translate(String digitMap) {
        StringBuilder plan = new StringBuilder(digitMap.length());
        for (int i = 0; i < digitMap.length(); i++) {
            char c = digitMap.charAt(i);
            boolean afterRepeat = i > 0 && digitMap.charAt(i - 1) == '.';
            if (c == '+' || c == 'T' && !afterRepeat) {
                return Optional.empty();
            }
            if (c != 'T') {
                plan.append(c == '.' ? '+' : c == 'X' ? 'x' : c);
            }
        }
        return plan.length() > MAX_LENGTH ? Optional.empty() : Optional.of(plan.toString());
    }
}
