package org.openprov.endpoint.command;

import static org.junit.Assert.assertEquals;

import java.util.List;
import org.junit.Test;

public class LineDiffTest {

    @Test
    public void equalTextsHaveNoChanges() {
        assertEquals(List.of(), LineDiff.changes("a\nb\n", "a\nb\n"));
    }

    @Test
    public void aChangedLineIsShownRemovedThenAdded() {
        assertEquals(List.of("- ntp = a", "+ ntp = b"),
                LineDiff.changes("head\nntp = a\ntail\n", "head\nntp = b\ntail\n"));
    }

    @Test
    public void addedAndRemovedLinesKeepTheirOrder() {
        assertEquals(List.of("- one", "+ three", "+ four"),
                LineDiff.changes("one\ntwo\n", "two\nthree\nfour\n"));
    }

    @Test
    public void lineEndingsDoNotCountAsChanges() {
        assertEquals(List.of(), LineDiff.changes("a\r\nb", "a\nb"));
    }
}
