package org.openprov.vendor.cisco.internal;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.openprov.api.generator.ZoneFacts;
import org.openprov.api.registry.Mac;
import org.openprov.api.settings.DeviceConfig;
import org.openprov.api.settings.Setting;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the device-wide settings of the vocabulary in Cisco's parameters, the same names on
 * SPA and MPP unless said otherwise. A setting no level set gives no element, so the phone
 * keeps its own value. The per-account settings are written by {@link CiscoLines}.
 *
 * <p>Sources: the administrator password rule is from the MPP administration guide; the
 * element names and option values of the others ({@code Language_Selection}, {@code Locale},
 * {@code Date_Format}, {@code Time_Format}, {@code Enable_VLAN}, {@code Enable_LLDP-MED},
 * {@code Syslog_Server}, {@code Voice_Mail_Number}, {@code CW_Setting},
 * {@code XML_Directory_Service_*}, {@code Upgrade_*}) follow the web fields as deployed SPA
 * and MPP profiles write them; they were not re-read in a stored Cisco parameter table.
 *
 * <p>Left out, each time with one log line naming the setting: {@code vlan.priority} (no
 * Cisco field sets the voice VLAN's 802.1p priority; the phones take it from LLDP-MED or CDP),
 * a date format Cisco lacks ({@code ymd}), a language outside the four below, and on MPP a
 * password outside the rule the phone enforces.
 */
final class CiscoSettings {

    /** {@code Language_Selection} names, as Cisco's menus list them. */
    static final Map<String, String> LANGUAGES = Map.of("en", "English", "de", "German",
            "fr", "French", "es", "Spanish");
    /** MPP {@code Locale} values of the same languages. */
    static final Map<String, String> LOCALES = Map.of("en", "en-US", "de", "de-DE",
            "fr", "fr-FR", "es", "es-ES");
    /** {@code Date_Format}: the order of day and month on the display. */
    static final Map<String, String> DATE_FORMATS = Map.of("dmy", "day/month",
            "mdy", "month/day");
    /** The name shown for the XML directory; the phones list it under Directories. */
    static final String PHONEBOOK_NAME = "Phonebook";

    /**
     * The MPP rule for the administrator password: "8 to 127 characters from three out of the
     * four types: capital letter, small letter, number, and special character", from the
     * listed specials, "No space is allowed" (MPP administration guide, "Access Control
     * Parameters"). For the user password the guide's configuration-file example allows
     * "Password value (4-127 characters)", with no rule on kinds.
     */
    private static final Pattern MPP_PASSWORD = Pattern.compile(
            "[A-Za-z0-9/.@:;=?\\-_&%+*~`<>,!^'\"|#$\\\\(){}\\[\\]]+");
    private static final int MPP_ADMIN_MIN = 8;
    private static final int MPP_USER_MIN = 4;
    private static final int MPP_MAX = 127;

    private static final Logger LOG = LoggerFactory.getLogger(CiscoSettings.class);

    private final DeviceConfig config;
    private final Mac mac;
    private final CiscoFamily family;
    private final Instant now;
    private final FlatProfile profile;

    /**
     * @param config the device's resolved configuration
     * @param family its family
     * @param now the instant whose time-zone rules apply
     * @param profile where to write
     */
    CiscoSettings(DeviceConfig config, CiscoFamily family, Instant now, FlatProfile profile) {
        this.config = config;
        this.mac = config.device().mac();
        this.family = family;
        this.now = now;
        this.profile = profile;
    }

    /** Writes every device-wide setting that has a value. */
    void write() {
        profile.blank();
        writeTime();
        writeLanguage();
        writeNetwork();
        writeFeatures();
        writePasswords();
    }

    /**
     * {@code Primary_NTP_Server}, the time zone ({@link CiscoTimeZone}), {@code Date_Format}
     * ({@code day/month}, {@code month/day}) and {@code Time_Format} ({@code 12hr},
     * {@code 24hr}).
     */
    private void writeTime() {
        value(Setting.NTP_SERVER).ifPresent(host -> profile.set("Primary_NTP_Server", host));
        value(Setting.TIME_ZONE).flatMap(this::zone)
                .ifPresent(facts -> CiscoTimeZone.write(facts, mac, profile));
        value(Setting.DATE_FORMAT).ifPresent(order -> {
            String format = DATE_FORMATS.get(order);
            if (format == null) {
                omitted(Setting.DATE_FORMAT, "Cisco phones show day/month or month/day only");
            } else {
                profile.set("Date_Format", format);
            }
        });
        value(Setting.TIME_FORMAT).ifPresent(clock -> profile.set("Time_Format",
                "12h".equals(clock) ? "12hr" : "24hr"));
    }

    private Optional<ZoneFacts> zone(String id) {
        try {
            return Optional.of(ZoneFacts.of(ZoneId.of(id), now));
        } catch (DateTimeException unknown) {
            LOG.warn("Device {}: time zone '{}' is unknown to this Java runtime; no time zone"
                    + " written", mac, id);
            return Optional.empty();
        }
    }

    /** {@code Language_Selection}, and on MPP the matching {@code Locale}. */
    private void writeLanguage() {
        value(Setting.LANGUAGE).ifPresent(code -> {
            String name = LANGUAGES.get(code);
            if (name == null) {
                omitted(Setting.LANGUAGE, "OpenProv writes English, German, French and Spanish"
                        + " only; set raw.cisco.Language_Selection for '" + code + "'");
                return;
            }
            profile.set("Language_Selection", name);
            if (family == CiscoFamily.MPP) {
                profile.set("Locale", LOCALES.get(code));
            }
        });
    }

    /**
     * {@code Enable_VLAN} and {@code VLAN_ID}; {@code Enable_LLDP-MED}; {@code Syslog_Server}
     * ({@code host[:port]}, as the setting gives it).
     */
    private void writeNetwork() {
        value(Setting.VLAN_ID).ifPresent(id -> profile.set("Enable_VLAN", true)
                .set("VLAN_ID", id));
        value(Setting.VLAN_PRIORITY).ifPresent(p -> omitted(Setting.VLAN_PRIORITY,
                "Cisco phones have no field for it; they take it from LLDP-MED or CDP"));
        value(Setting.LLDP).ifPresent(on -> profile.set("Enable_LLDP-MED", "on".equals(on)));
        value(Setting.SYSLOG_SERVER).ifPresent(host -> profile.set("Syslog_Server", host));
    }

    /**
     * {@code Voice_Mail_Number}; {@code CW_Setting} (call waiting); the XML directory
     * ({@code XML_Directory_Service_Name}, {@code _URL}); the firmware ({@code Upgrade_Enable},
     * {@code Upgrade_Rule}, in which a {@code $} is written {@code $$}: the rule undergoes
     * macro expansion, and "The form $$ expands to a single $ character").
     */
    private void writeFeatures() {
        value(Setting.VOICEMAIL_NUMBER).ifPresent(dial -> profile.set("Voice_Mail_Number",
                dial));
        value(Setting.CALL_WAITING).ifPresent(on -> profile.set("CW_Setting",
                "on".equals(on)));
        value(Setting.PHONEBOOK_URL).ifPresent(url -> profile
                .set("XML_Directory_Service_Name", PHONEBOOK_NAME)
                .set("XML_Directory_Service_URL", url));
        value(Setting.FIRMWARE_URL).ifPresent(url -> profile.set("Upgrade_Enable", true)
                .set("Upgrade_Rule", url.replace("$", "$$")));
    }

    /** The administrator password ({@code Admin_Passwd} on SPA, {@code Admin_Password} on MPP). */
    private void writePasswords() {
        password(Setting.ADMIN_PASSWORD, MPP_ADMIN_MIN, 3)
                .ifPresent(p -> profile.set(family.adminPassword(), p));
        password(Setting.USER_PASSWORD, MPP_USER_MIN, 0)
                .ifPresent(p -> profile.set("User_Password", p));
    }

    /**
     * A password an MPP phone would refuse is not written: the phone keeps its current one,
     * and the log says so without the password. The SPA guides state no rule.
     */
    private Optional<String> password(Setting setting, int minimum, int kinds) {
        Optional<String> password = value(setting);
        if (password.isPresent() && family == CiscoFamily.MPP
                && !mppPassword(password.get(), minimum, kinds)) {
            omitted(setting, "Cisco MPP phones take " + minimum + " to " + MPP_MAX
                    + " characters without spaces" + (kinds > 0 ? ", of " + kinds + " of the"
                    + " kinds capital, small, digit and special" : "") + "; the phone keeps"
                    + " its current password");
            return Optional.empty();
        }
        return password;
    }

    /**
     * @param password a password
     * @param minimum its shortest length
     * @param kinds how many of the kinds capital, small, digit and special it must mix
     * @return whether an MPP phone takes it
     */
    static boolean mppPassword(String password, int minimum, int kinds) {
        if (password.length() < minimum || password.length() > MPP_MAX
                || !MPP_PASSWORD.matcher(password).matches()) {
            return false;
        }
        int found = 0;
        found += password.chars().anyMatch(c -> c >= 'A' && c <= 'Z') ? 1 : 0;
        found += password.chars().anyMatch(c -> c >= 'a' && c <= 'z') ? 1 : 0;
        found += password.chars().anyMatch(c -> c >= '0' && c <= '9') ? 1 : 0;
        found += password.chars().anyMatch(c -> !Character.isLetterOrDigit(c)) ? 1 : 0;
        return found >= kinds;
    }

    private Optional<String> value(Setting setting) {
        return config.value(setting);
    }

    private void omitted(Setting setting, String why) {
        LOG.info("Device {}: {} is not written: {}", mac, setting.key(), why);
    }
}
