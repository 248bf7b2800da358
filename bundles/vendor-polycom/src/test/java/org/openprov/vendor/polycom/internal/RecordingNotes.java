package org.openprov.vendor.polycom.internal;

import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;

/** Keeps a rendering's notes so that a test can read them. */
final class RecordingNotes implements RenderNotes {

    private final List<String> infos = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();

    @Override
    public void info(String message) {
        infos.add(message);
    }

    @Override
    public void warn(String message) {
        warnings.add(message);
    }

    /** @return the info notes, in order */
    List<String> infos() {
        return infos;
    }

    /** @return the warnings, in order */
    List<String> warnings() {
        return warnings;
    }

    /** @return every note, infos first */
    List<String> all() {
        List<String> all = new ArrayList<>(infos);
        all.addAll(warnings);
        return all;
    }

    /**
     * Asserts that exactly one warning holds every part given.
     *
     * @param parts texts the warning must contain
     */
    void assertOneWarning(String... parts) {
        assertOne(warnings, "warning", parts);
    }

    /**
     * Asserts that exactly one info note holds every part given.
     *
     * @param parts texts the note must contain
     */
    void assertOneInfo(String... parts) {
        assertOne(infos, "info note", parts);
    }

    private static void assertOne(List<String> notes, String kind, String... parts) {
        long matching = notes.stream().filter(note -> containsAll(note, parts)).count();
        assertTrue("expected one " + kind + " with " + String.join(" + ", parts) + " in "
                + notes, matching == 1);
    }

    private static boolean containsAll(String note, String... parts) {
        for (String part : parts) {
            if (!note.contains(part)) {
                return false;
            }
        }
        return true;
    }
}
