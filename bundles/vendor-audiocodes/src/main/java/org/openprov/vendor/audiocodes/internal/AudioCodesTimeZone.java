package org.openprov.vendor.audiocodes.internal;

import java.time.ZoneOffset;
import org.openprov.api.generator.ZoneFacts;
import org.openprov.api.generator.ZoneFacts.Change;
import org.openprov.api.generator.ZoneFacts.DaylightSaving;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a time zone in AudioCodes' encoding (400HD Series Administrator's Manual, "Configuring
 * Date and Time" and "Daylight Saving Time Parameters"):
 * <ul>
 * <li>{@code system/ntp/gmt_offset}: the standard offset, "+ or - xx:yy", e.g. {@code +05:30},
 * {@code -03:30}, {@code +05:45}, {@code +14:00}; and
 * {@code network/lan/dhcp/ntp/gmt_offset/enabled=0}, so that an offset from DHCP does not
 * replace it (as deployed configurations write it);</li>
 * <li>{@code system/daylight_saving/activate}: {@code ENABLE} or {@code DISABLE};</li>
 * <li>{@code system/daylight_saving/mode}: {@code DAYOFWEEK} (month, week of month, day of week)
 * or {@code FIXED} (month, day of month);</li>
 * <li>{@code start_date/} and {@code end_date/} {@code month} (1-12), {@code week} (1-5),
 * {@code day_of_week}, {@code day} (1-31), {@code hour} (0-23) and {@code minute} (0-59);</li>
 * <li>{@code system/daylight_saving/offset}: the shift in minutes, 0 to 180.</li>
 * </ul>
 *
 * <p>Weekdays are written by English name, {@code SUNDAY} to {@code SATURDAY}, as deployed
 * configurations write them ({@code day_of_week=MONDAY}); there is no weekday number. The manual
 * gives the week as "values 1-5"; week 5 is written for "the last such weekday of the month",
 * the meaning a fifth week has where other vendors define it (Yealink: "5=the last week in a
 * month"). The AudioCodes copy at hand does not say so: a known shortcoming, to check against a
 * phone. A change that is neither weekly nor on a fixed day (Israel's "Friday before the last
 * Sunday") cannot be written: the standard offset is still written, the daylight-saving lines
 * are left out with a warning.
 */
final class AudioCodesTimeZone {

    /** AudioCodes' week of "the last such weekday of the month". */
    static final int LAST_WEEK = 5;
    /** The largest daylight-saving shift the manual allows, in minutes. */
    static final int MAX_SHIFT = 180;

    private static final Logger LOG = LoggerFactory.getLogger(AudioCodesTimeZone.class);
    private static final String DST = "system/daylight_saving/";

    private AudioCodesTimeZone() {
    }

    /**
     * @param facts the zone's rules
     * @param cfg where to write
     */
    static void write(ZoneFacts facts, AudioCodesCfgWriter cfg) {
        cfg.set("network/lan/dhcp/ntp/gmt_offset/enabled", 0)
                .set("system/ntp/gmt_offset", offset(facts.standardOffset()));
        if (facts.daylightSaving().isEmpty()) {
            cfg.set(DST + "activate", "DISABLE");
            return;
        }
        DaylightSaving dst = facts.daylightSaving().get();
        String mode = mode(dst);
        long shift = dst.saving().toMinutes();
        if (mode.isEmpty() || shift < 0 || shift > MAX_SHIFT) {
            LOG.warn("Time zone {}: its daylight saving ({} to {}, {} minutes) cannot be written"
                    + " in AudioCodes' month/week/weekday or fixed-date form; no daylight-saving"
                    + " lines written", facts.zone(), dst.start(), dst.end(), shift);
            return;
        }
        cfg.set(DST + "activate", "ENABLE").set(DST + "mode", mode)
                .set(DST + "offset", (int) shift);
        change("start_date/", dst.start(), cfg);
        change("end_date/", dst.end(), cfg);
    }

    /**
     * @param offset a standard offset
     * @return it as AudioCodes writes it: sign, two-digit hours, colon, two-digit minutes
     */
    static String offset(ZoneOffset offset) {
        int minutes = offset.getTotalSeconds() / 60;
        String sign = minutes < 0 ? "-" : "+";
        return String.format("%s%02d:%02d", sign, Math.abs(minutes) / 60,
                Math.abs(minutes) % 60);
    }

    /** @return {@code DAYOFWEEK}, {@code FIXED}, or empty when neither fits both changes */
    private static String mode(DaylightSaving dst) {
        if (dst.weekly()) {
            return "DAYOFWEEK";
        }
        return fixed(dst.start()) && fixed(dst.end()) ? "FIXED" : "";
    }

    private static boolean fixed(Change change) {
        return change.dayOfWeek() == null && change.week() == 0;
    }

    private static void change(String prefix, Change change, AudioCodesCfgWriter cfg) {
        String p = DST + prefix;
        cfg.set(p + "month", change.month().getValue());
        if (change.weekly()) {
            cfg.set(p + "week", week(change)).set(p + "day_of_week", change.dayOfWeek().name());
        } else {
            cfg.set(p + "day", change.dayOfMonth());
        }
        cfg.set(p + "hour", change.time().getHour()).set(p + "minute",
                change.time().getMinute());
    }

    /** @return 1 to 4 for the first to fourth weekday of the month, 5 for the last */
    static int week(Change change) {
        return change.week() == ZoneFacts.LAST ? LAST_WEEK : change.week();
    }
}
