package org.openprov.vendor.yealink.internal;

import static org.junit.Assert.assertEquals;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.Month;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.Test;
import org.openprov.api.generator.ZoneFacts;
import org.openprov.api.generator.ZoneFacts.Change;

public class YealinkTimeZoneTest {

    private final YealinkGenerator generator = YealinkTestDevices.generator();

    @Test
    public void kolkataIsFiveAndAHalfHoursWithoutDaylightSaving() {
        assertEquals(Map.of("local_time.time_zone", "+5:30", "local_time.summer_time", "0"),
                timeLines("Asia/Kolkata"));
    }

    @Test
    public void stJohnsIsMinusThreeAndAHalfWithDaylightSaving() {
        assertEquals(daylightSaving("-3:30", "3/2/7/2", "11/1/7/2", "60"),
                timeLines("America/St_Johns"));
    }

    @Test
    public void parisChangesOnTheLastSundays() {
        assertEquals(daylightSaving("+1", "3/5/7/2", "10/5/7/3", "60"),
                timeLines("Europe/Paris"));
    }

    @Test
    public void sydneyStartsInOctoberAndEndsInApril() {
        assertEquals(daylightSaving("+10", "10/1/7/2", "4/1/7/3", "60"),
                timeLines("Australia/Sydney"));
    }

    /** The changes at 02:45 and 03:45 standard time are written as hours 2 and 3. */
    @Test
    public void chathamKeepsItsQuarterHourOffsetAndWholeHourChanges() {
        assertEquals(daylightSaving("+12:45", "9/5/7/2", "4/1/7/3", "60"),
                timeLines("Pacific/Chatham"));
    }

    @Test
    public void utcIsZeroWithoutDaylightSaving() {
        assertEquals(Map.of("local_time.time_zone", "0", "local_time.summer_time", "0"),
                timeLines("UTC"));
    }

    @Test
    public void lordHoweShiftsByHalfAnHour() {
        assertEquals(daylightSaving("+10:30", "10/1/7/2", "4/1/7/2", "30"),
                timeLines("Australia/Lord_Howe"));
    }

    /** Jerusalem starts on the Friday before the last Sunday of March: not "by week". */
    @Test
    public void daylightSavingNotByWeekIsLeftOutButTheOffsetStays() {
        assertEquals(Map.of("local_time.time_zone", "+2"), timeLines("Asia/Jerusalem"));
    }

    @Test
    public void negativeWholeHoursHaveNoMinutes() {
        assertEquals("-5", timeLines("America/New_York").get("local_time.time_zone"));
    }

    @Test
    public void weekdaysAreNumberedFromMondayAndLastWeekIsFive() {
        Change friday = new Change(Month.MARCH, ZoneFacts.LAST, DayOfWeek.FRIDAY, -1,
                LocalTime.of(23, 0));
        Change monday = new Change(Month.NOVEMBER, 3, DayOfWeek.MONDAY, 15, LocalTime.MIDNIGHT);

        assertEquals("3/5/5/23", YealinkTimeZone.change(ZoneId.of("UTC"), friday));
        assertEquals("11/3/1/0", YealinkTimeZone.change(ZoneId.of("UTC"), monday));
    }

    private static Map<String, String> daylightSaving(String zone, String start, String end,
            String minutes) {
        Map<String, String> lines = new LinkedHashMap<>();
        lines.put("local_time.time_zone", zone);
        lines.put("local_time.summer_time", "1");
        lines.put("local_time.dst_time_type", "1");
        lines.put("local_time.start_time", start);
        lines.put("local_time.end_time", end);
        lines.put("local_time.offset_time", minutes);
        return lines;
    }

    private Map<String, String> timeLines(String zone) {
        var config = YealinkTestDevices.config(YealinkTestDevices.withZone(zone));
        Map<String, String> lines = new LinkedHashMap<>();
        var body = YealinkTestDevices.render(generator, config).body();
        CfgLines.parse(body).forEach((key, value) -> {
            if (key.startsWith("local_time.")) {
                lines.put(key, value);
            }
        });
        return lines;
    }
}
