package org.openprov.vendor.polycom.internal;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.openprov.api.generator.ZoneFacts;
import org.openprov.api.settings.DeviceConfig;
import org.openprov.api.settings.Hosts;
import org.openprov.api.settings.Setting;

/**
 * Writes the device-wide settings of the vocabulary in Poly's parameters (Polycom UC Software
 * Administrator's Guide; per-line settings are written with each line, see
 * {@link PolycomDeviceFile}). A setting that is not set gives no attribute, so the phone keeps
 * its default. What each setting becomes:
 *
 * <table>
 * <caption>Vocabulary to Poly parameters</caption>
 * <tr><th>setting</th><th>parameters</th></tr>
 * <tr><td>admin.password, user.password</td><td>{@code device.auth.localAdminPassword},
 * {@code device.auth.localUserPassword}</td></tr>
 * <tr><td>vlan.id</td><td>{@code device.net.vlanId}</td></tr>
 * <tr><td>vlan.priority</td><td>{@code qos.ethernet.rtp.user_priority} and
 * {@code qos.ethernet.callControl.user_priority} (802.1p of voice and of signalling)</td></tr>
 * <tr><td>lldp</td><td>{@code device.net.lldpEnabled}</td></tr>
 * <tr><td>syslog.server</td><td>{@code device.syslog.serverName}, transport UDP (1); the
 * phone takes no port, so a port other than 514 leaves the setting out</td></tr>
 * <tr><td>firmware.url</td><td>{@code device.prov.upgradeServer}, the server the phone's
 * software upgrade looks at; the master file's {@code APP_FILE_PATH}, shared by every phone,
 * stays as it is</td></tr>
 * <tr><td>ntp.server, time.zone</td><td>{@code tcpIpApp.sntp.*}</td></tr>
 * <tr><td>date.format, time.format</td><td>{@code lcl.datetime.date.format},
 * {@code lcl.datetime.time.24HourClock}</td></tr>
 * <tr><td>language</td><td>{@code lcl.ml.lang}</td></tr>
 * <tr><td>codecs</td><td>{@code voice.codecPref.*}, see {@link PolycomCodecs}</td></tr>
 * <tr><td>dial.plan</td><td>{@code dialplan.digitmap}</td></tr>
 * <tr><td>call.waiting</td><td>{@code call.callWaiting.enable}</td></tr>
 * <tr><td>phonebook.url</td><td>left out: UC Software reads its contacts from
 * {@code <mac>-directory.xml} or LDAP and takes no remote phonebook URL</td></tr>
 * </table>
 *
 * <p>{@code device.*} parameters are ignored unless {@code device.set} and their own
 * {@code .set} are 1 (Administrator's Guide, "Device Parameters"); the device file writes
 * {@code device.set} and each parameter here writes its {@code .set}.
 */
final class PolycomSettings {

    /** The syslog port UC Software sends to; it has no parameter for another one. */
    static final String SYSLOG_PORT = "514";

    /** ISO 639-1 codes to the names of Poly's language folders ({@code lcl.ml.lang}). */
    static final Map<String, String> LANGUAGES = Map.ofEntries(
            Map.entry("en", "English_United_States"), Map.entry("de", "German_Germany"),
            Map.entry("fr", "French_France"), Map.entry("es", "Spanish_Spain"),
            Map.entry("it", "Italian_Italy"), Map.entry("nl", "Dutch_Netherlands"),
            Map.entry("pt", "Portuguese_Portugal"), Map.entry("pl", "Polish_Poland"),
            Map.entry("ru", "Russian_Russia"), Map.entry("sv", "Swedish_Sweden"),
            Map.entry("da", "Danish_Denmark"), Map.entry("nb", "Norwegian_Norway"),
            Map.entry("zh", "Chinese_China"), Map.entry("ja", "Japanese_Japan"),
            Map.entry("ko", "Korean_Korea"));

    private final DeviceConfig config;
    private final RenderNotes notes;
    private final Instant now;
    private final PolycomXmlWriter cfg;

    /**
     * @param config the device's resolved configuration
     * @param notes where omissions are reported
     * @param now the instant whose time-zone rules apply
     * @param cfg where to write
     */
    PolycomSettings(DeviceConfig config, RenderNotes notes, Instant now, PolycomXmlWriter cfg) {
        this.config = config;
        this.notes = notes;
        this.now = now;
        this.cfg = cfg;
    }

