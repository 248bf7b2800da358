package org.openprov.vendor.fanvil.internal;

import static org.junit.Assert.assertEquals;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.Test;
import org.openprov.testing.LogCapture;

public class FanvilTimeZoneTest {

    private static final String TIME = "PHONE FEATURE MODULE|DateTime Config|";

    @Test
    public void kolkataIsTwentyTwoQuartersWithoutDaylightSaving() {
        assertEquals(standard("22", "UTC+5:30"), time("Asia/Kolkata"));
    }

    @Test
    public void tokyoIsThirtySixQuartersWithoutDaylightSaving() {
        assertEquals(standard("36", "UTC+9"), time("Asia/Tokyo"));
    }

    /** First Sunday of October 02:00 to first Sunday of April 03:00 (daylight time). */
    @Test
    public void sydneyStartsInOctoberAndEndsInApril() {
        Map<String, String> expected = daylight("40", "UTC+10", "60");
        expected.putAll(change("Start", "10", "1", "2"));
        expected.putAll(change("End", "4", "1", "3"));

        assertEquals(expected, time("Australia/Sydney"));
    }

    /** The last Sunday is week 5, as the phone's export writes London's factory rule. */
    @Test
    public void parisChangesOnTheLastSundays() {
        Map<String, String> expected = daylight("4", "UTC+1", "60");
        expected.putAll(change("Start", "3", "5", "2"));
        expected.putAll(change("End", "10", "5", "3"));

        assertEquals(expected, time("Europe/Paris"));
    }

    /** Second Sunday of March to first Sunday of November, at -3:30. */
    @Test
    public void stJohnsIsMinusFourteenQuartersWithDaylightSaving() {
        Map<String, String> expected = daylight("-14", "UTC-3:30", "60");
        expected.putAll(change("Start", "3", "2", "2"));
        expected.putAll(change("End", "11", "1", "2"));

        assertEquals(expected, time("America/St_Johns"));
    }

    @Test
    public void kathmanduKeepsItsQuarterHour() {
        assertEquals(standard("23", "UTC+5:45"), time("Asia/Kathmandu"));
    }

    /** +14:00 lies beyond ±12 and is still written. */
    @Test
    public void kiritimatiIsFiftySixQuarters() {
        assertEquals(standard("56", "UTC+14"), time("Pacific/Kiritimati"));
    }

    @Test
    public void utcIsZero() {
        assertEquals(standard("0", "UTC"), time("UTC"));
    }

    /** Lord Howe moves the clock half an hour; Fanvil takes the shift in minutes. */
    @Test
    public void lordHoweShiftsThirtyMinutes() {
        Map<String, String> expected = daylight("42", "UTC+10:30", "30");
        expected.putAll(change("Start", "10", "1", "2"));
        expected.putAll(change("End", "4", "1", "2"));

        assertEquals(expected, time("Australia/Lord_Howe"));
    }

    /** Chatham changes at 02:45 and 03:45; Fanvil takes whole hours, with a warning each. */
    @Test
    public void chathamChangesAreWrittenAsWholeHoursWithAWarning() {
        try (LogCapture log = new LogCapture()) {
            Map<String, String> expected = daylight("51", "UTC+12:45", "60");
            expected.putAll(change("Start", "9", "5", "2"));
            expected.putAll(change("End", "4", "1", "3"));

            assertEquals(expected, time("Pacific/Chatham"));
            assertEquals(log.all(), 2, log.count("WARN", FanvilTestDevices.MAC.hex(),
                    "Pacific/Chatham", "whole hours"));
        }
    }

    /** Jerusalem starts on the Friday before the last Sunday: not a Fanvil rule. */
    @Test
    public void daylightSavingNotByWeekIsSwitchedOffWithAWarning() {
        try (LogCapture log = new LogCapture()) {
            assertEquals(standard("8", "UTC+2"), time("Asia/Jerusalem"));
            assertEquals(log.all(), 1, log.count("WARN", FanvilTestDevices.MAC.hex(),
                    "Asia/Jerusalem", "switched off"));
        }
    }

    /** Monrovia kept -00:44:30 until 1972: no quarter hours, so the zone is left out. */
    @Test
    public void anOffsetOfNoWholeQuarterIsLeftOutAndTheFileStillServed() {
        Clock in1960 = Clock.fixed(Instant.parse("1960-01-15T00:00:00Z"), ZoneOffset.UTC);
        try (LogCapture log = new LogCapture()) {
            Map<String, String> cfg = CfgFile.parse(FanvilTestDevices.render(
                    new FanvilGenerator(in1960), FanvilTestDevices.withZone("Africa/Monrovia")));

            assertEquals(Map.of("MAINTENANCE CONFIG MODULE||Auto Server Digest", "1"), cfg);
            assertEquals(log.all(), 1, log.count("WARN", FanvilTestDevices.MAC.hex(),
                    "Africa/Monrovia", "-00:44:30", "left out"));
        }
    }

    @Test
    public void quartersAreBoundedToMinusTwelveAndPlusFourteen() {
        assertEquals(Optional.of(-48), FanvilTimeZone.quarters(ZoneOffset.ofHours(-12)));
        assertEquals(Optional.empty(), FanvilTimeZone.quarters(ZoneOffset.ofHours(15)));
        assertEquals(Optional.empty(), FanvilTimeZone.quarters(ZoneOffset.ofHours(-13)));
        assertEquals(Optional.empty(),
                FanvilTimeZone.quarters(ZoneOffset.ofHoursMinutes(5, 10)));
    }

    /** POSIX numbering: Sunday 0, Monday 1 ... Saturday 6. */
    @Test
    public void weekdaysAreNumberedFromSundayZero() {
        int[] fanvil = {1, 2, 3, 4, 5, 6, 0};
        for (DayOfWeek day : DayOfWeek.values()) {
            assertEquals(day.name(), fanvil[day.ordinal()], FanvilTimeZone.weekday(day));
        }
    }

    @Test
    public void anUnknownZoneIsLeftOutWithOneNote() {
        try (LogCapture log = new LogCapture()) {
            assertEquals(Map.of(), time("Mars/Olympus_Mons"));
            assertEquals(log.all(), 1, log.count("INFO", "setting time.zone", "left out"));
        }
    }

    private static Map<String, String> standard(String quarters, String name) {
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put(TIME + "Time Zone", quarters);
        expected.put(TIME + "Time Zone Name", name);
        expected.put(TIME + "DST Type", "0");
        return expected;
    }

    private static Map<String, String> daylight(String quarters, String name, String minutes) {
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put(TIME + "Time Zone", quarters);
        expected.put(TIME + "Time Zone Name", name);
        expected.put(TIME + "DST Type", "2");
        expected.put(TIME + "DST Rule Mode", "0");
        expected.put(TIME + "DST Min Offset", minutes);
        return expected;
    }

    private static Map<String, String> change(String which, String month, String week,
            String hour) {
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put(TIME + "DST " + which + " Mon", month);
        expected.put(TIME + "DST " + which + " Week", week);
        expected.put(TIME + "DST " + which + " Wday", "0");
        expected.put(TIME + "DST " + which + " Hour", hour);
        return expected;
    }

    private static Map<String, String> time(String zone) {
        Map<String, String> time = new LinkedHashMap<>();
        FanvilTestDevices.parameters(FanvilTestDevices.withZone(zone)).forEach((key, value) -> {
            if (key.startsWith(TIME)) {
                time.put(key, value);
            }
        });
        return time;
    }
}
