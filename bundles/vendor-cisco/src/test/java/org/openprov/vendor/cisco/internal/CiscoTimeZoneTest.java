package org.openprov.vendor.cisco.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.Month;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import org.junit.Test;
import org.openprov.api.generator.ZoneFacts;
import org.openprov.api.generator.ZoneFacts.Change;
import org.openprov.api.generator.ZoneFacts.DaylightSaving;
import org.openprov.testing.LogCapture;

/**
 * Time zones in Cisco's encoding: whole hours in Time_Zone, the rest in Time_Offset (HH/mm),
 * and the daylight-saving rule with weekdays numbered 1 (Monday) to 7 (Sunday).
 */
public class CiscoTimeZoneTest {

    private static final Instant NOW = CiscoTestDevices.CLOCK.instant();

    @Test
    public void halfHourZoneKeepsItsHalfHour() {
        Map<String, String> zone = write("Asia/Kolkata");

        assertEquals("GMT+05:00", zone.get("Time_Zone"));
        assertEquals("00/30", zone.get("Time_Offset__HH_mm_"));
        assertEquals("No", zone.get("Daylight_Saving_Time_Enable"));
        assertFalse(zone.containsKey("Daylight_Saving_Time_Rule"));
    }

    @Test
    public void quarterHourAndNegativeHalfHourZones() {
        assertEquals("GMT+05:00 00/45", offset("Asia/Kathmandu"));
        assertEquals("GMT-04:00 00/30", offset("America/St_Johns"));
        assertEquals("GMT-10:00 00/30", offset("Pacific/Marquesas"));
        assertEquals("GMT+12:00 00/45", offset("Pacific/Chatham"));
    }

    @Test
    public void offsetsBeyondThirteenHoursUseTheTimeOffset() {
        assertEquals("GMT+13:00 01/00", offset("Pacific/Kiritimati"));
        assertEquals("GMT+13:00 ", offset("Pacific/Tongatapu"));
        assertEquals("GMT-12:00 ", offset("Etc/GMT+12"));
        assertEquals("GMT ", offset("UTC"));
    }

    @Test
    public void southernHemisphereRuleFromTheZoneNotFromOneYear() {
        Map<String, String> zone = write("Australia/Sydney");

        assertEquals("GMT+10:00", zone.get("Time_Zone"));
        assertEquals("", zone.get("Time_Offset__HH_mm_"));
        assertEquals("Yes", zone.get("Daylight_Saving_Time_Enable"));
        assertEquals("start=10/1/7/2:0:0;end=4/1/7/3:0:0;save=1:0:0",
                zone.get("Daylight_Saving_Time_Rule"));
    }

    @Test
    public void zoneWithoutDaylightSaving() {
        Map<String, String> zone = write("Asia/Tokyo");

        assertEquals("GMT+09:00", zone.get("Time_Zone"));
        assertEquals("No", zone.get("Daylight_Saving_Time_Enable"));
        assertFalse(zone.containsKey("Daylight_Saving_Time_Rule"));
    }

    @Test
    public void northernRulesUseNthAndLastWeekdays() {
        assertEquals("start=3/8/7/2:0:0;end=11/1/7/2:0:0;save=1:0:0",
                write("America/New_York").get("Daylight_Saving_Time_Rule"));
        assertEquals("start=3/-1/7/2:0:0;end=10/-1/7/3:0:0;save=1:0:0",
                write("Europe/Berlin").get("Daylight_Saving_Time_Rule"));
    }

    @Test
    public void minutesOfChangeTimesAndSavingsAreKept() {
        assertEquals("start=9/-1/7/2:45:0;end=4/1/7/3:45:0;save=1:0:0",
                write("Pacific/Chatham").get("Daylight_Saving_Time_Rule"));
        assertEquals("start=10/1/7/2:0:0;end=4/1/7/2:0:0;save=0:30:0",
                write("Australia/Lord_Howe").get("Daylight_Saving_Time_Rule"));
    }

