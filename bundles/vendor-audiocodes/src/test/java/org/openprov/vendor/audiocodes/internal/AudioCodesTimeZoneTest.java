package org.openprov.vendor.audiocodes.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.Month;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.Test;
import org.openprov.api.generator.ZoneFacts;
import org.openprov.api.generator.ZoneFacts.Change;
import org.openprov.api.generator.ZoneFacts.DaylightSaving;
import org.openprov.api.settings.Setting;
import org.openprov.testing.LogCapture;

public class AudioCodesTimeZoneTest {

    private static final String DST = "system/daylight_saving/";

    @Test
    public void halfHourZoneWithoutDaylightSaving() {
        Map<String, String> cfg = zone("Asia/Kolkata");

        assertEquals("+05:30", cfg.get("system/ntp/gmt_offset"));
        assertEquals("0", cfg.get("network/lan/dhcp/ntp/gmt_offset/enabled"));
        assertEquals("DISABLE", cfg.get(DST + "activate"));
        assertFalse(cfg.containsKey(DST + "mode"));
    }

    @Test
    public void southernHemisphereRuleByWeekday() {
        Map<String, String> cfg = zone("Australia/Sydney");

        assertEquals("+10:00", cfg.get("system/ntp/gmt_offset"));
        assertEquals("ENABLE", cfg.get(DST + "activate"));
        assertEquals("DAYOFWEEK", cfg.get(DST + "mode"));
        assertEquals("60", cfg.get(DST + "offset"));
        assertChange(cfg, "start_date/", "10", "1", "SUNDAY", "2", "0");
        assertChange(cfg, "end_date/", "4", "1", "SUNDAY", "3", "0");
    }

    @Test
    public void zoneWithoutDaylightSaving() {
        Map<String, String> cfg = zone("Asia/Tokyo");

        assertEquals("+09:00", cfg.get("system/ntp/gmt_offset"));
        assertEquals("DISABLE", cfg.get(DST + "activate"));
    }

    @Test
    public void lastSundayIsWeekFive() {
        Map<String, String> cfg = zone("Europe/London");

        assertEquals("+00:00", cfg.get("system/ntp/gmt_offset"));
        assertChange(cfg, "start_date/", "3", "5", "SUNDAY", "1", "0");
        assertChange(cfg, "end_date/", "10", "5", "SUNDAY", "2", "0");
    }

    @Test
    public void negativeHalfHourWithSecondSundayRule() {
        Map<String, String> cfg = zone("America/St_Johns");

        assertEquals("-03:30", cfg.get("system/ntp/gmt_offset"));
        assertChange(cfg, "start_date/", "3", "2", "SUNDAY", "2", "0");
        assertChange(cfg, "end_date/", "11", "1", "SUNDAY", "2", "0");
    }

    @Test
    public void quarterHourAndBeyondTwelveHours() {
        assertEquals("+05:45", zone("Asia/Kathmandu").get("system/ntp/gmt_offset"));
        assertEquals("+14:00", zone("Pacific/Kiritimati").get("system/ntp/gmt_offset"));
        assertEquals("-09:30", zone("Pacific/Marquesas").get("system/ntp/gmt_offset"));
    }

    @Test
    public void changeAtAQuarterPastKeepsItsMinutes() {
        Map<String, String> cfg = zone("Pacific/Chatham");

        assertEquals("+12:45", cfg.get("system/ntp/gmt_offset"));
        assertChange(cfg, "start_date/", "9", "5", "SUNDAY", "2", "45");
        assertChange(cfg, "end_date/", "4", "1", "SUNDAY", "3", "45");
    }

    @Test
    public void halfHourShiftIsWrittenInMinutes() {
        Map<String, String> cfg = zone("Australia/Lord_Howe");

        assertEquals("+10:30", cfg.get("system/ntp/gmt_offset"));
        assertEquals("30", cfg.get(DST + "offset"));
    }

