package org.openprov.api.generator;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransitionRule;
import java.time.zone.ZoneRules;
import java.util.List;
import java.util.Optional;

/**
 * What a phone needs to know of a time zone, taken from the zone's current rules rather than
 * from one year's dates: the standard offset, and the yearly daylight-saving changes if the zone
 * has them. Each vendor then writes these facts in its own encoding.
 *
 * @param zone the IANA zone
 * @param standardOffset the offset outside daylight saving, e.g. {@code +05:30}
 * @param daylightSaving the yearly changes, empty if the zone keeps one offset all year
 */
public record ZoneFacts(ZoneId zone, ZoneOffset standardOffset,
        Optional<DaylightSaving> daylightSaving) {

    /** {@link Change#week()} of a change on the last such weekday of its month. */
    public static final int LAST = -1;

    /**
     * One yearly change of offset, in the wall-clock time in force just before it.
     *
     * @param month the month of the change
     * @param week 1 to 4 for the first to fourth {@code dayOfWeek} of the month, {@link #LAST}
     *        for the last one, 0 when the rule is not of that shape (see {@code dayOfMonth})
     * @param dayOfWeek the weekday of the change, or null for a fixed day of the month
     * @param dayOfMonth the day of the month: the fixed day, or the first day the rule looks at
     * @param time the wall-clock time just before the change, e.g. 02:00 for the start of
     *        European summer time
     */
    public record Change(Month month, int week, DayOfWeek dayOfWeek, int dayOfMonth,
            LocalTime time) {

        /** @return whether the change is "the n-th or last weekday of the month" */
        public boolean weekly() {
            return dayOfWeek != null && week != 0;
        }
    }

    /**
     * The yearly daylight-saving period.
     *
     * @param start the change into daylight saving
     * @param end the change back to standard time
     * @param saving how much the clock moves, usually one hour
     */
    public record DaylightSaving(Change start, Change end, Duration saving) {

        /** @return whether both changes are of the weekday-of-month shape most phones accept */
        public boolean weekly() {
            return start.weekly() && end.weekly();
        }
    }

    /**
     * @param zone an IANA zone
     * @param at the instant whose rules apply (the standard offset of some zones changed)
     * @return the zone's facts at that instant
     */
    public static ZoneFacts of(ZoneId zone, Instant at) {
        ZoneRules rules = zone.getRules();
        List<ZoneOffsetTransitionRule> yearly = rules.getTransitionRules();
        if (yearly.size() != 2) {
            // No yearly rule: the offset in force is the best a phone can keep. Zones such as
            // Africa/Casablanca are modelled as standard time +00:00 with "summer" time +01:00
            // most of the year and irregular changes; their standard offset would put phones
            // an hour wrong for eleven months.
            return new ZoneFacts(zone, rules.getOffset(at), Optional.empty());
        }
        ZoneOffset standard = rules.getStandardOffset(at);
        ZoneOffsetTransitionRule first = yearly.get(0);
        ZoneOffsetTransitionRule second = yearly.get(1);
        boolean firstStarts = first.getOffsetAfter().getTotalSeconds()
                > first.getOffsetBefore().getTotalSeconds();
        ZoneOffsetTransitionRule start = firstStarts ? first : second;
        ZoneOffsetTransitionRule end = firstStarts ? second : first;
        Duration saving = Duration.ofSeconds(start.getOffsetAfter().getTotalSeconds()
                - start.getOffsetBefore().getTotalSeconds());
        return new ZoneFacts(zone, standard, Optional.of(
                new DaylightSaving(change(start), change(end), saving)));
    }

    private static Change change(ZoneOffsetTransitionRule rule) {
        LocalTime wall = rule.isMidnightEndOfDay() ? LocalTime.MIDNIGHT
                : rule.getTimeDefinition().createDateTime(
                        LocalDate.of(2001, 1, 1).atTime(rule.getLocalTime()),
                        rule.getStandardOffset(), rule.getOffsetBefore()).toLocalTime();
        int day = rule.getDayOfMonthIndicator();
        DayOfWeek weekday = rule.getDayOfWeek();
        Month month = rule.getMonth();
        return new Change(month, week(month, day, weekday), weekday, day, wall);
    }

    private static int week(Month month, int day, DayOfWeek weekday) {
        if (weekday == null) {
            return 0;
        }
        if (day == -1 || day == month.maxLength() - 6) {
            return LAST;
        }
        if (day > 0 && day <= 22 && (day - 1) % 7 == 0) {
            return (day - 1) / 7 + 1;
        }
        return 0;
    }

    /**
     * @return the standard offset in whole minutes east of UTC, e.g. 330 for India
     */
    public int standardOffsetMinutes() {
        return standardOffset.getTotalSeconds() / 60;
    }
}