    @Test
    public void weekdayOnOrAfterADayOtherThanAWeekStart() {
        Change change = new Change(Month.MARCH, 0, DayOfWeek.FRIDAY, 23, LocalTime.of(2, 0));

        assertEquals(Optional.of("3/23/5/2:0:0"), CiscoTimeZone.change(change));
    }

    @Test
    public void fixedDateUsesWeekdayZeroAndANegativeDayWithoutWeekdayIsRefused() {
        assertEquals(Optional.of("3/21/0/0:0:0"), CiscoTimeZone.change(
                new Change(Month.MARCH, 0, null, 21, LocalTime.MIDNIGHT)));
        assertEquals(Optional.empty(), CiscoTimeZone.change(
                new Change(Month.MARCH, 0, null, -1, LocalTime.MIDNIGHT)));
    }

    @Test
    public void anOffsetCiscoCannotExpressIsLoggedAndOmitted() {
        ZoneFacts facts = new ZoneFacts(ZoneId.of("Etc/GMT+12"), ZoneOffset.ofHours(-13),
                Optional.empty());
        FlatProfile profile = new FlatProfile(CiscoFamily.SPA).set("Primary_NTP_Server", "n");

        try (LogCapture log = new LogCapture()) {
            CiscoTimeZone.write(facts, CiscoTestDevices.SPA_MAC, profile);

            assertEquals(1, log.count("WARN", "002699a1b2c3", "Etc/GMT+12", "-13:00"));
        }
        assertEquals(Map.of("Primary_NTP_Server", "n"), parse(profile));
    }

    @Test
    public void aRuleCiscoCannotExpressLeavesOnlyTheDaylightLinesOut() {
        Change start = new Change(Month.MARCH, 0, null, -1, LocalTime.of(2, 0));
        Change end = new Change(Month.OCTOBER, ZoneFacts.LAST, DayOfWeek.SUNDAY, -1,
                LocalTime.of(3, 0));
        ZoneFacts facts = new ZoneFacts(ZoneId.of("Europe/Paris"), ZoneOffset.ofHours(1),
                Optional.of(new DaylightSaving(start, end, Duration.ofHours(1))));
        FlatProfile profile = new FlatProfile(CiscoFamily.MPP);

        try (LogCapture log = new LogCapture()) {
            CiscoTimeZone.write(facts, CiscoTestDevices.MPP_MAC, profile);

            assertEquals(1, log.count("WARN", "00562ba1b2c3", "Europe/Paris"));
        }
        assertEquals(Map.of("Time_Zone", "GMT+01:00", "Time_Offset__HH_mm_", ""),
                parse(profile));
    }

    @Test
    public void everyZoneOfTheRuntimeIsWrittenWithAnHourWithinCiscosRange() {
        for (String id : ZoneId.getAvailableZoneIds()) {
            if (id.startsWith("SystemV/")) {
                continue;
            }
            Map<String, String> zone = write(id);
            String name = zone.get("Time_Zone");
            int hours = name.equals("GMT") ? 0 : Integer.parseInt(name.substring(3, 6));

            assertTrue(id, hours >= CiscoTimeZone.MIN_HOURS && hours <= CiscoTimeZone.MAX_HOURS);
            assertTrue(id, zone.containsKey("Daylight_Saving_Time_Enable"));
        }
    }

    private static Map<String, String> write(String id) {
        FlatProfile profile = new FlatProfile(CiscoFamily.SPA);
        CiscoTimeZone.write(ZoneFacts.of(ZoneId.of(id), NOW), CiscoTestDevices.SPA_MAC,
                profile);
        return parse(profile);
    }

    private static String offset(String id) {
        Map<String, String> zone = write(id);
        return zone.get("Time_Zone") + " " + zone.get("Time_Offset__HH_mm_");
    }

    private static Map<String, String> parse(FlatProfile profile) {
        return Profiles.parse(profile.render("test").getBytes(
                java.nio.charset.StandardCharsets.UTF_8));
    }
}
