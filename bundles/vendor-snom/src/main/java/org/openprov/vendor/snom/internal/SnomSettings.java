package org.openprov.vendor.snom.internal;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.openprov.api.generator.ZoneFacts;
import org.openprov.api.registry.Mac;
import org.openprov.api.settings.DeviceConfig;
import org.openprov.api.settings.Setting;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the device-wide settings of the vocabulary in Snom's settings. A setting no level set
 * gives no element, so the phone keeps its own value. The per-line settings ({@code sip.*},
 * {@code codecs}, {@code voicemail.number}) are written by {@link SnomIdentities}.
 *
 * <table>
 * <caption>Vocabulary to Snom settings</caption>
 * <tr><th>setting</th><th>Snom settings</th></tr>
 * <tr><td>ntp.server</td><td>{@code ntp_server}</td></tr>
 * <tr><td>time.zone</td><td>{@code timezone}, {@code utc_offset}, {@code dst}
 * ({@link SnomTimeZone})</td></tr>
 * <tr><td>date.format</td><td>{@code date_us_format}: {@code on} for mdy, {@code off} for
 * dmy; ymd is left out, Snom has no year-first date</td></tr>
 * <tr><td>time.format</td><td>{@code time_24_format} {@code on}/{@code off}</td></tr>
 * <tr><td>language</td><td>{@code language} and {@code web_language}, for the languages in
 * {@link #LANGUAGES}</td></tr>
 * <tr><td>admin.password</td><td>{@code admin_mode_password}, and the web login
 * {@code http_user} {@code admin} with {@code http_pass} (Snom wiki, "Desk Phone Configuration
 * Files", provisions the three together)</td></tr>
 * <tr><td>user.password</td><td>left out: Snom's user mode needs no password, and the one
 * web login is the administrator's</td></tr>
 * <tr><td>vlan.id, vlan.priority</td><td>{@code vlan_id}, {@code vlan_qos}</td></tr>
 * <tr><td>lldp</td><td>{@code lldp_enable}</td></tr>
 * <tr><td>syslog.server</td><td>{@code syslog_server}, host and port as given</td></tr>
 * <tr><td>dial.plan</td><td>left out: Snom phones take dial plans as regular expressions
 * ({@code user_dp_str}) or {@code <dialplan>} templates, not digit maps</td></tr>
 * <tr><td>firmware.url</td><td>left out: Snom reads its firmware image from a
 * {@code <firmware-settings>} file named by {@code firmware_status}, not from an image
 * URL</td></tr>
 * <tr><td>phonebook.url</td><td>{@code dkey_directory} {@code url <URL>}: the directory key
 * opens the XML page the URL returns</td></tr>
 * <tr><td>call.waiting</td><td>{@code call_waiting} {@code on}/{@code off}</td></tr>
 * </table>
 * Setting names are as in Snom's documents and in deployed Snom settings files (Snom wiki,
 * FusionPBX and Wazo templates); raw settings ({@code raw.snom.user_dp_str},
 * {@code raw.snom.firmware_status}, ...) reach what is left out.
 */
final class SnomSettings {

    /** ISO 639-1 codes to Snom's language names (as Wazo's Snom plug-in writes them). */
    static final Map<String, String> LANGUAGES = Map.of("en", "English", "de", "Deutsch",
            "fr", "Francais", "es", "Espanol", "it", "Italiano", "nl", "Dutch");
    /** The web login name written with the administrator password. */
    static final String HTTP_USER = "admin";

    private static final Logger LOG = LoggerFactory.getLogger(SnomSettings.class);

    private final DeviceConfig config;
    private final Mac mac;
    private final Instant now;
    private final SnomXmlWriter xml;

    /**
     * @param config the device's resolved configuration
     * @param now the instant whose time-zone rules apply
     * @param xml where to write
     */
    SnomSettings(DeviceConfig config, Instant now, SnomXmlWriter xml) {
        this.config = config;
        this.mac = config.device().mac();
        this.now = now;
        this.xml = xml;
    }

    /** Writes every device-wide setting that is set. */
    void write() {
        value(Setting.NTP_SERVER).ifPresent(host -> xml.set("ntp_server", host));
        value(Setting.TIME_ZONE).flatMap(this::zone)
                .ifPresent(facts -> SnomTimeZone.write(mac, facts, xml));
        value(Setting.DATE_FORMAT).ifPresent(this::writeDateFormat);
        value(Setting.TIME_FORMAT).ifPresent(f -> xml.set("time_24_format", onOff("24h", f)));
        value(Setting.LANGUAGE).ifPresent(this::writeLanguage);
        writeAccess();
        writeNetwork();
        writeFeatures();
    }

    private Optional<ZoneFacts> zone(String id) {
        try {
            return Optional.of(ZoneFacts.of(ZoneId.of(id), now));
        } catch (DateTimeException unknown) {
            omitted(Setting.TIME_ZONE, "'" + id + "' is unknown to this Java runtime");
            return Optional.empty();
        }
    }

    private void writeDateFormat(String order) {
        if ("ymd".equals(order)) {
            omitted(Setting.DATE_FORMAT, "Snom phones show the day or the month first, never"
                    + " the year");
            return;
        }
        xml.set("date_us_format", onOff("mdy", order));
    }

    private void writeLanguage(String code) {
        String name = LANGUAGES.get(code);
        if (name == null) {
            omitted(Setting.LANGUAGE, "OpenProv knows no Snom name for '" + code + "'; it knows "
                    + String.join(" ", new TreeSet<>(LANGUAGES.keySet())));
            return;
        }
        xml.set("language", name).set("web_language", name);
    }

    private void writeAccess() {
        value(Setting.ADMIN_PASSWORD).ifPresent(password -> xml
                .set("admin_mode_password", password)
                .set("http_user", HTTP_USER)
                .set("http_pass", password));
        value(Setting.USER_PASSWORD).ifPresent(password -> omitted(Setting.USER_PASSWORD,
                "Snom's user mode needs no password and its one web login is the"
                + " administrator's"));
    }

    private void writeNetwork() {
        value(Setting.VLAN_ID).ifPresent(id -> xml.set("vlan_id", id));
        value(Setting.VLAN_PRIORITY).ifPresent(priority -> xml.set("vlan_qos", priority));
        value(Setting.LLDP).ifPresent(on -> xml.set("lldp_enable", onOff("on", on)));
        value(Setting.SYSLOG_SERVER).ifPresent(server -> xml.set("syslog_server", server));
    }

    private void writeFeatures() {
        value(Setting.DIAL_PLAN).ifPresent(map -> omitted(Setting.DIAL_PLAN, "Snom phones take"
                + " regular expressions (user_dp_str) or dialplan templates, not digit maps"));
        value(Setting.FIRMWARE_URL).ifPresent(url -> omitted(Setting.FIRMWARE_URL, "Snom"
                + " phones read the image URL from a firmware-settings file that firmware_status"
                + " names; set raw.snom.firmware_status to that file's URL"));
        value(Setting.PHONEBOOK_URL).ifPresent(url -> xml.set("dkey_directory", "url " + url));
        value(Setting.CALL_WAITING).ifPresent(on -> xml.set("call_waiting", onOff("on", on)));
    }

    private Optional<String> value(Setting setting) {
        return config.value(setting);
    }

    private static String onOff(String whenOn, String value) {
        return whenOn.equals(value) ? "on" : "off";
    }

    private void omitted(Setting setting, String why) {
        LOG.info("Device {}: setting {} is left out: {}", mac, setting.key(), why);
    }
}
