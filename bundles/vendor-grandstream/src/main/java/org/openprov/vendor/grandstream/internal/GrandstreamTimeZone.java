package org.openprov.vendor.grandstream.internal;

import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.openprov.api.generator.ZoneFacts;
import org.openprov.api.generator.ZoneFacts.Change;
import org.openprov.api.generator.ZoneFacts.DaylightSaving;

/**
 * Writes a time zone as Grandstream phones take it: {@code P64 = customize} ("Self-Defined
 * Time Zone" in the template's list of P64 values) and {@code P246}, the self-defined zone, a
 * POSIX TZ string of at most 64 characters ("Self Defined Time zone. Max length allowed is 64
 * characters", GXP17xx and GXP21xx configuration templates). {@code P143 = 0} keeps DHCP
 * option 2 from replacing it.
 *
 * <p>The string follows POSIX (IEEE Std 1003.1, "TZ") as Grandstream's own list does
 * ({@code CET-1CEST-2,M3.5.0/02:00:00,M10.5.0/03:00:00} for Paris):
 * <ul>
 * <li>a name, then the offset to add to local time to get UTC, so east of Greenwich is
 * negative: UTC+05:30 is {@code -5:30}, UTC-03:30 is {@code +3:30}, UTC+14 is {@code -14};
 * half and quarter hours are written {@code h:mm}, never rounded;</li>
 * <li>with daylight saving, a second name and offset, then the start and end as
 * {@code Mm.w.d/hh:mm:ss}: month 1-12; week 1-4, or 5 for the last such weekday of the
 * month; day 0 = Sunday to 6 = Saturday (POSIX numbering); the wall-clock time in force just
 * before the change.</li>
 * </ul>
 * The names carry no meaning for the phone; Grandstream's list uses made-up ones such as
 * {@code TZT}, and this class always writes {@code STD} and {@code DST}, so the output does not
 * depend on the locale data of the Java runtime.
 *
 * <p>A zone whose daylight saving does not fall on an n-th or last weekday of a month
 * (Asia/Jerusalem's "Friday on or after the 23rd") cannot be written exactly. Its time zone is
 * left out, with a warning: a standard-time-only string would put the phone an hour wrong for
 * half the year without saying so, while without P64 the phone keeps its own zone.
 */
final class GrandstreamTimeZone {

    /** The value of P64 that makes the phone read P246. */
    static final String CUSTOMIZE = "customize";
    /** Time zone. */
    static final int ZONE = 64;
    /** Self-defined time zone. */
    static final int SELF_DEFINED = 246;
    /** Allow DHCP option 2 to override the time zone: 0 no, 1 yes. */
    static final int DHCP_OVERRIDE = 143;
    /** P246 length limit. */
    static final int MAX_LENGTH = 64;

    /** POSIX's week number of "the last one in the month". */
    private static final int LAST_WEEK = 5;

    private GrandstreamTimeZone() {
    }

    /**
     * @param facts the zone's rules
     * @return the POSIX TZ string, or empty with the reason when the zone cannot be written
     */
    static Result posix(ZoneFacts facts) {
        StringBuilder tz = new StringBuilder("STD").append(offset(facts.standardOffset()));
        if (facts.daylightSaving().isPresent()) {
            DaylightSaving dst = facts.daylightSaving().get();
            if (!dst.weekly()) {
                return Result.refused("its daylight saving does not fall on an n-th or last"
                        + " weekday of a month, which a POSIX TZ string cannot say");
            }
            int summer = facts.standardOffset().getTotalSeconds()
                    + (int) dst.saving().getSeconds();
            tz.append("DST").append(offset(ZoneOffset.ofTotalSeconds(summer)))
                    .append(',').append(change(dst.start()))
                    .append(',').append(change(dst.end()));
        }
        if (tz.length() > MAX_LENGTH) {
            return Result.refused("its TZ string is " + tz.length() + " characters long and"
                    + " P246 takes " + MAX_LENGTH);
        }
        return Result.written(tz.toString());
    }

    /**
     * @param offset an offset from UTC, east positive
     * @return the POSIX offset, west positive, e.g. {@code -5:30} for UTC+05:30, {@code +0}
     */
    static String offset(ZoneOffset offset) {
        int seconds = -offset.getTotalSeconds();
        String sign = seconds < 0 ? "-" : "+";
        int minutes = Math.abs(seconds) / 60;
        int hours = minutes / 60;
        int rest = minutes % 60;
        return rest == 0 ? sign + hours : String.format("%s%d:%02d", sign, hours, rest);
    }

    /**
     * @param change a weekly change ({@link Change#weekly()})
     * @return e.g. {@code M3.5.0/02:00:00}
     */
    static String change(Change change) {
        int week = change.week() == ZoneFacts.LAST ? LAST_WEEK : change.week();
        // java.time numbers Monday 1 to Sunday 7; POSIX Sunday 0 to Saturday 6.
        int day = change.dayOfWeek().getValue() % 7;
        LocalTime time = change.time();
        return String.format("M%d.%d.%d/%02d:%02d:%02d", change.month().getValue(), week, day,
                time.getHour(), time.getMinute(), time.getSecond());
    }

    /**
     * What {@link #posix} made of a zone.
     *
     * @param tz the TZ string, if the zone can be written
     * @param reason why it cannot, empty when it can
     */
    record Result(Optional<String> tz, String reason) {

        static Result written(String tz) {
            return new Result(Optional.of(tz), "");
        }

        static Result refused(String reason) {
            return new Result(Optional.empty(), reason);
        }
    }
}
