package org.openprov.vendor.mitel.internal;

import java.time.DayOfWeek;
import java.util.Optional;
import org.openprov.api.generator.ZoneFacts;
import org.openprov.api.generator.ZoneFacts.Change;
import org.openprov.api.generator.ZoneFacts.DaylightSaving;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a time zone in Mitel's (Aastra's) custom encoding (Administrator Guide 41-001343-02,
 * "Time Zone &amp; DST" and "Custom Time Zone and DST Settings"). Every zone is written as
 * {@code time zone name: Custom} ("must use initial caps") with its rules spelled out,
 * rather than as one of the phone's named zones, so that the rules come from the zone
 * database and not from a firmware's table:
 * <ul>
 * <li>{@code time zone minutes}: the standard offset in minutes, positive <em>west</em> of
 * Greenwich: EST is 300, India is -330, Chatham -765; offsets beyond twelve hours (Kiribati,
 * -840) are written as they are, the guide giving no range;</li>
 * <li>{@code dst config}: 0 for no daylight saving, 3 for automatic, which applies the
 * custom rule below (the values are those deployed by Wazo's Aastra plug-in; the guide pages
 * at hand do not list them);</li>
 * <li>{@code dst minutes}: the shift, 0 to 60;</li>
 * <li>{@code dst [start|end] relative date}: one parameter for both changes, its name
 * written as the guide prints it, brackets and bar included: 1 for relative changes (month,
 * week, weekday), 0 for absolute ones (month, day of the month);</li>
 * <li>{@code dst start month}/{@code dst end month} 1-12, {@code dst start hour}/
 * {@code dst end hour} 0-23, and for relative changes {@code dst start week} and
 * {@code dst start day} (and the {@code end} pair): week 1 to 5 for "the first to fifth full
 * week of the month", -1 to -5 for the last to fifth-last occurrence of the day; day
 * <strong>1 = Sunday</strong>, 2 = Monday, ... 7 = Saturday. For absolute changes
 * {@code dst start day} is the day of the month, 1-31.</li>
 * </ul>
 * An n-th weekday of the month is written as week n: with weeks counted from Sunday, as the
 * guide numbers its days, the n-th full week holds the n-th Sunday, which is the weekday of
 * nearly every zone's rule. For a rule on another weekday (none among current zones' n-th
 * rules) the guide's "full week" reading is not certain. The hour is the wall-clock time just
 * before the change; the guide does not say in which time the end hour is read.
 *
 * <p>What Mitel phones cannot express is logged at WARN with the device and the zone, and
 * the whole zone is left out (the rest of the file is still written): a shift of more than
 * 60 minutes, changes of different shapes, and a change "on or after" a day that is not
 * the 1st, 8th, 15th or 22nd. A change at a time that is not a whole hour is written in
 * the hour it falls in, with a warning: the clock moves up to 59 minutes early once a year,
 * which is better than an hour wrong half the year.
 */
final class MitelTimeZone {

    /** The largest shift the guide allows. */
    static final int MAX_DST_MINUTES = 60;
    /** The parameter that says whether both changes are relative, as the guide names it. */
    static final String RELATIVE_DATE = "dst [start|end] relative date";

    private static final Logger LOG = LoggerFactory.getLogger(MitelTimeZone.class);

    private MitelTimeZone() {
    }

    /**
     * @param facts the zone's rules
     * @param owner the device, for the log
     * @param cfg where to write
     * @return whether the zone was written; when false, the log says why
     */
    static boolean write(ZoneFacts facts, String owner, MitelCfgWriter cfg) {
        Optional<String> problem = facts.daylightSaving().flatMap(MitelTimeZone::problem);
        if (problem.isPresent()) {
            LOG.warn("{}: time zone {} is left out: {}", owner, facts.zone(), problem.get());
            return false;
        }
        cfg.set("time zone name", "Custom")
                .set("time zone minutes", -facts.standardOffsetMinutes());
        if (facts.daylightSaving().isEmpty()) {
            cfg.set("dst config", 0);
        } else {
            writeDaylightSaving(facts, owner, cfg);
        }
        return true;
    }

    /**
     * @param dst a zone's daylight-saving rule
     * @return why Mitel phones cannot express it, or empty if they can
     */
    static Optional<String> problem(DaylightSaving dst) {
        long minutes = dst.saving().toMinutes();
        if (minutes < 1 || minutes > MAX_DST_MINUTES) {
            return Optional.of("its daylight saving moves the clock " + minutes
                    + " minutes; Mitel phones take 0 to " + MAX_DST_MINUTES);
        }
        if (relative(dst.start()) && relative(dst.end())
                || absolute(dst.start()) && absolute(dst.end())) {
            return Optional.empty();
        }
        return Optional.of("its changes are not both an n-th or last weekday of a month, nor"
                + " both a fixed day, which is all Mitel phones can express");
    }

    private static void writeDaylightSaving(ZoneFacts facts, String owner,
            MitelCfgWriter cfg) {
        DaylightSaving dst = facts.daylightSaving().orElseThrow();
        boolean relative = relative(dst.start());
        cfg.set("dst config", 3)
                .set("dst minutes", (int) dst.saving().toMinutes())
                .set(RELATIVE_DATE, relative ? 1 : 0);
        writeChange("start", dst.start(), relative, cfg);
        writeChange("end", dst.end(), relative, cfg);
        warnIfNotWholeHour(facts, owner, dst.start());
        warnIfNotWholeHour(facts, owner, dst.end());
    }

    private static void writeChange(String which, Change change, boolean relative,
            MitelCfgWriter cfg) {
        String prefix = "dst " + which + " ";
        cfg.set(prefix + "month", change.month().getValue());
        if (relative) {
            cfg.set(prefix + "week", week(change))
                    .set(prefix + "day", weekday(change.dayOfWeek()));
        } else {
            cfg.set(prefix + "day", change.dayOfMonth());
        }
        cfg.set(prefix + "hour", change.time().getHour());
    }

    /**
     * @param change a weekly change
     * @return Mitel's week: 1 to 4, or -1 for the last such weekday of the month
     */
    static int week(Change change) {
        return change.week() == ZoneFacts.LAST ? -1 : change.week();
    }

    /**
     * @param day a weekday
     * @return Mitel's number for it: 1 = Sunday, 2 = Monday, ... 7 = Saturday
     */
    static int weekday(DayOfWeek day) {
        // java.time numbers Monday 1 to Sunday 7.
        return day.getValue() % 7 + 1;
    }

    private static boolean relative(Change change) {
        return change.weekly();
    }

    private static boolean absolute(Change change) {
        return change.dayOfWeek() == null && change.dayOfMonth() >= 1;
    }

    private static void warnIfNotWholeHour(ZoneFacts facts, String owner, Change change) {
        if (change.time().getMinute() != 0) {
            LOG.warn("{}: time zone {}: the change at {} in {} is written as hour {}; Mitel"
                    + " phones take whole hours only", owner, facts.zone(), change.time(),
                    change.month(), change.time().getHour());
        }
    }
}