    @Test
    public void ruleOfNeitherShapeIsLoggedAndLeftOutButTheOffsetStays() {
        try (LogCapture log = new LogCapture()) {
            Map<String, String> cfg = zone("Asia/Jerusalem");

            assertEquals("+02:00", cfg.get("system/ntp/gmt_offset"));
            assertFalse(cfg.containsKey(DST + "activate"));
            assertFalse(cfg.containsKey(DST + "mode"));
            assertEquals(1, log.count("WARN", "Asia/Jerusalem", "no daylight-saving lines"));
            assertTrue("the rest of the file is written", cfg.containsKey("voip/line/0/id"));
        }
    }

    @Test
    public void fixedDatesUseFixedMode() {
        Change start = new Change(Month.MARCH, 0, null, 22, LocalTime.of(0, 0));
        Change end = new Change(Month.SEPTEMBER, 0, null, 22, LocalTime.of(0, 0));
        ZoneFacts facts = new ZoneFacts(ZoneId.of("Asia/Tehran"), ZoneOffset.ofHoursMinutes(3,
                30), Optional.of(new DaylightSaving(start, end, Duration.ofHours(1))));

        Map<String, String> cfg = write(facts);

        assertEquals("FIXED", cfg.get(DST + "mode"));
        assertEquals("3", cfg.get(DST + "start_date/month"));
        assertEquals("22", cfg.get(DST + "start_date/day"));
        assertEquals("0", cfg.get(DST + "start_date/hour"));
        assertFalse(cfg.containsKey(DST + "start_date/week"));
        assertEquals("9", cfg.get(DST + "end_date/month"));
    }

    @Test
    public void shiftBeyondThreeHoursIsLeftOut() {
        Change start = new Change(Month.MARCH, ZoneFacts.LAST, DayOfWeek.SUNDAY, 25,
                LocalTime.of(2, 0));
        Change end = new Change(Month.OCTOBER, ZoneFacts.LAST, DayOfWeek.SUNDAY, 25,
                LocalTime.of(3, 0));
        ZoneFacts facts = new ZoneFacts(ZoneId.of("Etc/GMT-1"), ZoneOffset.ofHours(1),
                Optional.of(new DaylightSaving(start, end, Duration.ofHours(4))));

        try (LogCapture log = new LogCapture()) {
            Map<String, String> cfg = write(facts);

            assertEquals(List.of("network/lan/dhcp/ntp/gmt_offset/enabled",
                    "system/ntp/gmt_offset"), List.copyOf(cfg.keySet()));
            assertEquals(1, log.count("WARN", "240 minutes"));
        }
    }

    @Test
    public void weekdaysAreWrittenByName() {
        for (DayOfWeek day : DayOfWeek.values()) {
            Change start = new Change(Month.MARCH, 2, day, 8, LocalTime.of(2, 0));
            Change end = new Change(Month.NOVEMBER, 1, day, 1, LocalTime.of(2, 0));
            ZoneFacts facts = new ZoneFacts(ZoneId.of("UTC"), ZoneOffset.UTC, Optional.of(
                    new DaylightSaving(start, end, Duration.ofHours(1))));

            Map<String, String> cfg = write(facts);

            assertEquals(day.name(), cfg.get(DST + "start_date/day_of_week"));
            assertEquals("2", cfg.get(DST + "start_date/week"));
        }
    }

    private static void assertChange(Map<String, String> cfg, String prefix, String month,
            String week, String day, String hour, String minute) {
        assertEquals(prefix + "month", month, cfg.get(DST + prefix + "month"));
        assertEquals(prefix + "week", week, cfg.get(DST + prefix + "week"));
        assertEquals(prefix + "day_of_week", day, cfg.get(DST + prefix + "day_of_week"));
        assertEquals(prefix + "hour", hour, cfg.get(DST + prefix + "hour"));
        assertEquals(prefix + "minute", minute, cfg.get(DST + prefix + "minute"));
    }

    private static Map<String, String> zone(String zone) {
        return AudioCodesTestDevices.parameters(AudioCodesTestDevices.oneLine(Map.of(
                Setting.TIME_ZONE.key(), zone)));
    }

    private static Map<String, String> write(ZoneFacts facts) {
        AudioCodesCfgWriter cfg = new AudioCodesCfgWriter(AudioCodesTestDevices.MAC);
        AudioCodesTimeZone.write(facts, cfg);
        return CfgLines.parse(cfg.text().getBytes(StandardCharsets.UTF_8));
    }
}
