package org.openprov.vendor.snom.internal;

/**
 * Fits a key label to what Snom phones show. Characters no display can draw are dropped
 * (controls, invisible format characters such as zero-width joiners and direction marks,
 * private-use and unassigned code points), then the label is cut to the label length in
 * characters (code points, so a character outside the Basic Multilingual Plane is never cut in
 * half) and spaces left at either end are removed. The settings file could carry any of these:
 * the limit is the display.
 */
final class SnomLabels {

    private SnomLabels() {
    }

    /**
     * @param label a key label, possibly empty
     * @param length the most characters shown
     * @return the label as the phone shows it; equal to {@code label} when nothing changed
     */
    static String fit(String label, int length) {
        int[] shown = label.codePoints().filter(SnomLabels::drawable).limit(length).toArray();
        String fitted = new String(shown, 0, shown.length);
        return fitted.equals(label) ? label : fitted.strip();
    }

    /**
     * @param label a label
     * @return whether every character of it can be drawn
     */
    static boolean drawable(String label) {
        return label.codePoints().allMatch(SnomLabels::drawable);
    }

    private static boolean drawable(int codePoint) {
        return switch (Character.getType(codePoint)) {
            case Character.CONTROL, Character.FORMAT, Character.PRIVATE_USE,
                    Character.UNASSIGNED, Character.SURROGATE, Character.LINE_SEPARATOR,
                    Character.PARAGRAPH_SEPARATOR -> false;
            default -> true;
        };
    }
}
