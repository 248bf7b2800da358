package org.openprov.vendor.grandstream.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.DayOfWeek;
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
import org.openprov.api.settings.DeviceConfig;
import org.openprov.testing.LogCapture;

/**
 * Time zones as POSIX TZ strings in P246: offsets west positive, half and quarter hours,
 * offsets beyond 12 hours, daylight saving from the zone's rule with Sunday = 0, and zones
 * that cannot be written.
 */
public class GrandstreamTimeZoneTest {

    @Test
    public void halfHourZoneWithoutDaylightSaving() {
        assertEquals("STD-5:30", tz("Asia/Kolkata"));
    }

    @Test
    public void wholeHourZoneWithoutDaylightSaving() {
        assertEquals("STD-9", tz("Asia/Tokyo"));
    }

    @Test
    public void southernHemisphereStartsInOctoberAndEndsInApril() {
        assertEquals("STD-10DST-11,M10.1.0/02:00:00,M4.1.0/03:00:00", tz("Australia/Sydney"));
    }

    @Test
    public void europeChangesOnTheLastSundayWrittenAsWeekFiveDayZero() {
        assertEquals("STD-1DST-2,M3.5.0/02:00:00,M10.5.0/03:00:00", tz("Europe/Paris"));
    }

    @Test
    public void westOfGreenwichIsPositiveAndSecondSundayIsWeekTwo() {
        assertEquals("STD+5DST+4,M3.2.0/02:00:00,M11.1.0/02:00:00", tz("America/New_York"));
    }

    @Test
    public void negativeHalfHourZoneWithDaylightSaving() {
        assertEquals("STD+3:30DST+2:30,M3.2.0/02:00:00,M11.1.0/02:00:00",
                tz("America/St_Johns"));
    }

    @Test
    public void quarterHourZoneWithChangesAtQuarterPast() {
        assertEquals("STD-12:45DST-13:45,M9.5.0/02:45:00,M4.1.0/03:45:00",
                tz("Pacific/Chatham"));
    }

    @Test
    public void halfHourDaylightSaving() {
        assertEquals("STD-10:30DST-11,M10.1.0/02:00:00,M4.1.0/02:00:00",
                tz("Australia/Lord_Howe"));
    }

    @Test
    public void offsetsBeyondTwelveHours() {
        assertEquals("STD-14", tz("Pacific/Kiritimati"));
        assertEquals("STD-13", tz("Pacific/Tongatapu"));
        assertEquals("STD+11", tz("Pacific/Pago_Pago"));
        assertEquals("STD+0", tz("UTC"));
    }

    @Test
    public void weekdaysAreNumberedFromSundayZeroToSaturdaySix() {
        List<String> days = List.of(DayOfWeek.values()).stream().map(day -> GrandstreamTimeZone
                .change(new Change(Month.MARCH, 2, day, 8, LocalTime.of(2, 0)))).toList();

        assertEquals(List.of("M3.2.1/02:00:00", "M3.2.2/02:00:00", "M3.2.3/02:00:00",
                "M3.2.4/02:00:00", "M3.2.5/02:00:00", "M3.2.6/02:00:00", "M3.2.0/02:00:00"), days);
    }

    @Test
    public void lastWeekIsFiveAndFourthWeekStaysFour() {
        assertEquals("M10.5.0/03:00:00", GrandstreamTimeZone.change(new Change(Month.OCTOBER,
                ZoneFacts.LAST, DayOfWeek.SUNDAY, -1, LocalTime.of(3, 0))));
        assertEquals("M11.4.4/00:00:00", GrandstreamTimeZone.change(new Change(Month.NOVEMBER,
                4, DayOfWeek.THURSDAY, 22, LocalTime.MIDNIGHT)));
    }

    @Test
    public void offsetsKeepTheirMinutes() {
        assertEquals("-5:45", GrandstreamTimeZone.offset(ZoneOffset.ofHoursMinutes(5, 45)));
        assertEquals("+9:30", GrandstreamTimeZone.offset(ZoneOffset.ofHoursMinutes(-9, -30)));
        assertEquals("+0", GrandstreamTimeZone.offset(ZoneOffset.UTC));
    }

    @Test
    public void theZoneIsWrittenAsSelfDefinedWithDhcpOverrideOff() {
        Map<String, String> p = file("Asia/Kolkata");

        assertEquals("customize", p.get("P64"));
        assertEquals("STD-5:30", p.get("P246"));
        assertEquals("0", p.get("P143"));
    }

    @Test
    public void aRuleOffTheWeekdayPatternLeavesTheZoneOutWithAWarning() {
        assertEquals(Optional.empty(), GrandstreamTimeZone.posix(facts("Asia/Jerusalem")).tz());
        try (LogCapture log = new LogCapture()) {
            Map<String, String> p = file("Asia/Jerusalem");

            assertFalse(p.containsKey("P64"));
            assertFalse(p.containsKey("P246"));
            assertEquals("pbx.example.com:5060", p.get("P47"));
            assertEquals(1, log.count("WARN", GrandstreamTestDevices.MAC.hex(), "time.zone",
                    "Asia/Jerusalem", "left out"));
        }
    }

    @Test
    public void theLegacyGxp2000GetsNoZoneAndOneLogLine() {
        try (LogCapture log = new LogCapture()) {
            Map<String, String> p = GrandstreamTestDevices.parameters(GrandstreamTestDevices
                    .config(GrandstreamTestDevices.oneLine("GXP2000"), "time.zone",
                            "Europe/Paris"));

            assertFalse(p.containsKey("P246"));
            assertTrue(p.containsKey("P47"));
            assertEquals(1, log.count("INFO", "setting time.zone is left out", "GXP2000"));
        }
    }

    private static String tz(String zone) {
        return GrandstreamTimeZone.posix(facts(zone)).tz().orElseThrow();
    }

    private static ZoneFacts facts(String zone) {
        return ZoneFacts.of(ZoneId.of(zone), GrandstreamTestDevices.CLOCK.instant());
    }

    private static Map<String, String> file(String zone) {
        DeviceConfig config = GrandstreamTestDevices.config(
                GrandstreamTestDevices.oneLine("GXP2170"), "time.zone", zone);
        return GrandstreamTestDevices.parameters(config);
    }
}
