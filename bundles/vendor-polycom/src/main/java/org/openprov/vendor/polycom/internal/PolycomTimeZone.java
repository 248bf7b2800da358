package org.openprov.vendor.polycom.internal;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;
import org.openprov.api.generator.ZoneFacts;
import org.openprov.api.generator.ZoneFacts.Change;
import org.openprov.api.generator.ZoneFacts.DaylightSaving;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a time zone in Poly's encoding (Polycom SoundPoint IP / UC Software Administrator's
 * Guide, {@code tcpIpApp.sntp.*}):
 * <ul>
 * <li>{@code gmtOffset}: the standard offset in seconds, e.g. 19800 for India;</li>
 * <li>{@code daylightSavings.enable}: written as 0 for a zone without (expressible) daylight
 * saving, because the phone's default is 1 with North American dates;</li>
 * <li>with {@code fixedDayEnable = 0}, each change as {@code month} (1-12), {@code date}
 * (1, 8, 15, 22 for the first to fourth occurrence of the weekday),
 * {@code dayOfWeek.lastInMonth} (1 for the last occurrence; {@code date} is then ignored),
 * {@code dayOfWeek} (1=Sunday to 7=Saturday) and {@code time} (hour 0-23).</li>
 * </ul>
 * The guide offers no field for the size of the shift: the phone always moves one hour.
 */
final class PolycomTimeZone {

    private static final Logger LOG = LoggerFactory.getLogger(PolycomTimeZone.class);
    private static final String SNTP = "tcpIpApp.sntp.";
    private static final String DST = SNTP + "daylightSavings.";

    private PolycomTimeZone() {
    }

    /**
     * @param facts the zone's rules
     * @param cfg where to write the offset and daylight-saving parameters
     */
    static void write(ZoneFacts facts, PolycomXmlWriter cfg) {
        cfg.set(SNTP + "gmtOffset", facts.standardOffset().getTotalSeconds())
                .set(SNTP + "gmtOffset.overrideDHCP", 1);
        Optional<DaylightSaving> dst = facts.daylightSaving()
                .filter(rules -> expressible(facts.zone(), rules));
        if (dst.isEmpty()) {
            cfg.set(DST + "enable", 0);
            return;
        }
        cfg.set(DST + "enable", 1).set(DST + "fixedDayEnable", 0);
        change(facts.zone(), "start", dst.get().start(), cfg);
        change(facts.zone(), "stop", dst.get().end(), cfg);
    }

    /**
     * Daylight saving Poly cannot express is switched off rather than left to the phone's
     * North American default: the standard time at least stays right.
     */
    private static boolean expressible(ZoneId zone, DaylightSaving dst) {
        if (!dst.weekly()) {
            LOG.warn("Time zone {}: daylight saving does not fall on an n-th or last weekday of"
                    + " a month, which Poly phones cannot express; daylight saving switched off",
                    zone);
            return false;
        }
        if (!dst.saving().equals(Duration.ofHours(1))) {
            LOG.warn("Time zone {}: daylight saving moves the clock by {} but Poly phones always"
                    + " move it one hour; daylight saving switched off", zone, dst.saving());
            return false;
        }
        return true;
    }

    private static void change(ZoneId zone, String which, Change change, PolycomXmlWriter cfg) {
        String prefix = DST + which + ".";
        cfg.set(prefix + "month", change.month().getValue());
        if (change.week() == ZoneFacts.LAST) {
            cfg.set(prefix + "dayOfWeek.lastInMonth", 1);
        } else {
            // ZoneFacts gives 1, 8, 15 or 22 here: the first day the rule looks at.
            cfg.set(prefix + "date", change.dayOfMonth())
                    .set(prefix + "dayOfWeek.lastInMonth", 0);
        }
        cfg.set(prefix + "dayOfWeek", dayOfWeek(change))
                .set(prefix + "time", hour(zone, change));
    }

    /** java.time numbers Monday 1 to Sunday 7; Poly numbers Sunday 1 to Saturday 7. */
    static int dayOfWeek(Change change) {
        return change.dayOfWeek().getValue() % 7 + 1;
    }

    /**
     * Poly takes whole hours only. A change at 02:45 (Pacific/Chatham) is written as hour 2:
     * the clock moves up to 59 minutes early, rather than an hour wrong for half the year.
     */
    private static int hour(ZoneId zone, Change change) {
        if (change.time().getMinute() != 0) {
            LOG.warn("Time zone {}: the change at {} in {} is written as hour {}; Poly takes"
                    + " whole hours only", zone, change.time(), change.month(),
                    change.time().getHour());
        }
        return change.time().getHour();
    }
}
