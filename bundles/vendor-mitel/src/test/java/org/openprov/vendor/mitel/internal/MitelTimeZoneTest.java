package org.openprov.vendor.mitel.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.Month;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.Test;
import org.openprov.api.generator.ZoneFacts;
import org.openprov.api.generator.ZoneFacts.Change;
import org.openprov.api.generator.ZoneFacts.DaylightSaving;
import org.openprov.api.settings.DeviceConfig;
import org.openprov.testing.LogCapture;

/**
 * Time zones in Mitel's custom encoding: minutes west of Greenwich, and the yearly rule with
 * weekdays numbered from Sunday = 1.
 */
public class MitelTimeZoneTest {

    @Test
    public void halfHourZoneWithoutDaylightSaving() {
        Map<String, String> cfg = zone("Asia/Kolkata");

        assertEquals("Custom", cfg.get("time zone name"));
        assertEquals("-330", cfg.get("time zone minutes"));
        assertEquals("0", cfg.get("dst config"));
        assertFalse(cfg.containsKey("dst minutes"));
    }

    @Test
    public void wholeHourZoneWithoutDaylightSaving() {
        Map<String, String> cfg = zone("Asia/Tokyo");

        assertEquals("-540", cfg.get("time zone minutes"));
        assertEquals("0", cfg.get("dst config"));
    }

    @Test
    public void southernHemisphereStartsInOctoberAndEndsInApril() {
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("time zone name", "Custom");
        expected.put("time zone minutes", "-600");
        expected.put("dst config", "3");
        expected.put("dst minutes", "60");
        expected.put("dst [start|end] relative date", "1");
        expected.put("dst start month", "10");
        expected.put("dst start week", "1");
        expected.put("dst start day", "1");
        expected.put("dst start hour", "2");
        expected.put("dst end month", "4");
        expected.put("dst end week", "1");
        expected.put("dst end day", "1");
        expected.put("dst end hour", "3");

        assertEquals(expected, timeLines(zone("Australia/Sydney")));
    }

    @Test
    public void europeanLastSundayIsWeekMinusOne() {
        Map<String, String> cfg = zone("Europe/Paris");

        assertEquals("-60", cfg.get("time zone minutes"));
        assertEquals("3", cfg.get("dst start month"));
        assertEquals("-1", cfg.get("dst start week"));
        assertEquals("1", cfg.get("dst start day"));
        assertEquals("2", cfg.get("dst start hour"));
        assertEquals("10", cfg.get("dst end month"));
        assertEquals("-1", cfg.get("dst end week"));
        assertEquals("3", cfg.get("dst end hour"));
    }

    @Test
    public void northAmericanSecondSundayIsWeekTwoAndWestIsPositive() {
        Map<String, String> cfg = zone("America/New_York");

        assertEquals("300", cfg.get("time zone minutes"));
        assertEquals("3", cfg.get("dst start month"));
        assertEquals("2", cfg.get("dst start week"));
        assertEquals("11", cfg.get("dst end month"));
        assertEquals("1", cfg.get("dst end week"));
        assertEquals("1", cfg.get("dst end day"));
    }

    @Test
    public void halfHourWestAndOffsetsBeyondTwelveHours() {
        assertEquals("210", zone("America/St_Johns").get("time zone minutes"));
        assertEquals("-840", zone("Pacific/Kiritimati").get("time zone minutes"));
        assertEquals("660", zone("Pacific/Pago_Pago").get("time zone minutes"));
        assertEquals("0", zone("UTC").get("time zone minutes"));
    }

    @Test
    public void aHalfHourShiftIsWrittenInMinutes() {
        Map<String, String> cfg = zone("Australia/Lord_Howe");

        assertEquals("-630", cfg.get("time zone minutes"));
        assertEquals("30", cfg.get("dst minutes"));
    }

    /** Chatham changes at 02:45: written in its hour, with a warning. */
    @Test
    public void aChangeOffTheHourIsWrittenInItsHourWithAWarning() {
        try (LogCapture log = new LogCapture()) {
            Map<String, String> cfg = zone("Pacific/Chatham");

            assertEquals("-765", cfg.get("time zone minutes"));
            assertEquals("2", cfg.get("dst start hour"));
            assertEquals("3", cfg.get("dst end hour"));
            assertEquals(log.all(), 2, log.count("WARN", "Pacific/Chatham", "whole hours"));
        }
    }

