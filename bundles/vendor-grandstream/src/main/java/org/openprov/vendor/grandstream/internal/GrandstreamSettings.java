package org.openprov.vendor.grandstream.internal;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.openprov.api.generator.ModelInfo;
import org.openprov.api.generator.ZoneFacts;
import org.openprov.api.registry.Mac;
import org.openprov.api.settings.DeviceConfig;
import org.openprov.api.settings.Hosts;
import org.openprov.api.settings.Setting;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the device-wide settings of the vocabulary in Grandstream's parameters (GXP17xx and
 * GXP21xx configuration templates; the settings of an account are written by
 * {@link GrandstreamAccounts}). A setting no level set gives no parameter, so the phone keeps its
 * own value. What each setting becomes:
 *
 * <table>
 * <caption>Vocabulary to Grandstream parameters</caption>
 * <tr><th>setting</th><th>parameters</th></tr>
 * <tr><td>ntp.server</td><td>P30 NTP Server; P144 = 0 so DHCP option 42 does not replace
 * it</td></tr>
 * <tr><td>time.zone</td><td>P64 = customize, P246 POSIX TZ string, P143 = 0
 * ({@link GrandstreamTimeZone}); left out for the GXP20xx, whose firmware takes another
 * encoding</td></tr>
 * <tr><td>date.format</td><td>P102: 0 yyyy-mm-dd, 1 mm-dd-yyyy, 2 dd-mm-yyyy</td></tr>
 * <tr><td>time.format</td><td>P122: 0 12 hour, 1 24 hour</td></tr>
 * <tr><td>language</td><td>P1362 Display Language, in Grandstream's codes (Czech {@code cz},
 * Swedish {@code se}); Danish, Norwegian and Finnish are not in its list and are left
 * out</td></tr>
 * <tr><td>admin.password, user.password</td><td>P2, P196; the templates allow
 * {@code a-z, A-Z, 0-9} only, so another password is left out and the phone keeps its
 * own</td></tr>
 * <tr><td>vlan.id, vlan.priority</td><td>P51 802.1Q/VLAN tag, P87 802.1p priority</td></tr>
 * <tr><td>lldp</td><td>P1684 Enable LLDP</td></tr>
 * <tr><td>syslog.server</td><td>P207 Syslog Server and P208 = 2 (INFO), since the phone's
 * default level NONE sends nothing; the phone takes no port, so a port other than 514 leaves
 * the setting out</td></tr>
 * <tr><td>firmware.url</td><td>P6767 Firmware Upgrade Via (0 TFTP, 1 HTTP, 2 HTTPS) and P192
 * Firmware Server Path, the URL without its scheme: the directory where the phone looks for its
 * own firmware file; an ftp URL is left out</td></tr>
 * <tr><td>phonebook.url</td><td>P330 Enable Phonebook XML Download (1 HTTP, 2 TFTP, 3 HTTPS)
 * and P331 Phonebook XML Server Path, "host/path format"; an ftp URL is left out</td></tr>
 * <tr><td>call.waiting</td><td>P91 Disable Call Waiting: on is 0, off is 1</td></tr>
 * <tr><td>dial.plan</td><td>left out: Grandstream's dial plan (P290) has its own syntax,
 * {@code { x+ | \+x+ | *x+ }}, not the MGCP digit map the setting holds; write it with
 * {@code raw.grandstream.P290}</td></tr>
 * </table>
 */
final class GrandstreamSettings {