    /** Writes every device-wide setting that is set. */
    void write() {
        writeDevice();
        writeQos();
        writeTime();
        writeLocale();
        new PolycomCodecs(notes, device()).write(value(Setting.CODECS), cfg);
        value(Setting.DIAL_PLAN).ifPresent(map -> cfg.set("dialplan.digitmap", map));
        value(Setting.CALL_WAITING).ifPresent(on -> cfg.set("call.callWaiting.enable",
                flag(on)));
        value(Setting.PHONEBOOK_URL).ifPresent(url -> omitted(Setting.PHONEBOOK_URL,
                "UC Software reads contacts from <mac>-directory.xml or LDAP and takes no"
                + " remote phonebook URL"));
    }

    private void writeDevice() {
        device(Setting.ADMIN_PASSWORD, "device.auth.localAdminPassword");
        device(Setting.USER_PASSWORD, "device.auth.localUserPassword");
        device(Setting.VLAN_ID, "device.net.vlanId");
        value(Setting.LLDP).ifPresent(on -> device("device.net.lldpEnabled", flag(on)));
        value(Setting.SYSLOG_SERVER).ifPresent(this::writeSyslog);
        device(Setting.FIRMWARE_URL, "device.prov.upgradeServer");
    }

    private void writeSyslog(String server) {
        Optional<String[]> withPort = Hosts.hostAndPort(server);
        if (withPort.isPresent() && !SYSLOG_PORT.equals(withPort.get()[1])) {
            omitted(Setting.SYSLOG_SERVER, "the phone sends syslog to port " + SYSLOG_PORT
                    + " only and has no parameter for port " + withPort.get()[1]);
            return;
        }
        // device.syslog.transport: None=0, UDP=1, TCP=2, TLS=3 (Administrator's Guide,
        // "Syslog Menu"); syslog.server gives no transport, and UDP is syslog's default.
        device("device.syslog.serverName", withPort.map(p -> p[0]).orElse(server));
        device("device.syslog.transport", "1");
    }

    private void writeQos() {
        value(Setting.VLAN_PRIORITY).ifPresent(priority -> cfg
                .set("qos.ethernet.rtp.user_priority", priority)
                .set("qos.ethernet.callControl.user_priority", priority));
    }

    /** The values written here take precedence over what DHCP offers (overrideDHCP). */
    private void writeTime() {
        value(Setting.NTP_SERVER).ifPresent(host -> cfg
                .set("tcpIpApp.sntp.address", host)
                .set("tcpIpApp.sntp.address.overrideDHCP", 1));
        value(Setting.TIME_ZONE).flatMap(this::zone)
                .ifPresent(facts -> PolycomTimeZone.write(facts, cfg));
    }

    private Optional<ZoneFacts> zone(String id) {
        try {
            return Optional.of(ZoneFacts.of(ZoneId.of(id), now));
        } catch (DateTimeException unknown) {
            omitted(Setting.TIME_ZONE, "'" + id + "' is unknown to this Java runtime");
            return Optional.empty();
        }
    }

    private void writeLocale() {
        value(Setting.DATE_FORMAT).ifPresent(this::writeDateFormat);
        value(Setting.TIME_FORMAT).ifPresent(format -> cfg.set(
                "lcl.datetime.time.24HourClock", "24h".equals(format) ? 1 : 0));
        value(Setting.LANGUAGE).ifPresent(this::writeLanguage);
    }

    /**
     * Poly's date format names the day of the week (D), the day (d) and the month (M); the
     * phone shows no year. So dmy is {@code D,dM}, mdy is {@code D,Md}, and ymd keeps its
     * month-before-day order as {@code D,Md}.
     */
    private void writeDateFormat(String order) {
        if ("ymd".equals(order)) {
            notes.info(device() + ": date.format ymd is written as D,Md (month before day);"
                    + " Poly phones show no year");
        }
        cfg.set("lcl.datetime.date.format", "dmy".equals(order) ? "D,dM" : "D,Md");
    }

    private void writeLanguage(String code) {
        String folder = LANGUAGES.get(code);
        if (folder == null) {
            omitted(Setting.LANGUAGE, "Poly phones have no '" + code + "' language among "
                    + String.join(" ", new TreeSet<>(LANGUAGES.keySet())));
            return;
        }
        cfg.set("lcl.ml.lang", folder);
    }

    private void device(Setting setting, String name) {
        value(setting).ifPresent(v -> device(name, v));
    }

    /** Writes a {@code device.*} parameter with the {@code .set} that makes the phone use it. */
    private void device(String name, String value) {
        cfg.set(name + ".set", 1).set(name, value);
    }

    private Optional<String> value(Setting setting) {
        return config.value(setting);
    }

    private void omitted(Setting setting, String why) {
        notes.info(device() + ": setting " + setting.key() + " is left out: " + why);
    }

    private String device() {
        return "Device " + config.device().mac();
    }

    private static String flag(String onOff) {
        return "on".equals(onOff) ? "1" : "0";
    }
}
