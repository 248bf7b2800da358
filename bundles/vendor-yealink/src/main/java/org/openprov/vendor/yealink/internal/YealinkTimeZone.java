package org.openprov.vendor.yealink.internal;

import java.time.ZoneId;
import java.time.ZoneOffset;
import org.openprov.api.generator.ZoneFacts;
import org.openprov.api.generator.ZoneFacts.Change;
import org.openprov.api.generator.ZoneFacts.DaylightSaving;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a time zone in Yealink's encoding (Administrator's Guide, "Time and Date" and
 * "Auto DST File Attributes"):
 * <ul>
 * <li>{@code local_time.time_zone}: the standard offset as {@code [+/-]H[:MM]}, e.g.
 * {@code +1}, {@code +5:30}, {@code -3:30}, {@code +12:45} (all in the phone's zone list), and
 * {@code 0} for UTC, as London is written in deployed files;</li>
 * <li>{@code local_time.summer_time}: 0 disabled, 1 enabled, 2 automatic (the factory
 * default: the phone looks its {@code time_zone_name} up in its AutoDST table);</li>
 * <li>with {@code local_time.dst_time_type = 1} ("DST by week"),
 * {@code local_time.start_time} and {@code end_time} as Month/Week of Month/Day of Week/Hour
 * of Day: month 1-12; week 1-5 where 5 is "the last week in a month"; day 1=Monday to
 * 7=Sunday; hour 0-23; and {@code local_time.offset_time}, the shift in minutes (-300 to
 * 300).</li>
 * </ul>
 * The guide calls week n "the n-th week in a month"; as published Yealink templates do, it is
 * read here as the n-th such weekday of the month (the guide's own example, 3/5/7/2 to
 * 10/5/7/3, is the European last-Sunday rule). The guide does not say whether the phone
 * counts "second week" that way or by calendar rows, which matters for rules such as North
 * America's second Sunday of March.
 */
final class YealinkTimeZone {

    private static final Logger LOG = LoggerFactory.getLogger(YealinkTimeZone.class);

    /** Yealink's "last week in a month". */
    private static final int LAST_WEEK = 5;

    private YealinkTimeZone() {
    }

    /**
     * @param facts the zone's rules
     * @param cfg where to write {@code local_time.time_zone} and the daylight-saving lines
     */
    static void write(ZoneFacts facts, YealinkCfgWriter cfg) {
        cfg.set("local_time.time_zone", offset(facts.standardOffset()));
        if (facts.daylightSaving().isEmpty()) {
            cfg.set("local_time.summer_time", 0);
        } else if (facts.daylightSaving().get().weekly()) {
            writeDaylightSaving(facts.zone(), facts.daylightSaving().get(), cfg);
        } else {
            // Only the DST lines are left out: the phone still gets the right standard time,
            // and keeps whatever summer_time it had (automatic, from the factory).
            LOG.warn("Time zone {}: daylight saving does not fall on an n-th or last weekday of"
                    + " a month, which Yealink phones cannot express; no DST lines written",
                    facts.zone());
        }
    }

    /**
     * @param offset a standard offset in whole minutes
     * @return the offset as Yealink writes it: {@code +1}, {@code -3:30}, {@code 0}
     */
    static String offset(ZoneOffset offset) {
        int minutes = offset.getTotalSeconds() / 60;
        if (minutes == 0) {
            return "0";
        }
        String sign = minutes < 0 ? "-" : "+";
        int hours = Math.abs(minutes) / 60;
        int rest = Math.abs(minutes) % 60;
        return rest == 0 ? sign + hours : String.format("%s%d:%02d", sign, hours, rest);
    }

    private static void writeDaylightSaving(ZoneId zone, DaylightSaving dst,
            YealinkCfgWriter cfg) {
        cfg.set("local_time.summer_time", 1)
                .set("local_time.dst_time_type", 1)
                .set("local_time.start_time", change(zone, dst.start()))
                .set("local_time.end_time", change(zone, dst.end()))
                .set("local_time.offset_time", (int) dst.saving().toMinutes());
    }

    /**
     * @param zone the zone, for the log
     * @param change a weekly change
     * @return Month/Week of Month/Day of Week/Hour of Day
     */
    static String change(ZoneId zone, Change change) {
        int week = change.week() == ZoneFacts.LAST ? LAST_WEEK : change.week();
        // java.time numbers Monday 1 to Sunday 7, as Yealink does.
        int day = change.dayOfWeek().getValue();
        return change.month().getValue() + "/" + week + "/" + day + "/" + hour(zone, change);
    }

    /**
     * Yealink takes whole hours only. A change at, say, 02:45 (Pacific/Chatham) is written as
     * hour 2: the clock then moves up to 59 minutes early once a year, which is better than
     * leaving daylight saving out and being an hour wrong for half the year.
     */
    private static int hour(ZoneId zone, Change change) {
        if (change.time().getMinute() != 0) {
            LOG.warn("Time zone {}: the change at {} in {} is written as hour {}; Yealink takes"
                    + " whole hours only", zone, change.time(), change.month(),
                    change.time().getHour());
        }
        return change.time().getHour();
    }
}