    /** ISO 639-1 codes to P1362 values, from the template's list. */
    static final Map<String, String> LANGUAGES = Map.ofEntries(Map.entry("en", "en"),
            Map.entry("de", "de"), Map.entry("fr", "fr"), Map.entry("es", "es"),
            Map.entry("it", "it"), Map.entry("nl", "nl"), Map.entry("pt", "pt"),
            Map.entry("pl", "pl"), Map.entry("ru", "ru"), Map.entry("tr", "tr"),
            Map.entry("cs", "cz"), Map.entry("sv", "se"), Map.entry("zh", "zh"),
            Map.entry("ja", "ja"), Map.entry("ko", "ko"));
    /** date.format to P102. */
    static final Map<String, Integer> DATE_FORMATS = Map.of("ymd", 0, "mdy", 1, "dmy", 2);
    /** The family whose firmware takes another time-zone encoding. */
    static final String LEGACY_FAMILY = "GXP20xx";
    /** The only syslog port the phone sends to. */
    static final String SYSLOG_PORT = "514";
    /** P208 Syslog Level INFO. */
    static final int SYSLOG_INFO = 2;

    /** The settings written here; the others belong to the accounts. */
    static final Set<Setting> DEVICE_WIDE = EnumSet.of(Setting.NTP_SERVER, Setting.TIME_ZONE,
            Setting.DATE_FORMAT, Setting.TIME_FORMAT, Setting.LANGUAGE, Setting.ADMIN_PASSWORD,
            Setting.USER_PASSWORD, Setting.VLAN_ID, Setting.VLAN_PRIORITY, Setting.LLDP,
            Setting.SYSLOG_SERVER, Setting.FIRMWARE_URL, Setting.PHONEBOOK_URL,
            Setting.CALL_WAITING, Setting.DIAL_PLAN);

    private static final Logger LOG = LoggerFactory.getLogger(GrandstreamSettings.class);

    private final DeviceConfig config;
    private final Mac mac;
    private final Optional<ModelInfo> model;
    private final Instant now;
    private final PValueFile file;

    /**
     * @param config the device's resolved configuration
     * @param model its row in the model table, if known
     * @param now the instant whose time-zone rules apply
     * @param file where to write
     */
    GrandstreamSettings(DeviceConfig config, Optional<ModelInfo> model, Instant now,
            PValueFile file) {
        this.config = config;
        this.mac = config.device().mac();
        this.model = model;
        this.now = now;
        this.file = file;
    }

    /** Writes every device-wide setting that is set. */
    void write() {
        if (DEVICE_WIDE.stream().noneMatch(setting -> value(setting).isPresent())) {
            return;
        }
        file.comment("settings");
        writeTime();
        writeLocale();
        writePasswords();
        writeNetwork();
        value(Setting.FIRMWARE_URL).ifPresent(url -> writeServer(Setting.FIRMWARE_URL, url,
                Map.of("tftp", 0, "http", 1, "https", 2), 6767, 192));
        value(Setting.PHONEBOOK_URL).ifPresent(url -> writeServer(Setting.PHONEBOOK_URL, url,
                Map.of("http", 1, "tftp", 2, "https", 3), 330, 331));
        value(Setting.CALL_WAITING).ifPresent(on -> file.set(91, "on".equals(on) ? 0 : 1));
        value(Setting.DIAL_PLAN).ifPresent(map -> omitted(Setting.DIAL_PLAN, "Grandstream's"
                + " dial plan has its own syntax; set raw.grandstream.P290 instead"));
    }

    private void writeTime() {
        value(Setting.NTP_SERVER).ifPresent(host -> file.set(30, host).set(144, 0));
        value(Setting.TIME_ZONE).ifPresent(this::writeZone);
    }

    private void writeZone(String id) {
        if (model.filter(m -> LEGACY_FAMILY.equals(m.family())).isPresent()) {
            omitted(Setting.TIME_ZONE, "the " + model.get().displayName() + " firmware takes"
                    + " another time-zone encoding than P246");
            return;
        }
        ZoneFacts facts;
        try {
            facts = ZoneFacts.of(ZoneId.of(id), now);
        } catch (DateTimeException unknown) {
            omitted(Setting.TIME_ZONE, "'" + id + "' is unknown to this Java runtime");
            return;
        }
        GrandstreamTimeZone.Result tz = GrandstreamTimeZone.posix(facts);
        if (tz.tz().isEmpty()) {
            LOG.warn("Device {}: setting time.zone ({}) is left out: {}", mac, id, tz.reason());
            return;
        }
        file.set(GrandstreamTimeZone.ZONE, GrandstreamTimeZone.CUSTOMIZE)
                .set(GrandstreamTimeZone.SELF_DEFINED, tz.tz().get())
                .set(GrandstreamTimeZone.DHCP_OVERRIDE, 0);
    }

