package org.openprov.vendor.fanvil.internal;

import java.time.DayOfWeek;
import java.time.ZoneOffset;
import java.util.Optional;
import org.openprov.api.generator.ZoneFacts;
import org.openprov.api.generator.ZoneFacts.Change;
import org.openprov.api.generator.ZoneFacts.DaylightSaving;

/**
 * Writes a time zone in Fanvil's encoding, in the {@code --DateTime Config--} subsection of
 * the phone feature module (parameter names and order from the phone's own export):
 * <ul>
 * <li>{@code Time Zone}: the standard offset in quarter hours, e.g. 4 for UTC+1, 22 for India
 * (+5:30), -14 for Newfoundland (-3:30) (Fanvil's {@code Time_Zone}, UTC+1 written 4 in the
 * export and in Wazo's Fanvil templates). Every offset in use today, -12:00 to +14:00, is a
 * whole number of quarter hours; a zone whose offset is not (a historical local mean time) or
 * lies outside that range is left out with a warning.</li>
 * <li>{@code Time Zone Name}: {@code UTC}, {@code UTC+1}, {@code UTC+5:30}; the export pairs
 * {@code Time Zone :4} with {@code Time Zone Name :UTC+1}. Whether firmware accepts names
 * with minutes is not documented at hand (unsure).</li>
 * <li>{@code DST Type}: 0 for no daylight saving, 2 for a rule given here (Wazo's templates
 * write 2 with their own rules; the export's 1 goes with {@code DST Location}, the phone's own
 * table). {@code DST Rule Mode} 0 reads the rule as month, week and weekday (unsure).</li>
 * <li>{@code DST Min Offset}: the shift in minutes, so half-hour shifts (Lord Howe) are
 * kept.</li>
 * <li>{@code DST Start/End Mon} 1-12, {@code Week} 1-4 for the first to fourth weekday of the
 * month and {@value #LAST_WEEK} for the last one, {@code Wday} with Sunday = 0 to Saturday =
 * 6 (POSIX numbering), {@code Hour} 0-23 in the wall-clock time in force just before the
 * change. The export's factory rule for London, last Sunday of March, is written week 5,
 * weekday 0; Wazo's XML templates write -1 for the last week instead.</li>
 * </ul>
 * A daylight-saving rule that is not "n-th or last weekday of a month" (Jerusalem: the Friday
 * before the last Sunday) cannot be written; daylight saving is then switched off with a
 * warning rather than left to whatever the phone had, so standard time at least is right.
 */
final class FanvilTimeZone {

    /** The week Fanvil writes for "the last such weekday of the month". */
    static final int LAST_WEEK = 5;
    /** {@code DST Type} without daylight saving. */
    static final int DST_OFF = 0;
    /** {@code DST Type} with the rule given in the file. */
    static final int DST_MANUAL = 2;
    /** {@code DST Rule Mode} for month, week and weekday. */
    static final int RULE_BY_WEEK = 0;

    private static final int QUARTER_SECONDS = 15 * 60;
    private static final int MIN_QUARTERS = -12 * 4;
    private static final int MAX_QUARTERS = 14 * 4;
    private static final String SECTION = FanvilModules.DATE_TIME;

    private FanvilTimeZone() {
    }

    /**
     * @param facts the zone's rules
     * @param cfg where to write
     * @param log where omissions are reported
     */
    static void write(ZoneFacts facts, FanvilCfgWriter cfg, DeviceLog log) {
        Optional<Integer> quarters = quarters(facts.standardOffset());
        if (quarters.isEmpty()) {
            log.warn("time zone " + facts.zone() + " is left out: its standard offset "
                    + facts.standardOffset() + " is not a whole number of quarter hours"
                    + " between -12:00 and +14:00, which Fanvil's Time Zone requires");
            return;
        }
        set(cfg, "Time Zone", quarters.get());
        set(cfg, "Time Zone Name", name(facts.standardOffset()));
        Optional<DaylightSaving> dst = facts.daylightSaving().filter(d -> weekly(facts, d, log));
        if (dst.isEmpty()) {
            set(cfg, "DST Type", DST_OFF);
            return;
        }
        set(cfg, "DST Type", DST_MANUAL);
        set(cfg, "DST Rule Mode", RULE_BY_WEEK);
        set(cfg, "DST Min Offset", (int) dst.get().saving().toMinutes());
        change(facts, "Start", dst.get().start(), cfg, log);
        change(facts, "End", dst.get().end(), cfg, log);
    }

    /**
     * @param offset a standard offset
     * @return it in quarter hours, if whole and within -12:00 to +14:00
     */
    static Optional<Integer> quarters(ZoneOffset offset) {
        int seconds = offset.getTotalSeconds();
        int quarters = seconds / QUARTER_SECONDS;
        if (seconds % QUARTER_SECONDS != 0 || quarters < MIN_QUARTERS || quarters > MAX_QUARTERS) {
            return Optional.empty();
        }
        return Optional.of(quarters);
    }

    /**
     * @param offset a standard offset
     * @return its name as the phone shows it, e.g. {@code UTC+5:30}
     */
    static String name(ZoneOffset offset) {
        int minutes = offset.getTotalSeconds() / 60;
        if (minutes == 0) {
            return "UTC";
        }
        int absolute = Math.abs(minutes);
        String hours = (minutes < 0 ? "UTC-" : "UTC+") + absolute / 60;
        return absolute % 60 == 0 ? hours : hours + String.format(":%02d", absolute % 60);
    }

    /**
     * @param day a weekday
     * @return Fanvil's {@code Wday}: Sunday 0, Monday 1 ... Saturday 6
     */
    static int weekday(DayOfWeek day) {
        return day.getValue() % 7;
    }

    private static boolean weekly(ZoneFacts facts, DaylightSaving dst, DeviceLog log) {
        if (dst.weekly()) {
            return true;
        }
        log.warn("time zone " + facts.zone() + ": daylight saving does not fall on an n-th or"
                + " last weekday of a month, which Fanvil phones cannot express; daylight"
                + " saving is switched off (DST Type 0)");
        return false;
    }

    private static void change(ZoneFacts facts, String which, Change change,
            FanvilCfgWriter cfg, DeviceLog log) {
        String prefix = "DST " + which + " ";
        set(cfg, prefix + "Mon", change.month().getValue());
        set(cfg, prefix + "Week", change.week() == ZoneFacts.LAST ? LAST_WEEK : change.week());
        set(cfg, prefix + "Wday", weekday(change.dayOfWeek()));
        set(cfg, prefix + "Hour", change.time().getHour());
        if (change.time().getMinute() != 0) {
            // The export holds no minute field for the change; an hour early by up to 59
            // minutes beats an hour wrong for half the year.
            log.warn("time zone " + facts.zone() + ": the change at " + change.time() + " in "
                    + change.month() + " is written as hour " + change.time().getHour()
                    + "; Fanvil takes whole hours");
        }
    }

    private static void set(FanvilCfgWriter cfg, String name, int value) {
        cfg.set(FanvilModules.PHONE_FEATURE, SECTION, name, value);
    }

    private static void set(FanvilCfgWriter cfg, String name, String value) {
        cfg.set(FanvilModules.PHONE_FEATURE, SECTION, name, value);
    }
}
