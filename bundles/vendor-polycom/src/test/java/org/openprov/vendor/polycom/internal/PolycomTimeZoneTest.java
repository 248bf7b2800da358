package org.openprov.vendor.polycom.internal;

import static org.junit.Assert.assertEquals;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.Month;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.Test;
import org.openprov.api.generator.ZoneFacts.Change;

public class PolycomTimeZoneTest {

    private static final String DST = "tcpIpApp.sntp.daylightSavings.";

    private final PolycomGenerator generator = PolycomTestDevices.generator();

    @Test
    public void kolkataIsFiveAndAHalfHoursWithoutDaylightSaving() {
        assertEquals(withoutDaylightSaving("19800"), timeAttributes("Asia/Kolkata"));
    }

    @Test
    public void stJohnsIsMinusThreeAndAHalfWithDaylightSaving() {
        Map<String, String> expected = offset("-12600");
        expected.putAll(enabled());
        expected.putAll(nth("start", "3", "8", "2"));
        expected.putAll(nth("stop", "11", "1", "2"));

        assertEquals(expected, timeAttributes("America/St_Johns"));
    }

    @Test
    public void parisChangesOnTheLastSundays() {
        Map<String, String> expected = offset("3600");
        expected.putAll(enabled());
        expected.putAll(last("start", "3", "2"));
        expected.putAll(last("stop", "10", "3"));

        assertEquals(expected, timeAttributes("Europe/Paris"));
    }

    @Test
    public void sydneyStartsInOctoberAndStopsInApril() {
        Map<String, String> expected = offset("36000");
        expected.putAll(enabled());
        expected.putAll(nth("start", "10", "1", "2"));
        expected.putAll(nth("stop", "4", "1", "3"));

        assertEquals(expected, timeAttributes("Australia/Sydney"));
    }

    /** The changes at 02:45 and 03:45 standard time are written as hours 2 and 3. */
    @Test
    public void chathamKeepsItsQuarterHourOffsetAndWholeHourChanges() {
        Map<String, String> expected = offset("45900");
        expected.putAll(enabled());
        expected.putAll(last("start", "9", "2"));
        expected.putAll(nth("stop", "4", "1", "3"));

        assertEquals(expected, timeAttributes("Pacific/Chatham"));
    }

    @Test
    public void utcIsZeroWithoutDaylightSaving() {
        assertEquals(withoutDaylightSaving("0"), timeAttributes("UTC"));
    }

    /** Jerusalem starts on the Friday before the last Sunday of March. */
    @Test
    public void daylightSavingNotByWeekIsSwitchedOff() {
        assertEquals(withoutDaylightSaving("7200"), timeAttributes("Asia/Jerusalem"));
    }

    /** Poly always moves the clock one hour; Lord Howe moves it half an hour. */
    @Test
    public void daylightSavingOfOtherThanAnHourIsSwitchedOff() {
        assertEquals(withoutDaylightSaving("37800"), timeAttributes("Australia/Lord_Howe"));
    }

    @Test
    public void weekdaysAreNumberedFromSunday() {
        int[] poly = {2, 3, 4, 5, 6, 7, 1};
        for (DayOfWeek day : DayOfWeek.values()) {
            Change change = new Change(Month.MARCH, 1, day, 1, LocalTime.of(2, 0));

            assertEquals(day.name(), poly[day.ordinal()], PolycomTimeZone.dayOfWeek(change));
        }
    }

    private static Map<String, String> offset(String seconds) {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("tcpIpApp.sntp.gmtOffset", seconds);
        attributes.put("tcpIpApp.sntp.gmtOffset.overrideDHCP", "1");
        return attributes;
    }

    private static Map<String, String> withoutDaylightSaving(String seconds) {
        Map<String, String> attributes = offset(seconds);
        attributes.put(DST + "enable", "0");
        return attributes;
    }

    private static Map<String, String> enabled() {
        return Map.of(DST + "enable", "1", DST + "fixedDayEnable", "0");
    }

    private static Map<String, String> nth(String which, String month, String date,
            String hour) {
        return Map.of(DST + which + ".month", month, DST + which + ".date", date,
                DST + which + ".dayOfWeek.lastInMonth", "0",
                DST + which + ".dayOfWeek", "1", DST + which + ".time", hour);
    }

    private static Map<String, String> last(String which, String month, String hour) {
        return Map.of(DST + which + ".month", month,
                DST + which + ".dayOfWeek.lastInMonth", "1",
                DST + which + ".dayOfWeek", "1", DST + which + ".time", hour);
    }

    private Map<String, String> timeAttributes(String zone) {
        Map<String, String> attributes = new LinkedHashMap<>();
        StrictXml.attributes(PolycomTestDevices.render(generator,
                PolycomTestDevices.withZone(zone))).forEach((name, value) -> {
                    if (name.startsWith("tcpIpApp.sntp.")) {
                        attributes.put(name, value);
                    }
                });
        return attributes;
    }
}
