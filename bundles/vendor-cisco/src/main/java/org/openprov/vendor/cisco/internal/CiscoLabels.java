package org.openprov.vendor.cisco.internal;

/**
 * Fits a key label to what Cisco phones show and to where it is written. Three changes are
 * made, in this order:
 * <ol>
 * <li>characters a phone cannot draw are dropped: those outside the Basic Multilingual Plane,
 * and invisible ones (format, private use, unassigned, control characters);</li>
 * <li>{@code ;} {@code =} and {@code $} are dropped: the first two separate the fields of an
 * extended function ({@code fnc=sd;ext=...;nme=<label>}), for which Cisco documents no escape,
 * and {@code $} starts a macro ({@code $USER}, {@code $PROXY}) in these fields;</li>
 * <li>the rest is cut to the label length, and spaces left at either end are removed.</li>
 * </ol>
 */
final class CiscoLabels {

    private static final String SEPARATORS = ";=$";

    private CiscoLabels() {
    }

    /**
     * @param label a key label, possibly empty
     * @param length the most characters shown
     * @return the label as the phone can show it; equal to {@code label} when nothing changed
     */
    static String fit(String label, int length) {
        StringBuilder kept = new StringBuilder(label.length());
        label.codePoints().filter(CiscoLabels::kept).forEach(kept::appendCodePoint);
        String fitted = kept.length() > length ? kept.substring(0, length) : kept.toString();
        return fitted.length() == label.length() ? label : fitted.strip();
    }

    /**
     * @param label a label
     * @return whether it is written as it is, apart from its length
     */
    static boolean clean(String label) {
        return label.codePoints().allMatch(CiscoLabels::kept);
    }

    private static boolean kept(int codePoint) {
        if (Character.isSupplementaryCodePoint(codePoint) || SEPARATORS.indexOf(codePoint) >= 0) {
            return false;
        }
        return switch (Character.getType(codePoint)) {
            case Character.FORMAT, Character.PRIVATE_USE, Character.UNASSIGNED,
                    Character.CONTROL, Character.SURROGATE, Character.LINE_SEPARATOR,
                    Character.PARAGRAPH_SEPARATOR -> false;
            default -> true;
        };
    }
}
