package org.openprov.vendor.snom.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.Month;
import java.util.Map;
import org.junit.Test;
import org.openprov.api.generator.ZoneFacts;
import org.openprov.testing.LogCapture;

/**
 * Zones in Snom's encoding: {@code utc_offset} in signed seconds, {@code dst} as
 * {@code <seconds> MM.WW.DD HH:MM:SS MM.WW.DD HH:MM:SS} with week 5 = last and weekday
 * 1 = Monday to 7 = Sunday, taken from each zone's rule, not from one year's dates.
 */
public class SnomTimeZoneTest {

    @Test
    public void halfHourZoneWithoutDaylightSaving() {
        assertEquals(Map.of("timezone", "", "utc_offset", "+19800", "dst", ""),
                zone("Asia/Kolkata"));
    }

    @Test
    public void wholeHourZoneWithoutDaylightSaving() {
        assertEquals(Map.of("timezone", "", "utc_offset", "+32400", "dst", ""),
                zone("Asia/Tokyo"));
    }

    /** Southern hemisphere: the saving starts in October and ends in April of the next year. */
    @Test
    public void sydneyStartsOnTheFirstSundayOfOctober() {
        assertEquals(Map.of("timezone", "", "utc_offset", "+36000",
                "dst", "3600 10.01.07 02:00:00 04.01.07 03:00:00"), zone("Australia/Sydney"));
    }

    @Test
    public void europeanRuleUsesTheLastWeekAndSundaySeven() {
        assertEquals(Map.of("timezone", "GER+1", "utc_offset", "+3600",
                "dst", "3600 03.05.07 02:00:00 10.05.07 03:00:00"), zone("Europe/Berlin"));
    }

    /** Snom's own default for the United States: second Sunday of March, first of November. */
    @Test
    public void northAmericanRuleUsesTheSecondAndFirstWeek() {
        assertEquals(Map.of("timezone", "USA-5", "utc_offset", "-18000",
                "dst", "3600 03.02.07 02:00:00 11.01.07 02:00:00"), zone("America/New_York"));
    }

    @Test
    public void negativeHalfHourZoneKeepsItsMinutes() {
        assertEquals("-12600", zone("America/St_Johns").get("utc_offset"));
        assertEquals("3600 03.02.07 02:00:00 11.01.07 02:00:00",
                zone("America/St_Johns").get("dst"));
    }

    @Test
    public void quarterHourAndBeyondTwelveHours() {
        assertEquals("+20700", zone("Asia/Kathmandu").get("utc_offset"));
        assertEquals("+50400", zone("Pacific/Kiritimati").get("utc_offset"));
        assertEquals("-39600", zone("Pacific/Pago_Pago").get("utc_offset"));
        assertEquals("0", zone("UTC").get("utc_offset"));
    }

    /** Chatham: +12:45, changes at 02:45 and 03:45 wall-clock time, minutes kept. */
    @Test
    public void chathamKeepsQuarterHoursInOffsetAndChangeTimes() {
        assertEquals(Map.of("timezone", "", "utc_offset", "+45900",
                "dst", "3600 09.05.07 02:45:00 04.01.07 03:45:00"), zone("Pacific/Chatham"));
    }

    /** Lord Howe moves the clock by half an hour only. */
    @Test
    public void halfHourSavingIsWrittenInSeconds() {
        assertEquals("1800 10.01.07 02:00:00 04.01.07 02:00:00",
                zone("Australia/Lord_Howe").get("dst"));
    }

    @Test
    public void weekdaysAreNumberedFromMonday() {
        ZoneFacts.Change monday = new ZoneFacts.Change(Month.MARCH, 1, DayOfWeek.MONDAY, 1,
                LocalTime.of(1, 30, 15));
        ZoneFacts.Change saturday = new ZoneFacts.Change(Month.DECEMBER, ZoneFacts.LAST,
                DayOfWeek.SATURDAY, 25, LocalTime.MIDNIGHT);

        assertEquals("03.01.01 01:30:15", SnomTimeZone.change(monday));
        assertEquals("12.05.06 00:00:00", SnomTimeZone.change(saturday));
    }

    /** Israel changes on "the Friday on or after the 23rd": Snom cannot say that. */
    @Test
    public void aRuleSnomCannotExpressLeavesTheZoneOutWithAWarning() {
        try (LogCapture log = new LogCapture()) {
            Map<String, String> settings = SnomTestDevices.settings(
                    SnomTestDevices.withZone("Asia/Jerusalem"));

            assertFalse(settings.containsKey("timezone"));
            assertFalse(settings.containsKey("utc_offset"));
            assertFalse(settings.containsKey("dst"));
            assertEquals(1, log.count("WARN", SnomTestDevices.MAC.hex(), "time.zone",
                    "Asia/Jerusalem"));
        }
    }

    /** The rest of the file is still written when the zone is left out. */
    @Test
    public void theRestOfTheFileIsStillServed() {
        Map<String, String> settings = SnomTestDevices.settings(SnomTestDevices.twoLines(
                "D785", SnomTestDevices.at("time.zone", "Asia/Jerusalem"),
                SnomTestDevices.at("ntp.server", "ntp.example.com")));

        assertEquals("ntp.example.com", settings.get("ntp_server"));
        assertEquals("1001", settings.get("user_name[1]"));
        assertFalse(settings.containsKey("utc_offset"));
    }

    @Test
    public void knownNamesAreTheOnesListed() {
        assertEquals(6, SnomTimeZone.NAMES.size());
        assertTrue(SnomTimeZone.NAMES.values().stream()
                .allMatch(n -> n.matches("[A-Z]{3}[+-]\\d")));
    }

    private static Map<String, String> zone(String id) {
        Map<String, String> settings = SnomTestDevices.settings(SnomTestDevices.withZone(id));
        settings.keySet().retainAll(java.util.Set.of("timezone", "utc_offset", "dst"));
        return settings;
    }
}
