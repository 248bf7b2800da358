package org.openprov.endpoint.command;

import java.util.ArrayList;
import java.util.List;

/** The lines that differ between two texts, by their longest common subsequence. */
final class LineDiff {

    /** Files longer than this are compared as wholes; no phone file comes near it. */
    private static final int MAX_LINES = 5000;

    private LineDiff() {
    }

    /**
     * @param before the old text
     * @param after the new text
     * @return the changed lines in order, each prefixed with {@code - } (only in the old text)
     *         or {@code + } (only in the new); empty when the texts are equal
     */
    static List<String> changes(String before, String after) {
        String[] a = before.split("\r?\n", -1);
        String[] b = after.split("\r?\n", -1);
        if (a.length > MAX_LINES || b.length > MAX_LINES) {
            return before.equals(after) ? List.of() : List.of("- (" + a.length + " lines)",
                    "+ (" + b.length + " lines)");
        }
        int[][] common = new int[a.length + 1][b.length + 1];
        for (int i = a.length - 1; i >= 0; i--) {
            for (int j = b.length - 1; j >= 0; j--) {
                common[i][j] = a[i].equals(b[j]) ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        return walk(a, b, common);
    }

    private static List<String> walk(String[] a, String[] b, int[][] common) {
        List<String> changes = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.length || j < b.length) {
            if (i < a.length && j < b.length && a[i].equals(b[j])) {
                i++;
                j++;
            } else if (j < b.length && (i == a.length || common[i][j + 1] > common[i + 1][j])) {
                changes.add("+ " + b[j++]);
            } else {
                changes.add("- " + a[i++]);
            }
        }
        return changes;
    }
}