    private void writeLocale() {
        value(Setting.DATE_FORMAT).ifPresent(order -> file.set(102, DATE_FORMATS.get(order)));
        value(Setting.TIME_FORMAT).ifPresent(f -> file.set(122, "24h".equals(f) ? 1 : 0));
        value(Setting.LANGUAGE).ifPresent(code -> {
            String name = LANGUAGES.get(code);
            if (name == null) {
                omitted(Setting.LANGUAGE, "Grandstream phones have no '" + code
                        + "' language among " + String.join(" ", new TreeSet<>(LANGUAGES
                                .keySet())));
            } else {
                file.set(1362, name);
            }
        });
    }

    private void writePasswords() {
        password(Setting.ADMIN_PASSWORD).ifPresent(p -> file.set(2, p));
        password(Setting.USER_PASSWORD).ifPresent(p -> file.set(196, p));
    }

    /** The templates: "String: a-z, A-Z, 0-9" for both web passwords. */
    private Optional<String> password(Setting setting) {
        Optional<String> password = value(setting);
        if (password.isPresent() && !password.get().matches("[A-Za-z0-9]+")) {
            omitted(setting, "Grandstream takes letters a-z, A-Z and digits only; the phone"
                    + " keeps its current password");
            return Optional.empty();
        }
        return password;
    }

    private void writeNetwork() {
        value(Setting.VLAN_ID).ifPresent(id -> file.set(51, id));
        value(Setting.VLAN_PRIORITY).ifPresent(priority -> file.set(87, priority));
        value(Setting.LLDP).ifPresent(on -> file.set(1684, "on".equals(on) ? 1 : 0));
        value(Setting.SYSLOG_SERVER).ifPresent(this::writeSyslog);
    }

    private void writeSyslog(String server) {
        Optional<String[]> withPort = Hosts.hostAndPort(server);
        if (withPort.isPresent() && !SYSLOG_PORT.equals(withPort.get()[1])) {
            omitted(Setting.SYSLOG_SERVER, "the phone sends syslog to port " + SYSLOG_PORT
                    + " only and has no parameter for port " + withPort.get()[1]);
            return;
        }
        file.set(207, withPort.map(p -> p[0]).orElse(server)).set(208, SYSLOG_INFO);
    }

    /**
     * Writes a URL as Grandstream's pair of a protocol code and a path without scheme.
     *
     * @param setting the setting, for the log
     * @param url the URL
     * @param protocols scheme (lower case) to protocol code
     * @param protocol the parameter of the protocol code
     * @param path the parameter of the path
     */
    private void writeServer(Setting setting, String url, Map<String, Integer> protocols,
            int protocol, int path) {
        int colon = url.indexOf("://");
        String scheme = colon < 0 ? "" : url.substring(0, colon).toLowerCase(Locale.ROOT);
        Integer code = protocols.get(scheme);
        if (code == null) {
            omitted(setting, "Grandstream phones fetch it over " + String.join(", ",
                    new TreeSet<>(protocols.keySet())) + ", not '" + scheme + "'");
            return;
        }
        file.set(protocol, code).set(path, url.substring(colon + 3));
    }

    private Optional<String> value(Setting setting) {
        return config.value(setting);
    }

    private void omitted(Setting setting, String why) {
        LOG.info("Device {}: setting {} is left out: {}", mac, setting.key(), why);
    }
}
