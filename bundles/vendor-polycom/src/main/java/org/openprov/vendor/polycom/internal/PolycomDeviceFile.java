package org.openprov.vendor.polycom.internal;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import org.openprov.api.generator.ModelInfo;
import org.openprov.api.generator.ZoneFacts;
import org.openprov.api.registry.Device;
import org.openprov.api.registry.Setting;
import org.openprov.api.registry.SipLine;
import org.openprov.api.registry.Transport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes one phone's {@code <mac>-openprov.cfg}: a single {@code <polycomConfig/>} element
 * whose attributes are the parameters (Polycom UC Software Administrator's Guide). A setting
 * the device does not have gives no attribute, so the phone keeps its default.
 */
final class PolycomDeviceFile {

    private static final Logger LOG = LoggerFactory.getLogger(PolycomDeviceFile.class);

    private final Device device;
    private final Optional<ModelInfo> model;
    private final Instant now;
    private final PolycomXmlWriter cfg = new PolycomXmlWriter("polycomConfig");

    /**
     * @param device the phone
     * @param model its row in the model table, if known
     * @param now the instant whose time-zone rules apply
     */
    PolycomDeviceFile(Device device, Optional<ModelInfo> model, Instant now) {
        this.device = device;
        this.model = model;
        this.now = now;
    }

    /** @return the whole file */
    String render() {
        // device.* parameters are ignored unless device.set and their own .set are 1.
        cfg.set("device.set", 1);
        writeAdminPassword();
        writeTime();
        device.lines().forEach(this::writeLine);
        return cfg.render("OpenProv configuration of " + device.mac().hex());
    }

    private void writeAdminPassword() {
        device.setting(Setting.ADMIN_PASSWORD).ifPresent(password -> cfg
                .set("device.auth.localAdminPassword.set", 1)
                .set("device.auth.localAdminPassword", password));
    }

    /** The values written here take precedence over what DHCP offers (overrideDHCP). */
    private void writeTime() {
        device.setting(Setting.NTP_SERVER).ifPresent(host -> cfg
                .set("tcpIpApp.sntp.address", host)
                .set("tcpIpApp.sntp.address.overrideDHCP", 1));
        device.setting(Setting.TIME_ZONE).flatMap(this::zone)
                .ifPresent(facts -> PolycomTimeZone.write(facts, cfg));
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

    private void writeLine(SipLine line) {
        int registrations = model.map(ModelInfo::lines).orElse(Integer.MAX_VALUE);
        if (line.number() > registrations) {
            LOG.warn("Device {}: line {} is beyond the {} lines of model {}; written anyway",
                    device.mac(), line.number(), registrations, device.model());
        }
        String reg = "reg." + line.number() + ".";
        cfg.set(reg + "address", line.userName())
                .set(reg + "auth.userId", line.authUser())
                .set(reg + "auth.password", line.password())
                .set(reg + "displayName", line.displayName())
                .set(reg + "label", line.label())
                .set(reg + "server.1.address", line.server())
                .set(reg + "server.1.port", line.port())
                .set(reg + "server.1.transport", transport(line.transport()));
    }

    /**
     * @param transport the line's transport
     * @return Poly's {@code reg.x.server.y.transport}: {@code UDPOnly}, {@code TCPOnly} or
     *         {@code TLS} ({@code DNSnaptr} and {@code TCPpreferred} are never written:
     *         OpenProv always gives an explicit port and transport)
     */
    static String transport(Transport transport) {
        return switch (transport) {
            case UDP -> "UDPOnly";
            case TCP -> "TCPOnly";
            case TLS -> "TLS";
        };
    }
}
