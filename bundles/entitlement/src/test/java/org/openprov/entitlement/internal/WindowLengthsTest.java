package org.openprov.entitlement.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.openprov.entitlement.internal.PlanRulesTest.at;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.Test;

/** Which recorded length a window keeps, by when it started. */
public class WindowLengthsTest {

    private final WindowLengths history = new WindowLengths(Map.of(
            at("2026-03-15T00:00:00Z"), Duration.ofDays(10),
            at("2026-03-01T00:00:00Z"), Duration.ofDays(30),
            at("2026-04-01T00:00:00Z"), Duration.ofDays(400)));

    @Test
    public void aWindowKeepsTheLengthInForceAtItsStart() {
        assertEquals(Duration.ofDays(30), history.at(at("2026-03-14T23:59:59.999Z")));
        assertEquals(Duration.ofDays(10), history.at(at("2026-03-15T00:00:00Z")));
        assertEquals(Duration.ofDays(10), history.at(at("2026-03-31T12:00:00Z")));
        assertEquals(Duration.ofDays(400), history.at(at("2030-01-01T00:00:00Z")));
    }

    @Test
    public void aWindowOlderThanTheHistoryKeepsTheFirstLengthRecorded() {
        assertEquals(Duration.ofDays(30), history.at(at("2025-01-01T00:00:00Z")));
    }

    @Test
    public void theLatestIsTheLengthRecordedLast() {
        assertEquals(Optional.of(Duration.ofDays(400)), history.latest());
        assertEquals(Optional.empty(), new WindowLengths(Map.of()).latest());
    }

    @Test
    public void withoutAnyLengthNoWindowCanBeMeasured() {
        WindowLengths none = new WindowLengths(Map.of());

        assertThrows(IllegalStateException.class, () -> none.at(at("2026-03-01T00:00:00Z")));
    }
}
