package org.openprov.vendor.yealink.internal;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.openprov.api.generator.ModelInfo;
import org.openprov.api.registry.Mac;
import org.openprov.api.registry.SipLine;
import org.openprov.api.registry.Transport;
import org.openprov.api.settings.DeviceConfig;
import org.openprov.api.settings.Hosts;
import org.openprov.api.settings.Setting;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the SIP accounts ({@code account.X.*}, Administrator's Guide "Account Settings") and
 * the settings Yealink keeps per account: codecs, outbound proxy, registration expiry and
 * voicemail number. Each account is explicit: server, port and transport are always written,
 * taken from the line or, where it gives none, from {@code sip.server}, {@code sip.port} and
 * {@code sip.transport} (see {@link DeviceConfig#lines()}).
 */
final class YealinkAccounts {

    /** The port the guide gives as default of {@code account.X.outbound_proxy.1.port}. */
    static final String DEFAULT_PROXY_PORT = "5060";

    private static final Logger LOG = LoggerFactory.getLogger(YealinkAccounts.class);

    private final DeviceConfig config;
    private final Mac mac;
    private final Optional<ModelInfo> model;
    private final Optional<YealinkCodecs> codecs;
    private final YealinkCfgWriter cfg;

    /**
     * @param config the device's resolved configuration
     * @param model its row in the model table, if known
     * @param cfg where to write
     */
    YealinkAccounts(DeviceConfig config, Optional<ModelInfo> model, YealinkCfgWriter cfg) {
        this.config = config;
        this.mac = config.device().mac();
        this.model = model;
        this.codecs = config.value(Setting.CODECS).map(value -> YealinkCodecs.of(mac, value));
        this.cfg = cfg;
    }

    /** Writes every line of the device, then switches off the accounts it does not use. */
    void write() {
        List<SipLine> lines = config.lines();
        lines.forEach(this::writeAccount);
        writeUnusedAccounts(lines);
    }

    private void writeAccount(SipLine line) {
        int accounts = model.map(ModelInfo::lines).orElse(Integer.MAX_VALUE);
        if (line.number() > accounts) {
            LOG.warn("Device {}: line {} is beyond the {} accounts of model {}; written anyway",
                    mac, line.number(), accounts, config.device().model());
        }
        String account = "account." + line.number() + ".";
        cfg.blank()
                .set(account + "enable", 1)
                .set(account + "label", line.label())
                .set(account + "display_name", line.displayName())
                .set(account + "auth_name", line.authUser())
                .set(account + "user_name", line.userName())
                .set(account + "password", line.password())
                .set(account + "sip_server.1.address", line.server())
                .set(account + "sip_server.1.port", line.port())
                .set(account + "sip_server.1.transport_type", transportType(line.transport()));
        writeAccountSettings(line.number(), account);
    }

    private void writeAccountSettings(int number, String account) {
        config.value(Setting.SIP_REGISTRATION_EXPIRY)
                .ifPresent(seconds -> cfg.set(account + "sip_server.1.expires", seconds));
        config.value(Setting.SIP_OUTBOUND_PROXY).ifPresent(proxy -> writeProxy(account, proxy));
        codecs.ifPresent(list -> list.write(account, cfg));
        config.value(Setting.VOICEMAIL_NUMBER)
                .ifPresent(dial -> cfg.set("voice_mail.number." + number, dial));
    }

    /**
     * {@code account.X.outbound_proxy_enable}, {@code .outbound_proxy.1.address} and
     * {@code .port}; the port is always written, {@value #DEFAULT_PROXY_PORT} when the setting
     * gives none, so a port from an earlier file does not stay.
     */
    private void writeProxy(String account, String proxy) {
        String[] hostAndPort = Hosts.hostAndPort(proxy)
                .orElse(new String[] {proxy, DEFAULT_PROXY_PORT});
        cfg.set(account + "outbound_proxy_enable", 1)
                .set(account + "outbound_proxy.1.address", hostAndPort[0])
                .set(account + "outbound_proxy.1.port", hostAndPort[1]);
    }

    /**
     * Yealink keeps a provisioned value until a file changes it, so a line removed in OpenProv
     * would stay registered: every other account the model has is switched off explicitly.
     */
    private void writeUnusedAccounts(List<SipLine> lines) {
        Set<Integer> unused = new TreeSet<>();
        for (int number = 1; number <= model.map(ModelInfo::lines).orElse(0); number++) {
            unused.add(number);
        }
        lines.forEach(line -> unused.remove(line.number()));
        if (!unused.isEmpty()) {
            cfg.blank().comment("Accounts not used by OpenProv are switched off.");
            unused.forEach(number -> cfg.set("account." + number + ".enable", 0));
        }
    }

    /**
     * @param transport the line's transport
     * @return Yealink's {@code transport_type}: 0 UDP, 1 TCP, 2 TLS (3, DNS-NAPTR, is never
     *         written: OpenProv always gives an explicit port and transport)
     */
    static int transportType(Transport transport) {
        return switch (transport) {
            case UDP -> 0;
            case TCP -> 1;
            case TLS -> 2;
        };
    }
}
