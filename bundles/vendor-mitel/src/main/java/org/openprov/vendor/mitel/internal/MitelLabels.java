package org.openprov.vendor.mitel.internal;

/**
 * Fits a key label to what Mitel phones show, in this order:
 * <ol>
 * <li>characters a phone cannot draw are dropped: those outside the Basic Multilingual Plane
 * (emoji), and invisible ones (format characters such as zero-width joiners, private use,
 * unassigned code points, controls, line and paragraph separators);</li>
 * <li>the rest is cut to the label length, and spaces left at either end are removed.</li>
 * </ol>
 * The file could carry more; the limit is the display.
 */
final class MitelLabels {

    private MitelLabels() {
    }

    /**
     * @param label a key label, possibly empty
     * @param length the most characters shown
     * @return the label as the phone can show it; equal to {@code label} when nothing changed
     */
    static String fit(String label, int length) {
        StringBuilder shown = new StringBuilder(label.length());
        label.codePoints().filter(MitelLabels::showable).forEach(shown::appendCodePoint);
        String fitted = shown.length() > length ? shown.substring(0, length) : shown.toString();
        return fitted.length() == label.length() ? label : fitted.strip();
    }

    /**
     * @param label a label
     * @return whether every character of it can be drawn
     */
    static boolean showable(String label) {
        return label.codePoints().allMatch(MitelLabels::showable);
    }

    private static boolean showable(int codePoint) {
        if (Character.isSupplementaryCodePoint(codePoint)) {
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
