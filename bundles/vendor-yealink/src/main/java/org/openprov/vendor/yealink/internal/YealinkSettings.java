package org.openprov.vendor.yealink.internal;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import org.openprov.api.generator.ZoneFacts;
import org.openprov.api.registry.Mac;
import org.openprov.api.settings.DeviceConfig;
import org.openprov.api.settings.Hosts;
import org.openprov.api.settings.Setting;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the device-wide settings of the vocabulary in Yealink's parameters (Administrator's
 * Guide for SIP-T2/T3/T4/T5 phones, V81 and later). A setting no level set gives no line, so
 * the phone keeps its own value. The per-account settings are written by
 * {@link YealinkAccounts}; what a value Yealink cannot take becomes is said where it is mapped.
 */
final class YealinkSettings {

    /** {@code lang.gui}/{@code lang.wui} names, from the guide's list of permitted values. */
    static final Map<String, String> LANGUAGES = Map.of("en", "English", "zh", "Chinese_S",
            "de", "German", "fr", "French", "tr", "Turkish", "it", "Italian", "pl", "Polish",
            "es", "Spanish", "pt", "Portuguese", "ru", "Russian");
    /** {@code local_time.date_format}: 2 YYYY-MM-DD, 3 DD/MM/YYYY, 4 MM/DD/YY (of 0 to 6). */
    static final Map<String, Integer> DATE_FORMATS = Map.of("ymd", 2, "dmy", 3, "mdy", 4);
    /** The name shown for the remote phone book; the guide requires one with the URL. */
    static final String PHONEBOOK_NAME = "Phonebook";
    /** The port the guide gives as default of {@code static.syslog.server_port}. */
    static final String DEFAULT_SYSLOG_PORT = "514";
    /** The guide's rule for web passwords: "String within 32 characters", ASCII 32-126. */
    static final int MAX_PASSWORD = 32;

    private static final Logger LOG = LoggerFactory.getLogger(YealinkSettings.class);

    private final DeviceConfig config;
    private final Mac mac;
    private final Instant now;
    private final YealinkCfgWriter cfg;

    /**
     * @param config the device's resolved configuration
     * @param now the instant whose time-zone rules apply
     * @param cfg where to write
     */
    YealinkSettings(DeviceConfig config, Instant now, YealinkCfgWriter cfg) {
        this.config = config;
        this.mac = config.device().mac();
        this.now = now;
        this.cfg = cfg;
    }

    /** Writes every device-wide setting that has a value. */
    void write() {
        writeTime();
        writeLanguage();
        writeNetwork();
        writeFeatures();
        writePasswords();
    }

