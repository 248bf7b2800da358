package org.openprov.jdbc;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.List;
import org.junit.Test;

/** Rows saying what the last written row of their key said, counted instead of written. */
public class RepeatsTest {

    private final Repeats<String> repeats = new Repeats<>(2, 1000);

    @Test
    public void onlyRowsAfterAWrittenRowAreRepeats() {
        assertFalse(repeats.repeat("k", "same", 10));
        repeats.written("k", "same", 10);
        assertTrue(repeats.repeat("k", "same", 20));
        assertTrue(repeats.repeat("k", "same", 15));
        assertFalse(repeats.repeat("k", "other", 30));
        assertFalse(repeats.repeat("j", "same", 30));
        assertEquals(List.of(new Repeats.Count<>("k", "same", 10, 2, 20)), repeats.takeCounts());
        assertEquals(List.of(), repeats.takeCounts());
        assertEquals(3, repeats.seen()); // one written, two repeats
    }

    @Test
    public void pendingCountsAreReadWithoutBeingTaken() {
        repeats.written("k", "same", 10);
        repeats.repeat("k", "same", 11);
        repeats.written("j", "same", 10);
        assertEquals(List.of(new Repeats.Count<>("k", "same", 10, 1, 11)),
                repeats.pending(key -> key.equals("k")));
        assertEquals(List.of(), repeats.pending(key -> key.equals("j")));
        assertEquals(1, repeats.takeCounts().size());
    }

    @Test
    public void countsAreTakenInTheOrderTheirRowsWereWritten() {
        for (String key : List.of("e", "b", "d", "a", "c")) {
            long at = key.charAt(0) * 7 % 11;
            repeats.written(key, "same", at);
            repeats.repeat(key, "same", at + 1);
        }
        List<Long> written = repeats.takeCounts().stream().map(Repeats.Count::writtenAt).toList();
        assertEquals(5, written.size());
        assertEquals(written.stream().sorted().toList(), written);
    }

    @Test
    public void countsAreTakenLineByLineAndTheRestStayPending() {
        Repeats<String> many = new Repeats<>(10, 1000);
        many.written("a", "s", 1);
        many.repeat("a", "s", 2);
        many.written("b", "s", 3);
        many.repeat("b", "s", 4);
        many.repeat("b", "s", 5);
        List<Repeats.Line<String>> lines = many.counted();
        assertEquals(2, lines.size());
        assertEquals(new Repeats.Count<>("a", "s", 1, 1, 2), lines.get(0).take());
        // b's count is not written yet: the console still sees it, and it goes on counting.
        many.repeat("b", "s", 6);
        assertEquals(List.of(new Repeats.Count<>("b", "s", 3, 3, 6)), many.pending(k -> true));
        assertEquals(List.of(new Repeats.Count<>("b", "s", 3, 3, 6)),
                Repeats.take(lines.subList(1, 2)));
        assertEquals(List.of(), many.pending(k -> true));
        assertEquals(null, lines.get(0).take());
        assertEquals(List.of(), many.counted());
    }

    @Test
    public void aForgottenKeysReplacedCountsGoToo() {
        Repeats<String> many = new Repeats<>(10, 1000);
        many.written("a", "s", 1);
        many.repeat("a", "s", 2);
        many.written("a", "t", 3); // a's first line is replaced, its count kept
        many.forgetIf(k -> k.equals("a"));
        assertEquals(List.of(), many.takeCounts());
    }

    @Test
    public void rowsTooLongAfterOrBeforeAreWrittenAnew() {
        repeats.written("k", "same", 10);
        assertFalse(repeats.repeat("k", "same", 1011));
        assertFalse(repeats.repeat("k", "same", 9));
    }

    @Test
    public void countsOfAReplacedOrForgottenRowAreStillTaken() {
        repeats.written("k", "same", 10);
        repeats.repeat("k", "same", 11);
        repeats.written("k", "other", 12);
        repeats.written("a", "x", 1);
        repeats.repeat("a", "x", 2);
        repeats.written("b", "x", 3); // a third key: all forgotten, counts kept
        assertEquals(1, repeats.size());
        assertEquals(List.of(new Repeats.Count<>("a", "x", 1, 1, 2),
                new Repeats.Count<>("k", "same", 10, 1, 11)), repeats.takeCounts());
        assertFalse(repeats.repeat("a", "x", 4));
    }
}