    /** Troll moves two hours: the zone is left out, the rest of the file is served. */
    @Test
    public void aShiftOverAnHourLeavesTheZoneOutAndTheRestIn() {
        try (LogCapture log = new LogCapture()) {
            Map<String, String> cfg = zone("Antarctica/Troll");

            assertTrue(timeLines(cfg).isEmpty());
            assertEquals("ntp.example.com", cfg.get("time server1"));
            assertEquals("1001", cfg.get("sip line1 user name"));
            assertEquals(log.all(), 1, log.count("WARN", "00085da0b2c3", "Antarctica/Troll",
                    "left out", "120 minutes"));
        }
    }

    @Test
    public void fixedDaysAreWrittenAsAbsoluteDates() {
        Change start = new Change(Month.MARCH, 0, null, 21, LocalTime.of(0, 0));
        Change end = new Change(Month.SEPTEMBER, 0, null, 21, LocalTime.of(23, 0));
        MitelCfgWriter cfg = new MitelCfgWriter("test");

        assertTrue(MitelTimeZone.write(facts(start, end), "test", cfg));

        Map<String, String> lines = CfgLines.parse(cfg.text().getBytes());
        assertEquals("0", lines.get("dst [start|end] relative date"));
        assertEquals("21", lines.get("dst start day"));
        assertEquals("0", lines.get("dst start hour"));
        assertEquals("9", lines.get("dst end month"));
        assertEquals("23", lines.get("dst end hour"));
        assertFalse(lines.containsKey("dst start week"));
    }

    @Test
    public void rulesMitelCannotExpressAreRefused() {
        Change weekly = new Change(Month.MARCH, ZoneFacts.LAST, DayOfWeek.SUNDAY, 25,
                LocalTime.of(2, 0));
        Change fixed = new Change(Month.OCTOBER, 0, null, 1, LocalTime.of(0, 0));
        Change onOrAfter = new Change(Month.APRIL, 0, DayOfWeek.SUNDAY, 2, LocalTime.of(3, 0));

        assertTrue(MitelTimeZone.problem(dst(weekly, fixed, 60)).orElseThrow()
                .contains("not both"));
        assertTrue(MitelTimeZone.problem(dst(weekly, onOrAfter, 60)).isPresent());
        assertTrue(MitelTimeZone.problem(dst(weekly, weekly, 90)).orElseThrow()
                .contains("90 minutes"));
        assertEquals(Optional.empty(), MitelTimeZone.problem(dst(weekly, weekly, 60)));
    }

    /** Mitel numbers weekdays from Sunday = 1 to Saturday = 7. */
    @Test
    public void weekdaysAreNumberedFromSunday() {
        List<DayOfWeek> days = List.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
                DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);
        for (int i = 0; i < days.size(); i++) {
            assertEquals(days.get(i).toString(), i + 1, MitelTimeZone.weekday(days.get(i)));
        }
    }

    @Test
    public void weeksAreOneToFourOrMinusOneForTheLast() {
        for (int week = 1; week <= 4; week++) {
            assertEquals(week, MitelTimeZone.week(new Change(Month.MAY, week, DayOfWeek.FRIDAY,
                    week * 7 - 6, LocalTime.NOON)));
        }
        assertEquals(-1, MitelTimeZone.week(new Change(Month.MAY, ZoneFacts.LAST,
                DayOfWeek.FRIDAY, 25, LocalTime.NOON)));
    }

    private static ZoneFacts facts(Change start, Change end) {
        return new ZoneFacts(ZoneId.of("Asia/Tehran"), ZoneOffset.ofHoursMinutes(3, 30),
                Optional.of(new DaylightSaving(start, end, Duration.ofHours(1))));
    }

    private static DaylightSaving dst(Change start, Change end, int minutes) {
        return new DaylightSaving(start, end, Duration.ofMinutes(minutes));
    }

    private static Map<String, String> zone(String zone) {
        DeviceConfig config = new MitelTestDevices.Stack().device("time.zone", zone)
                .device("ntp.server", "ntp.example.com")
                .on(MitelTestDevices.oneLine("6731i"));
        return MitelTestDevices.parameters(config);
    }

    private static Map<String, String> timeLines(Map<String, String> cfg) {
        Map<String, String> lines = new LinkedHashMap<>();
        cfg.forEach((name, value) -> {
            if (name.startsWith("time zone") || name.startsWith("dst ")) {
                lines.put(name, value);
            }
        });
        return lines;
    }
}
