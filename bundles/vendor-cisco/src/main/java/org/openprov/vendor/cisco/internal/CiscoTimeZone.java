package org.openprov.vendor.cisco.internal;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.openprov.api.generator.ZoneFacts;
import org.openprov.api.generator.ZoneFacts.Change;
import org.openprov.api.generator.ZoneFacts.DaylightSaving;
import org.openprov.api.registry.Mac;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a time zone in Cisco's encoding, the same for SPA and MPP firmware (SPA300/SPA500
 * administration guide, "Localizing Your IP Phone" and the Regional tab; 8800 MPP
 * administration guide, "Daylight Saving Time Rule"):
 * <ul>
 * <li>{@code Time_Zone}: whole hours, {@code GMT-12:00} ... {@code GMT}, {@code GMT+01:00} ...
 * {@code GMT+13:00} (the choices the SPA guides list);</li>
 * <li>{@code Time_Offset__HH_mm_} ("Time Offset (HH/mm)"): "This time can be further offset by
 * the Time Offset (HH/mm) parameter, which must be entered in 24-hour format". The minutes a
 * zone has beyond whole hours go here, so +05:30 is {@code GMT+05:00} and {@code 00/30}, and
 * -03:30 is {@code GMT-04:00} and {@code 00/30}; +14:00 (Kiribati) is {@code GMT+13:00} and
 * {@code 01/00}. A whole-hour zone writes an empty offset, clearing an earlier one;</li>
 * <li>{@code Daylight_Saving_Time_Enable} {@code Yes}/{@code No}, and
 * {@code Daylight_Saving_Time_Rule} {@code start=<start>;end=<end>;save=<H:m:s>} with each
 * change as {@code <month>/<day>/<weekday>/<H:m:s>}: month 1-12; weekday 1 (Monday) to 7
 * (Sunday), or 0 for exactly the day given; a positive day with a weekday means that weekday
 * on or after the day, a negative one that weekday on or before the day counted from the end of
 * the month, -1 being the last day. The time is the wall-clock time before the change, hours
 * 0-23.</li>
 * </ul>
 * This is exactly the shape of a {@code java.time} transition rule (a weekday on or after a day
 * of the month), so every current yearly rule is written as the zone defines it, not as one
 * year's dates: the second Sunday of March is {@code 3/8/7}, the last Sunday {@code 3/-1/7}.
 *
 * <p>Known shortcomings: the SPA guides document the Time Offset parameter, the MPP guides at
 * hand do not show it (it is assumed to have kept its SPA meaning); neither says how a rule
 * whose start month comes after its end month (southern hemisphere) is read, which is written
 * as the zone gives it.
 */
final class CiscoTimeZone {

    /** The lowest and highest whole hours {@code Time_Zone} takes. */
    static final int MIN_HOURS = -12;
    static final int MAX_HOURS = 13;

    private static final Logger LOG = LoggerFactory.getLogger(CiscoTimeZone.class);

    private CiscoTimeZone() {
    }

    /**
     * @param facts the zone's rules
     * @param mac the device, for the log
     * @param profile where to write
     */
    static void write(ZoneFacts facts, Mac mac, FlatProfile profile) {
        Optional<String[]> zone = zone(facts.standardOffset());
        if (zone.isEmpty()) {
            LOG.warn("Device {}: time zone {} has the standard offset {}, which Cisco phones"
                    + " cannot express; no time zone written", mac, facts.zone(),
                    facts.standardOffset());
            return;
        }
        profile.set("Time_Zone", zone.get()[0]).set("Time_Offset__HH_mm_", zone.get()[1]);
        if (facts.daylightSaving().isEmpty()) {
            profile.set("Daylight_Saving_Time_Enable", false);
            return;
        }
        Optional<String> rule = rule(facts.daylightSaving().get());
        if (rule.isEmpty()) {
            // The standard time is still right; only the yearly change is left to the phone.
            LOG.warn("Device {}: the daylight-saving rule of time zone {} falls on no day"
                    + " Cisco phones can express; no daylight-saving lines written", mac,
                    facts.zone());
            return;
        }
        profile.set("Daylight_Saving_Time_Enable", true)
                .set("Daylight_Saving_Time_Rule", rule.get());
    }

    /**
     * @param offset a standard offset
     * @return {@code Time_Zone} and {@code Time_Offset__HH_mm_}, e.g. {@code GMT+05:00} and
     *         {@code 00/30}; empty if below {@value #MIN_HOURS} hours
     */
    static Optional<String[]> zone(ZoneOffset offset) {
        int minutes = offset.getTotalSeconds() / 60;
        int hours = Math.min(Math.floorDiv(minutes, 60), MAX_HOURS);
        int rest = minutes - hours * 60;
        if (hours < MIN_HOURS || rest >= 24 * 60) {
            return Optional.empty();
        }
        String zone = hours == 0 ? "GMT" : String.format("GMT%+03d:00", hours);
        String extra = rest == 0 ? "" : String.format("%02d/%02d", rest / 60, rest % 60);
        return Optional.of(new String[] {zone, extra});
    }

    /**
     * @param dst the yearly changes
     * @return the {@code Daylight_Saving_Time_Rule} value, if both changes can be written
     */
    static Optional<String> rule(DaylightSaving dst) {
        Optional<String> start = change(dst.start());
        Optional<String> end = change(dst.end());
        if (start.isEmpty() || end.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("start=" + start.get() + ";end=" + end.get() + ";save="
                + duration(dst.saving()));
    }

    /**
     * @param change one yearly change
     * @return it as {@code <month>/<day>/<weekday>/<H:m:s>}, if Cisco can express it
     */
    static Optional<String> change(Change change) {
        int month = change.month().getValue();
        String time = time(change.time());
        if (change.dayOfWeek() == null) {
            // Weekday 0 is "exactly the date given"; the guides forbid a negative day with it.
            return change.dayOfMonth() > 0
                    ? Optional.of(month + "/" + change.dayOfMonth() + "/0/" + time)
                    : Optional.empty();
        }
        int day = change.week() == ZoneFacts.LAST ? -1 : change.dayOfMonth();
        if (day == 0 || Math.abs(day) > 31) {
            return Optional.empty();
        }
        // java.time numbers Monday 1 to Sunday 7, as Cisco does.
        return Optional.of(month + "/" + day + "/" + change.dayOfWeek().getValue() + "/" + time);
    }

    private static String time(LocalTime time) {
        return time.getHour() + ":" + time.getMinute() + ":" + time.getSecond();
    }

    private static String duration(Duration saving) {
        long seconds = Math.abs(saving.getSeconds());
        String sign = saving.isNegative() ? "-" : "";
        return sign + seconds / 3600 + ":" + seconds % 3600 / 60 + ":" + seconds % 60;
    }
}
