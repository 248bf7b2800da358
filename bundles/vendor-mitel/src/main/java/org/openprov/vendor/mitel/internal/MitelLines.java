package org.openprov.vendor.mitel.internal;

import java.util.List;
import java.util.Optional;
import org.openprov.api.generator.ModelInfo;
import org.openprov.api.registry.SipLine;
import org.openprov.api.registry.Transport;
import org.openprov.api.settings.DeviceConfig;
import org.openprov.api.settings.Hosts;
import org.openprov.api.settings.Setting;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the SIP lines and the settings Mitel keeps per line (Administrator Guide, "SIP
 * Per-Line Parameters"): {@code sip lineN screen name} (the text the phone shows, from the
 * line's label), {@code user name}, {@code display name} (the caller name sent to others),
 * {@code auth name}, {@code password}, {@code proxy ip}/{@code proxy port},
 * {@code registrar ip}/{@code registrar port}, and with their settings
 * {@code outbound proxy}/{@code outbound proxy port}, {@code registration period} and
 * {@code vmail}. "Per-line values always take precedence over the corresponding set of
 * global values", so each line is complete on its own.
 *
 * <p>The transport is one setting for the whole phone, {@code sip transport protocol}
 * (1 UDP, 2 TCP, 4 TLS; 0, UDP and TCP, is never written): it is always written, from the
 * first line. A later line with another transport cannot be expressed; it is still written,
 * with a warning naming the device and the line, and registers over the first line's
 * transport.
 *
 * <p>Known shortcoming: a line removed from OpenProv is not cleared on the phone, which keeps
 * a provisioned value until a file changes it. Writing {@code registrar ip: 0.0.0.0} for the
 * model's other lines would stop them registering, but would also overwrite lines set on the
 * phone by hand; until that choice is made, a raw setting can do it.
 */
final class MitelLines {

    /** The port written with an outbound proxy that gives none. */
    static final String DEFAULT_PROXY_PORT = "5060";

    private static final Logger LOG = LoggerFactory.getLogger(MitelLines.class);

    private final DeviceConfig config;
    private final String owner;
    private final Optional<ModelInfo> model;
    private final MitelCfgWriter cfg;

    /**
     * @param config the device's resolved configuration
     * @param owner the device, for the log
     * @param model its row in the model table, if known
     * @param cfg where to write
     */
    MitelLines(DeviceConfig config, String owner, Optional<ModelInfo> model,
            MitelCfgWriter cfg) {
        this.config = config;
        this.owner = owner;
        this.model = model;
        this.cfg = cfg;
    }

    /** Writes the transport and every line of the device. */
    void write() {
        List<SipLine> lines = config.lines();
        if (lines.isEmpty()) {
            return;
        }
        Transport transport = lines.get(0).transport();
        cfg.blank().set("sip transport protocol", transportCode(transport));
        for (SipLine line : lines) {
            check(line, transport);
            writeLine(line);
        }
    }

    private void check(SipLine line, Transport transport) {
        int accounts = model.map(ModelInfo::lines).orElse(Integer.MAX_VALUE);
        if (line.number() > accounts) {
            LOG.warn("{}: line {} is beyond the {} lines of model {}; written anyway", owner,
                    line.number(), accounts, config.device().model());
        }
        if (line.transport() != transport) {
            LOG.warn("{}: line {} uses {}, but Mitel phones have one transport for every line;"
                    + " it registers over {}, the transport of line {}", owner, line.number(),
                    line.transport(), transport, config.lines().get(0).number());
        }
    }

    private void writeLine(SipLine line) {
        String prefix = "sip line" + line.number() + " ";
        cfg.blank()
                .set(prefix + "screen name", line.label())
                .set(prefix + "display name", line.displayName())
                .set(prefix + "user name", line.userName())
                .set(prefix + "auth name", line.authUser())
                .secret(prefix + "password", line.password())
                .set(prefix + "proxy ip", line.server())
                .set(prefix + "proxy port", line.port())
                .set(prefix + "registrar ip", line.server())
                .set(prefix + "registrar port", line.port());
        config.value(Setting.SIP_OUTBOUND_PROXY).ifPresent(proxy -> writeProxy(prefix, proxy));
        config.value(Setting.SIP_REGISTRATION_EXPIRY)
                .ifPresent(seconds -> cfg.set(prefix + "registration period", seconds));
        config.value(Setting.VOICEMAIL_NUMBER).ifPresent(dial -> cfg.set(prefix + "vmail",
                dial));
    }

    /** The port is always written, {@value #DEFAULT_PROXY_PORT} when the setting has none. */
    private void writeProxy(String prefix, String proxy) {
        String[] hostAndPort = Hosts.hostAndPort(proxy)
                .orElse(new String[] {proxy, DEFAULT_PROXY_PORT});
        cfg.set(prefix + "outbound proxy", hostAndPort[0])
                .set(prefix + "outbound proxy port", hostAndPort[1]);
    }

    /**
     * @param transport a line's transport
     * @return Mitel's {@code sip transport protocol}: 1 UDP, 2 TCP, 4 TLS
     */
    static int transportCode(Transport transport) {
        return switch (transport) {
            case UDP -> 1;
            case TCP -> 2;
            case TLS -> 4;
        };
    }
}
