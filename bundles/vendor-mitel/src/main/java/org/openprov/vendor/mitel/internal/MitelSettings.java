package org.openprov.vendor.mitel.internal;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import org.openprov.api.generator.ZoneFacts;
import org.openprov.api.settings.DeviceConfig;
import org.openprov.api.settings.Hosts;
import org.openprov.api.settings.Setting;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the device-wide settings of the vocabulary in Mitel's parameters (Aastra SIP IP
 * Phone Administrator Guide 41-001343; where a name was read in deployed files rather than
 * in the guide, the line says so). A setting no level set gives no line, so the phone keeps
 * its own value. Per-line settings are written by {@link MitelLines}.
 *
 * <table>
 * <caption>Vocabulary to Mitel parameters</caption>
 * <tr><th>setting</th><th>parameters</th></tr>
 * <tr><td>ntp.server</td><td>{@code time server disabled: 0}, {@code time server1}</td></tr>
 * <tr><td>time.zone</td><td>see {@link MitelTimeZone}</td></tr>
 * <tr><td>time.format</td><td>{@code time format}: 0 12-hour, 1 24-hour</td></tr>
 * <tr><td>date.format</td><td>{@code date format}: 2 YYYY-MM-DD (as deployed files write
 * it), 3 DD/MM/YYYY, 6 MM/DD/YY (3 and 6 unsure: not re-read in a stored guide)</td></tr>
 * <tr><td>codecs</td><td>{@code sip customized codec}, see {@link MitelCodecs}</td></tr>
 * <tr><td>dial.plan</td><td>{@code sip dial plan}, quoted, see {@link MitelDialPlan}</td></tr>
 * <tr><td>call.waiting</td><td>{@code call waiting}: 1 or 0</td></tr>
 * <tr><td>admin.password, user.password</td><td>{@code admin password},
 * {@code user password}</td></tr>
 * <tr><td>vlan.id</td><td>{@code tagging enabled: 1}, {@code vlan id}</td></tr>
 * <tr><td>lldp</td><td>{@code lldp}: 1 or 0 (name unsure: not re-read in a stored
 * guide)</td></tr>
 * <tr><td>syslog.server</td><td>{@code log server ip}, {@code log server port} (514 when the
 * setting gives no port)</td></tr>
 * <tr><td>language, vlan.priority, firmware.url, phonebook.url</td><td>left out, each with a
 * log line saying why (see the methods)</td></tr>
 * </table>
 */
final class MitelSettings {

    /** {@code date format} codes. */
    static final Map<String, Integer> DATE_FORMATS = Map.of("ymd", 2, "dmy", 3, "mdy", 6);
    /** The port written with a syslog server that gives none. */
    static final String DEFAULT_SYSLOG_PORT = "514";

    private static final Logger LOG = LoggerFactory.getLogger(MitelSettings.class);

    private final DeviceConfig config;
    private final String owner;
    private final Instant now;
    private final MitelCfgWriter cfg;

    /**
     * @param config the device's resolved configuration
     * @param owner the device, for the log
     * @param now the instant whose time-zone rules apply
     * @param cfg where to write
     */
    MitelSettings(DeviceConfig config, String owner, Instant now, MitelCfgWriter cfg) {
        this.config = config;
        this.owner = owner;
        this.now = now;
        this.cfg = cfg;
    }

    /** Writes every device-wide setting that has a value, and logs those left out. */
    void write() {
        writeTime();
        writeCalls();
        writeNetwork();
        writePasswords();
        leaveOut();
    }

    private void writeTime() {
        group(Setting.NTP_SERVER, Setting.TIME_ZONE, Setting.TIME_FORMAT, Setting.DATE_FORMAT);
        value(Setting.NTP_SERVER).ifPresent(host -> cfg.set("time server disabled", 0)
                .set("time server1", host));
        value(Setting.TIME_ZONE).flatMap(this::zone)
                .ifPresent(facts -> MitelTimeZone.write(facts, owner, cfg));
        value(Setting.TIME_FORMAT).ifPresent(format -> cfg.set("time format",
                "12h".equals(format) ? 0 : 1));
        value(Setting.DATE_FORMAT).ifPresent(format -> cfg.set("date format",
                DATE_FORMATS.get(format)));
    }

