package org.openprov.vendor.snom.internal;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.openprov.api.generator.ZoneFacts;
import org.openprov.api.generator.ZoneFacts.Change;
import org.openprov.api.generator.ZoneFacts.DaylightSaving;
import org.openprov.api.registry.Mac;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a time zone in Snom's three settings:
 * <ul>
 * <li>{@code timezone}: one of the phone's own zone names, such as {@code GER+1}, when OpenProv
 * knows the name of the zone ({@link #NAMES}); otherwise empty, so the phone keeps to the two
 * settings below instead of a zone it was given earlier;</li>
 * <li>{@code utc_offset}: the standard offset in seconds, signed: {@code +19800} for India,
 * {@code -12600} for Newfoundland, {@code 0} for UTC; any offset, including quarter hours and
 * offsets beyond twelve hours;</li>
 * <li>{@code dst}: empty for a zone without daylight saving, else the shift in seconds, then
 * the start and the end, each {@code MM.WW.DD HH:MM:SS}: month 01-12, week 01-04 for the first
 * to fourth such weekday of the month and 05 for the last, weekday 01 = Monday to 07 = Sunday,
 * and the wall-clock time just before the change. The United States rule is
 * {@code 3600 03.02.07 02:00:00 11.01.07 02:00:00}.</li>
 * </ul>
 * The {@code dst} encoding is as Snom's own contribution to sipXconfig wrote it (its Snom
 * phone class, copyright snom technology AG, converts Java's Sunday-first weekdays to Monday =
 * 1 and caps the week at 5) and as Wazo's Snom plug-in writes it; no Snom wiki page on
 * {@code dst} was at hand. That the phone applies {@code utc_offset} and {@code dst} while
 * {@code timezone} is empty is how Wazo's Snom plug-in has provisioned phones, not a Snom
 * statement.
 *
 * <p>Snom can express every zone whose daylight saving falls on an n-th or last weekday of a
 * month. A zone whose rule has another shape ("the Friday on or after the 23rd", Israel) is
 * left out whole, with a warning: the phone keeps its current time zone.
 */
final class SnomTimeZone {

    /**
     * IANA zones whose Snom names OpenProv has seen in Snom's documents or in files deployed to
     * Snom phones: GER+1 and ITA+1 (Snom wiki, "Desk Phone Configuration Files"), FRA+1 (the
     * Snom sample of the OpenProv fixtures), CHE+1, USA-5 and USA-8 (deployed settings files).
     * Every other zone is written with an empty name and its offset and rule.
     */
    static final Map<String, String> NAMES = Map.of("Europe/Berlin", "GER+1",
            "Europe/Rome", "ITA+1", "Europe/Paris", "FRA+1", "Europe/Zurich", "CHE+1",
            "America/New_York", "USA-5", "America/Los_Angeles", "USA-8");

    /** Snom's week of a change on the last such weekday of the month. */
    static final int LAST_WEEK = 5;

    private static final Logger LOG = LoggerFactory.getLogger(SnomTimeZone.class);

    private SnomTimeZone() {
    }

    /**
     * @param mac the device, for the log
     * @param facts the zone's rules
     * @param xml where to write
     * @return whether the zone was written; false when Snom cannot express it
     */
    static boolean write(Mac mac, ZoneFacts facts, SnomXmlWriter xml) {
        Optional<DaylightSaving> dst = facts.daylightSaving();
        if (dst.isPresent() && !dst.get().weekly()) {
            LOG.warn("Device {}: setting time.zone ({}) is left out: its daylight saving does"
                    + " not fall on an n-th or last weekday of a month, which Snom phones cannot"
                    + " express", mac, facts.zone());
            return false;
        }
        xml.set("timezone", name(facts.zone()))
                .set("utc_offset", offset(facts.standardOffsetMinutes()))
                .set("dst", dst.map(SnomTimeZone::dst).orElse(""));
        return true;
    }

    /**
     * @param zone an IANA zone
     * @return Snom's name of the zone, or empty text when OpenProv knows none
     */
    static String name(ZoneId zone) {
        return NAMES.getOrDefault(zone.getId(), "");
    }

    /**
     * @param minutes a standard offset in minutes east of UTC
     * @return Snom's {@code utc_offset}: seconds with their sign, {@code 0} for none
     */
    static String offset(int minutes) {
        int seconds = minutes * 60;
        return seconds > 0 ? "+" + seconds : Integer.toString(seconds);
    }

    /**
     * @param dst a weekly daylight-saving rule
     * @return Snom's {@code dst}: shift in seconds, start, end
     */
    static String dst(DaylightSaving dst) {
        return dst.saving().getSeconds() + " " + change(dst.start()) + " " + change(dst.end());
    }

    /**
     * @param change a weekly change
     * @return {@code MM.WW.DD HH:MM:SS}, weekday Monday = 1 as in java.time
     */
    static String change(Change change) {
        int week = change.week() == ZoneFacts.LAST ? LAST_WEEK : change.week();
        return String.format(Locale.ROOT, "%02d.%02d.%02d %02d:%02d:%02d",
                change.month().getValue(), week,
                change.dayOfWeek().getValue(), change.time().getHour(),
                change.time().getMinute(), change.time().getSecond());
    }
}
