package org.openprov.api.generator;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.Month;
import java.time.ZoneId;
import org.junit.Test;

public class ZoneFactsTest {

    private static final Instant JULY = Instant.parse("2026-07-01T00:00:00Z");

    @Test
    public void parisChangesOnTheLastSundaysOfMarchAndOctober() {
        ZoneFacts paris = ZoneFacts.of(ZoneId.of("Europe/Paris"), JULY);
        assertEquals(60, paris.standardOffsetMinutes());
        ZoneFacts.DaylightSaving dst = paris.daylightSaving().orElseThrow();
        assertEquals(new ZoneFacts.Change(Month.MARCH, ZoneFacts.LAST, DayOfWeek.SUNDAY, 25,
                LocalTime.of(2, 0)), dst.start());
        assertEquals(LocalTime.of(3, 0), dst.end().time());
        assertEquals(Duration.ofHours(1), dst.saving());
        assertTrue(dst.weekly());
    }

    @Test
    public void halfHourZonesKeepTheirMinutes() {
        assertEquals(330, ZoneFacts.of(ZoneId.of("Asia/Kolkata"), JULY).standardOffsetMinutes());
        ZoneFacts stJohns = ZoneFacts.of(ZoneId.of("America/St_Johns"), JULY);
        assertEquals(-210, stJohns.standardOffsetMinutes());
        assertEquals(2, stJohns.daylightSaving().orElseThrow().start().week());
    }

    @Test
    public void aZoneWithoutYearlyRulesKeepsTheOffsetInForce() {
        ZoneFacts casablanca = ZoneFacts.of(ZoneId.of("Africa/Casablanca"), JULY);
        assertEquals(60, casablanca.standardOffsetMinutes());
        assertTrue(casablanca.daylightSaving().isEmpty());
    }
}