    private void writeTime() {
        Optional<String> ntp = value(Setting.NTP_SERVER);
        Optional<ZoneFacts> zone = value(Setting.TIME_ZONE).flatMap(this::zone);
        Optional<Integer> date = value(Setting.DATE_FORMAT).map(DATE_FORMATS::get);
        Optional<String> clock = value(Setting.TIME_FORMAT);
        if (ntp.isEmpty() && zone.isEmpty() && date.isEmpty() && clock.isEmpty()) {
            return;
        }
        cfg.blank();
        ntp.ifPresent(host -> cfg.set("local_time.ntp_server1", host));
        zone.ifPresent(facts -> YealinkTimeZone.write(facts, cfg));
        date.ifPresent(format -> cfg.set("local_time.date_format", format));
        // local_time.time_format: 0 is the 12-hour clock, 1 the 24-hour clock.
        clock.ifPresent(format -> cfg.set("local_time.time_format", "12h".equals(format) ? 0 : 1));
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

    /**
     * The phone's menus ({@code lang.gui}) and its web pages ({@code lang.wui}) get the same
     * language. Chinese is written as simplified Chinese; traditional Chinese
     * ({@code Chinese_T}) and languages added by later firmware can be set with raw settings.
     */
    private void writeLanguage() {
        value(Setting.LANGUAGE).ifPresent(code -> {
            String name = LANGUAGES.get(code);
            if (name == null) {
                omitted(Setting.LANGUAGE, "Yealink's guide lists no '" + code + "' language");
                return;
            }
            cfg.blank().set("lang.gui", name).set("lang.wui", name);
        });
    }

    /**
     * VLAN of the Internet (WAN) port: {@code static.network.vlan.internet_port_enable},
     * {@code _vid} and {@code _priority}; LLDP: {@code static.network.lldp.enable}; syslog:
     * {@code static.syslog.enable}, {@code .server}, {@code .server_port} (514 when the setting
     * gives no port).
     */
    private void writeNetwork() {
        Optional<String> vlan = value(Setting.VLAN_ID);
        Optional<String> priority = value(Setting.VLAN_PRIORITY);
        Optional<String> lldp = value(Setting.LLDP);
        Optional<String> syslog = value(Setting.SYSLOG_SERVER);
        if (vlan.isEmpty() && priority.isEmpty() && lldp.isEmpty() && syslog.isEmpty()) {
            return;
        }
        cfg.blank();
        vlan.ifPresent(id -> cfg.set("static.network.vlan.internet_port_enable", 1)
                .set("static.network.vlan.internet_port_vid", id));
        priority.ifPresent(p -> cfg.set("static.network.vlan.internet_port_priority", p));
        lldp.ifPresent(on -> cfg.set("static.network.lldp.enable", onOff(on)));
        syslog.ifPresent(this::writeSyslog);
    }

    private void writeSyslog(String server) {
        String[] hostAndPort = Hosts.hostAndPort(server)
                .orElse(new String[] {server, DEFAULT_SYSLOG_PORT});
        cfg.set("static.syslog.enable", 1)
                .set("static.syslog.server", hostAndPort[0])
                .set("static.syslog.server_port", hostAndPort[1]);
    }

    /**
     * Call waiting ({@code call_waiting.enable}), the digit map
     * ({@code dialplan.digitmap.enable}, {@code .string}), the remote phone book
     * ({@code remote_phonebook.data.1.url}, {@code .name}) and the firmware
     * ({@code static.firmware.url}).
     */
    private void writeFeatures() {
        Optional<String> waiting = value(Setting.CALL_WAITING);
        Optional<String> digits = value(Setting.DIAL_PLAN);
        Optional<String> book = value(Setting.PHONEBOOK_URL);
        Optional<String> firmware = value(Setting.FIRMWARE_URL);
        if (waiting.isEmpty() && digits.isEmpty() && book.isEmpty() && firmware.isEmpty()) {
            return;
        }
        cfg.blank();
        waiting.ifPresent(on -> cfg.set("call_waiting.enable", onOff(on)));
        digits.ifPresent(map -> cfg.set("dialplan.digitmap.enable", 1)
                .set("dialplan.digitmap.string", map));
        book.ifPresent(url -> cfg.set("remote_phonebook.data.1.url", url)
                .set("remote_phonebook.data.1.name", PHONEBOOK_NAME));
        firmware.ifPresent(url -> cfg.set("static.firmware.url", url));
    }

    /** {@code static.security.user_password = <user>:<password>}, admin first, then user. */
    private void writePasswords() {
        Optional<String> admin = password(Setting.ADMIN_PASSWORD);
        Optional<String> user = password(Setting.USER_PASSWORD);
        if (admin.isEmpty() && user.isEmpty()) {
            return;
        }
        cfg.blank();
        admin.ifPresent(p -> cfg.set(YealinkCfgWriter.USER_PASSWORD, "admin:" + p));
        user.ifPresent(p -> cfg.set(YealinkCfgWriter.USER_PASSWORD, "user:" + p));
    }

    /**
     * The guide allows "String within 32 characters" of ASCII 32 to 126, and its web page
     * refuses the colon that separates user and password. A password outside that rule is not
     * written: the phone keeps its current one, and the log says so without the password.
     */
    private Optional<String> password(Setting setting) {
        Optional<String> password = value(setting);
        if (password.isPresent() && !yealinkPassword(password.get())) {
            omitted(setting, "Yealink takes 1 to " + MAX_PASSWORD + " ASCII characters"
                    + " without ':'; the phone keeps its current password");
            return Optional.empty();
        }
        return password;
    }

    static boolean yealinkPassword(String password) {
        return !password.isEmpty() && password.length() <= MAX_PASSWORD
                && password.chars().allMatch(c -> c >= 0x20 && c <= 0x7E && c != ':');
    }

    private Optional<String> value(Setting setting) {
        return config.value(setting);
    }

    private static int onOff(String value) {
        return "on".equals(value) ? 1 : 0;
    }

    private void omitted(Setting setting, String why) {
        LOG.info("Device {}: {} is not written: {}", mac, setting.key(), why);
    }
}