    private Optional<ZoneFacts> zone(String id) {
        try {
            return Optional.of(ZoneFacts.of(ZoneId.of(id), now));
        } catch (DateTimeException unknown) {
            LOG.warn("{}: time zone '{}' is unknown to this Java runtime; left out", owner, id);
            return Optional.empty();
        }
    }

    private void writeCalls() {
        group(Setting.CODECS, Setting.DIAL_PLAN, Setting.CALL_WAITING);
        value(Setting.CODECS).map(codecs -> MitelCodecs.list(owner, codecs))
                .filter(list -> !list.isEmpty())
                .ifPresent(list -> cfg.set("sip customized codec", list));
        value(Setting.DIAL_PLAN).ifPresent(this::writeDialPlan);
        value(Setting.CALL_WAITING).ifPresent(on -> cfg.set("call waiting", onOff(on)));
    }

    private void writeDialPlan(String digitMap) {
        Optional<String> plan = MitelDialPlan.translate(digitMap);
        if (plan.isEmpty()) {
            leftOut(Setting.DIAL_PLAN, "it uses a literal '+', or a 'T' not right after"
                    + " '.', which Mitel's dial plan syntax has no form for");
            return;
        }
        cfg.quoted("sip dial plan", plan.get());
    }

    /**
     * VLAN of the LAN port ({@code tagging enabled}, {@code vlan id}), LLDP and syslog
     * ({@code log server ip}, {@code log server port}; the names as Wazo's Aastra plug-in
     * deploys them).
     */
    private void writeNetwork() {
        group(Setting.VLAN_ID, Setting.LLDP, Setting.SYSLOG_SERVER);
        value(Setting.VLAN_ID).ifPresent(id -> cfg.set("tagging enabled", 1)
                .set("vlan id", id));
        value(Setting.LLDP).ifPresent(on -> cfg.set("lldp", onOff(on)));
        value(Setting.SYSLOG_SERVER).ifPresent(server -> {
            String[] hostAndPort = Hosts.hostAndPort(server)
                    .orElse(new String[] {server, DEFAULT_SYSLOG_PORT});
            cfg.set("log server ip", hostAndPort[0]).set("log server port", hostAndPort[1]);
        });
    }

    private void writePasswords() {
        group(Setting.ADMIN_PASSWORD, Setting.USER_PASSWORD);
        value(Setting.ADMIN_PASSWORD).ifPresent(p -> cfg.secret("admin password", p));
        value(Setting.USER_PASSWORD).ifPresent(p -> cfg.secret("user password", p));
    }

    /** The settings Mitel phones cannot take from this file, each with its reason. */
    private void leaveOut() {
        leftOut(Setting.LANGUAGE, "Mitel phones load a language from a language file"
                + " (language 1: lang_xx.txt) on the configuration server, which OpenProv"
                + " does not serve");
        leftOut(Setting.VLAN_PRIORITY, "the parameter for the 802.1p priority of voice is"
                + " not confirmed in a Mitel document (priority non-ip is for non-IP frames)");
        leftOut(Setting.FIRMWARE_URL, "Mitel phones load firmware from their configuration"
                + " server and take no firmware URL");
        leftOut(Setting.PHONEBOOK_URL, "Mitel phones read directories from files or LDAP and"
                + " take no remote phonebook URL");
    }

    private void leftOut(Setting setting, String why) {
        if (value(setting).isPresent()) {
            LOG.info("{}: setting {} is left out: {}", owner, setting.key(), why);
        }
    }

    /** Starts a group of parameters with an empty line, if any of its settings is set. */
    private void group(Setting... settings) {
        for (Setting setting : settings) {
            if (value(setting).isPresent()) {
                cfg.blank();
                return;
            }
        }
    }

    private Optional<String> value(Setting setting) {
        return config.value(setting);
    }

    private static int onOff(String value) {
        return "on".equals(value) ? 1 : 0;
    }
}
