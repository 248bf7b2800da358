package org.openprov.vendor.fanvil.internal;

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
 * Writes the device-wide settings of the vocabulary in Fanvil's parameters; the per-line ones
 * are written by {@link FanvilLines}. Parameter names and their modules are those of the
 * phone's configuration export. A setting that is not set gives no parameter, so the phone
 * keeps what it has.
 *
 * <table>
 * <caption>Vocabulary to Fanvil parameters</caption>
 * <tr><th>setting</th><th>module / subsection: parameters</th></tr>
 * <tr><td>ntp.server</td><td>phone feature / DateTime Config: {@code Enable SNTP} 1,
 * {@code SNTP Server}</td></tr>
 * <tr><td>time.zone</td><td>phone feature / DateTime Config, see {@link FanvilTimeZone}</td></tr>
 * <tr><td>language</td><td>phone feature / Display Input: {@code Default Language}, Fanvil's
 * codes ({@link #LANGUAGES})</td></tr>
 * <tr><td>phonebook.url</td><td>phone feature / Xml PhoneBook: {@code XML-PBook1 Name},
 * {@code XML-PBook1 Addr}</td></tr>
 * <tr><td>call.waiting</td><td>call feature / Port Config: {@code P1 CallWaiting}</td></tr>
 * <tr><td>admin.password</td><td>MMI / MMI Account: {@code Account1 Name} admin,
 * {@code Account1 Password}, {@code Account1 Level} 10</td></tr>
 * <tr><td>user.password</td><td>MMI / MMI Account: {@code Account2 Name} guest,
 * {@code Account2 Password}, {@code Account2 Level} 5 (the export's factory user)</td></tr>
 * <tr><td>syslog.server</td><td>log: {@code Syslog Server}, {@code Syslog Server Port} (the
 * setting's port, else 514)</td></tr>
 * <tr><td>firmware.url</td><td>firmware check: {@code Enable Auto Upgrade} 1,
 * {@code Upgrade Server 1}; the phone asks that server for its firmware descriptor
 * ({@code fanvil_<model>_hw<n>.txt}, Fanvil manuals "Upgrade server")</td></tr>
 * <tr><td>vlan.id</td><td>QoS: {@code Enable VLAN} 1, {@code VLAN ID}</td></tr>
 * <tr><td>vlan.priority</td><td>QoS: {@code Signalling Priority}, {@code Voice
 * Priority}</td></tr>
 * <tr><td>lldp</td><td>QoS: {@code LLDP Transmit}</td></tr>
 * <tr><td>date.format, time.format</td><td>left out: the export's {@code Date Display Style}
 * and {@code Time Display Style} take codes that no document at hand lists</td></tr>
 * <tr><td>dial.plan</td><td>left out: Fanvil's dial plan is a table of its own rules, not a
 * digit map</td></tr>
 * </table>
 */
final class FanvilSettings {

    /** ISO 639-1 codes to Fanvil's {@code Default Language} codes where they differ or match. */
    static final Map<String, String> LANGUAGES = Map.ofEntries(Map.entry("en", "en"),
            Map.entry("de", "de"), Map.entry("fr", "fr"), Map.entry("es", "es"),
            Map.entry("it", "it"), Map.entry("nl", "nl"), Map.entry("pt", "pt"),
            Map.entry("pl", "pl"), Map.entry("ru", "ru"), Map.entry("tr", "tr"),
            Map.entry("ko", "ko"), Map.entry("cs", "cz"), Map.entry("zh", "cn"));
    /** The syslog port when the setting gives none. */
    static final String SYSLOG_PORT = "514";

    private final DeviceConfig config;
    private final FanvilCfgWriter cfg;
    private final DeviceLog log;
    private final Instant now;

    /**
     * @param config the device's resolved configuration
     * @param cfg where to write
     * @param log where omissions are reported
     * @param now the instant whose time-zone rules apply
     */
    FanvilSettings(DeviceConfig config, FanvilCfgWriter cfg, DeviceLog log, Instant now) {
        this.config = config;
        this.cfg = cfg;
        this.log = log;
        this.now = now;
    }

    /** Writes every device-wide setting that is set. */
    void write() {
        value(Setting.CALL_WAITING).ifPresent(on -> cfg.set(FanvilModules.CALL_FEATURE,
                FanvilModules.PORT_CONFIG, "P1 CallWaiting", flag(on)));
        value(Setting.LANGUAGE).ifPresent(this::writeLanguage);
        writeTime();
        value(Setting.PHONEBOOK_URL).ifPresent(this::writePhonebook);
        writeAccounts();
        value(Setting.SYSLOG_SERVER).ifPresent(this::writeSyslog);
        value(Setting.FIRMWARE_URL).ifPresent(this::writeFirmware);
        writeQos();
        leftOut(Setting.DATE_FORMAT, "Fanvil's Date Display Style codes are not documented"
                + " at hand");
        leftOut(Setting.TIME_FORMAT, "Fanvil's Time Display Style codes are not documented"
                + " at hand");
        leftOut(Setting.DIAL_PLAN, "Fanvil phones take dial rules of their own, not a digit"
                + " map");
    }

    private void writeLanguage(String code) {
        String fanvil = LANGUAGES.get(code);
        if (fanvil == null) {
            log.omitted(Setting.LANGUAGE.key(), "Fanvil phones have no '" + code
                    + "' language among " + String.join(" ", new TreeSet<>(LANGUAGES.keySet())));
            return;
        }
        cfg.set(FanvilModules.PHONE_FEATURE, FanvilModules.DISPLAY, "Default Language", fanvil);
    }

    private void writeTime() {
        value(Setting.NTP_SERVER).ifPresent(host -> cfg
                .set(FanvilModules.PHONE_FEATURE, FanvilModules.DATE_TIME, "Enable SNTP", 1)
                .set(FanvilModules.PHONE_FEATURE, FanvilModules.DATE_TIME, "SNTP Server", host));
        value(Setting.TIME_ZONE).flatMap(this::zone)
                .ifPresent(facts -> FanvilTimeZone.write(facts, cfg, log));
    }

    private Optional<ZoneFacts> zone(String id) {
        try {
            return Optional.of(ZoneFacts.of(ZoneId.of(id), now));
        } catch (DateTimeException unknown) {
            log.omitted(Setting.TIME_ZONE.key(), "'" + id + "' is unknown to this Java runtime");
            return Optional.empty();
        }
    }

    private void writePhonebook(String url) {
        cfg.set(FanvilModules.PHONE_FEATURE, FanvilModules.XML_PHONEBOOK, "XML-PBook1 Name",
                "Phonebook").set(FanvilModules.PHONE_FEATURE, FanvilModules.XML_PHONEBOOK,
                        "XML-PBook1 Addr", url);
    }

    /** Account 1 is the administrator (level 10), account 2 the user (level 5). */
    private void writeAccounts() {
        value(Setting.ADMIN_PASSWORD).ifPresent(p -> account(1, "admin", p, 10));
        value(Setting.USER_PASSWORD).ifPresent(p -> account(2, "guest", p, 5));
    }

    private void account(int number, String name, String password, int level) {
        String account = "Account" + number + " ";
        cfg.set(FanvilModules.MMI, FanvilModules.MMI_ACCOUNT, account + "Name", name)
                .set(FanvilModules.MMI, FanvilModules.MMI_ACCOUNT, account + "Password",
                        password)
                .set(FanvilModules.MMI, FanvilModules.MMI_ACCOUNT, account + "Level", level);
    }

    private void writeSyslog(String server) {
        Optional<String[]> withPort = Hosts.hostAndPort(server);
        cfg.set(FanvilModules.LOG, FanvilModules.NONE, "Syslog Server",
                withPort.map(p -> p[0]).orElse(server))
                .set(FanvilModules.LOG, FanvilModules.NONE, "Syslog Server Port",
                        withPort.map(p -> p[1]).orElse(SYSLOG_PORT));
    }

    private void writeFirmware(String url) {
        cfg.set(FanvilModules.FIRMWARE, FanvilModules.NONE, "Enable Auto Upgrade", 1)
                .set(FanvilModules.FIRMWARE, FanvilModules.NONE, "Upgrade Server 1", url);
    }

    private void writeQos() {
        value(Setting.VLAN_ID).ifPresent(id -> cfg
                .set(FanvilModules.QOS, FanvilModules.NONE, "Enable VLAN", 1)
                .set(FanvilModules.QOS, FanvilModules.NONE, "VLAN ID", id));
        value(Setting.VLAN_PRIORITY).ifPresent(priority -> cfg
                .set(FanvilModules.QOS, FanvilModules.NONE, "Signalling Priority", priority)
                .set(FanvilModules.QOS, FanvilModules.NONE, "Voice Priority", priority));
        value(Setting.LLDP).ifPresent(on -> cfg.set(FanvilModules.QOS, FanvilModules.NONE,
                "LLDP Transmit", flag(on)));
    }

    private void leftOut(Setting setting, String why) {
        value(setting).ifPresent(v -> log.omitted(setting.key(), why));
    }

    private Optional<String> value(Setting setting) {
        return config.value(setting);
    }

    private static String flag(String onOff) {
        return "on".equals(onOff) ? "1" : "0";
    }
}
