package org.openprov.vendor.yealink.internal;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.openprov.api.generator.ModelInfo;
import org.openprov.api.generator.ZoneFacts;
import org.openprov.api.registry.Device;
import org.openprov.api.registry.Setting;
import org.openprov.api.registry.SipLine;
import org.openprov.api.registry.Transport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes one phone's {@code <mac>.cfg}: its SIP accounts, time settings and administrator
 * password, with parameter names from the Yealink Administrator's Guide (T2/T4/T5 series).
 * A setting the device does not have gives no line, so the phone keeps its own value.
 */
final class YealinkDeviceFile {

    private static final Logger LOG = LoggerFactory.getLogger(YealinkDeviceFile.class);

    private final Device device;
    private final Optional<ModelInfo> model;
    private final Instant now;
    private final YealinkCfgWriter cfg = new YealinkCfgWriter();

    /**
     * @param device the phone
     * @param model its row in the model table, if known
     * @param now the instant whose time-zone rules apply
     */
    YealinkDeviceFile(Device device, Optional<ModelInfo> model, Instant now) {
        this.device = device;
        this.model = model;
        this.now = now;
    }

    /** @return the whole file */
    String render() {
        cfg.comment("OpenProv configuration of " + device.mac() + " (" + device.model() + ")");
        device.lines().forEach(this::writeAccount);
        writeUnusedAccounts();
        writeTime();
        writeAdminPassword();
        return cfg.text();
    }

    private void writeAccount(SipLine line) {
        int accounts = model.map(ModelInfo::lines).orElse(Integer.MAX_VALUE);
        if (line.number() > accounts) {
            LOG.warn("Device {}: line {} is beyond the {} accounts of model {}; written anyway",
                    device.mac(), line.number(), accounts, device.model());
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
    }

    /**
     * Yealink keeps a provisioned value until a file changes it, so a line removed in OpenProv
     * would stay registered: every other account the model has is switched off explicitly.
     */
    private void writeUnusedAccounts() {
        Set<Integer> unused = new TreeSet<>();
        for (int number = 1; number <= model.map(ModelInfo::lines).orElse(0); number++) {
            unused.add(number);
        }
        device.lines().forEach(line -> unused.remove(line.number()));
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

    private void writeTime() {
        Optional<String> ntp = device.setting(Setting.NTP_SERVER);
        Optional<ZoneFacts> zone = device.setting(Setting.TIME_ZONE).flatMap(this::zone);
        if (ntp.isEmpty() && zone.isEmpty()) {
            return;
        }
        cfg.blank();
        ntp.ifPresent(host -> cfg.set("local_time.ntp_server1", host));
        zone.ifPresent(facts -> YealinkTimeZone.write(facts, cfg));
    }

    private Optional<ZoneFacts> zone(String id) {
        try {
            return Optional.of(ZoneFacts.of(ZoneId.of(id), now));
        } catch (DateTimeException unknown) {
            LOG.warn("Device {}: time zone '{}' is unknown to this Java runtime; no time zone"
                    + " written", device.mac(), id);
            return Optional.empty();
        }
    }

    /** {@code static.security.user_password = <user>:<password>}, the admin user here. */
    private void writeAdminPassword() {
        device.setting(Setting.ADMIN_PASSWORD).ifPresent(password -> cfg.blank()
                .set("static.security.user_password", "admin:" + password));
    }
}
