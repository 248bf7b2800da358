package org.openprov.vendor.polycom.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.openprov.api.generator.ModelInfo;
import org.openprov.api.registry.SipLine;
import org.openprov.api.registry.Transport;
import org.openprov.api.settings.DeviceConfig;
import org.openprov.api.settings.Hosts;
import org.openprov.api.settings.ProvisioningAccess;
import org.openprov.api.settings.Setting;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes one phone's {@code <mac>-openprov.cfg}: a single {@code <polycomConfig/>} element
 * whose attributes are the parameters (Polycom UC Software Administrator's Guide). A setting
 * the device does not have gives no attribute, so the phone keeps its default.
 *
 * <p>The file holds, in this order: {@code device.set}; the device-wide settings
 * ({@link PolycomSettings}); each line; the key layout ({@link PolycomKeys}); the raw settings.
 * Each line is {@code reg.x.*} with server, port and transport always explicit, and the line
 * settings of the vocabulary: {@code sip.registration_expiry} as
 * {@code reg.x.server.1.expires}, {@code sip.outbound_proxy} as
 * {@code reg.x.outboundProxy.address}, {@code .port} (when given) and {@code .transport} (the
 * line's), {@code voicemail.number} as {@code msg.mwi.x.callBack} with
 * {@code msg.mwi.x.callBackMode=contact}.
 *
 * <p>Raw settings ({@code raw.polycom.<name>}) come last and win: a raw name equal to a
 * parameter written above replaces its value where it stands, so no attribute appears twice.
 * They are written as they are; a {@code device.*} raw parameter needs its {@code .set}
 * companion as another raw setting. A raw name that is not an XML name (it starts with a digit,
 * a dot or a dash) is left out with a warning.
 *
 * <p>When the endpoint gives the phone its fetch access ({@code config.access()}), the access
 * is written after the key layout and before the raw settings ({@link PolycomAccess}); a raw
 * setting of a parameter that carries the access is then left out with a warning. A
 * first-contact bootstrap holds {@code device.set} and the access alone: no line, no setting,
 * no key, no raw setting, whatever the configuration handed over.
 */
final class PolycomDeviceFile {

    private static final Logger LOG = LoggerFactory.getLogger(PolycomDeviceFile.class);

    private final DeviceConfig config;
    private final Optional<ModelInfo> model;
    private final Instant now;
    private final RenderNotes notes;
    private final String device;
    private final PolycomXmlWriter cfg = new PolycomXmlWriter("polycomConfig");

    /**
     * @param config the phone and its resolved settings
     * @param model its row in the model table, if known
     * @param now the instant whose time-zone rules apply
     * @param notes where changes and omissions are reported
     */
    PolycomDeviceFile(DeviceConfig config, Optional<ModelInfo> model, Instant now,
            RenderNotes notes) {
        this.config = config;
        this.model = model;
        this.now = now;
        this.notes = notes;
        this.device = "Device " + config.device().mac();
    }

    /** @return the whole file */
    String render() {
        // device.* parameters are ignored unless device.set and their own .set are 1.
        cfg.set("device.set", 1);
        Optional<ProvisioningAccess> access = config.access();
        if (access.filter(ProvisioningAccess::bootstrap).isPresent()) {
            PolycomAccess.write(access.get(), cfg, notes, device);
            return cfg.render("OpenProv first-contact file of " + config.device().mac().hex()
                    + ": where to fetch the full configuration, nothing else");
        }
        // A line without a server and a stored key that no longer reads are left out by
        // DeviceConfig itself; say so, as for everything else this file leaves out.
        config.problems().forEach(problem -> notes.warn(device + ": " + problem));
        new PolycomSettings(config, notes, now, cfg).write();
        List<SipLine> lines = config.lines();
        Set<Integer> numbers = lines.stream().map(SipLine::number).collect(Collectors.toSet());
        PolycomKeys keys = PolycomKeys.plan(config.keys(), model, numbers, device, notes);
        lines.forEach(line -> writeLine(line, keys.lineKeys(line.number())));
        keys.write(cfg);
        boolean accessWritten = access.isPresent()
                && PolycomAccess.write(access.get(), cfg, notes, device);
        writeRaw(accessWritten);
        return cfg.render("OpenProv configuration of " + config.device().mac().hex());
    }

    private void writeLine(SipLine line, int lineKeys) {
        int registrations = model.map(ModelInfo::lines).orElse(Integer.MAX_VALUE);
        if (line.number() > registrations) {
            LOG.warn("Device {}: line {} is beyond the {} lines of model {}; written anyway",
                    config.device().mac(), line.number(), registrations,
                    config.device().model());
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
        config.value(Setting.SIP_REGISTRATION_EXPIRY)
                .ifPresent(seconds -> cfg.set(reg + "server.1.expires", seconds));
        config.value(Setting.SIP_OUTBOUND_PROXY).ifPresent(proxy -> writeProxy(reg, proxy,
                line.transport()));
        if (lineKeys > 0) {
            cfg.set(reg + "lineKeys", lineKeys);
        }
        config.value(Setting.VOICEMAIL_NUMBER).ifPresent(number -> writeVoicemail(line, number));
    }

    private void writeProxy(String reg, String proxy, Transport transport) {
        Optional<String[]> withPort = Hosts.hostAndPort(proxy);
        cfg.set(reg + "outboundProxy.address", withPort.map(p -> p[0]).orElse(proxy));
        withPort.ifPresent(p -> cfg.set(reg + "outboundProxy.port", p[1]));
        cfg.set(reg + "outboundProxy.transport", transport(transport));
    }

    /** The message waiting key calls the number given (callBackMode contact). */
    private void writeVoicemail(SipLine line, String number) {
        String mwi = "msg.mwi." + line.number() + ".";
        cfg.set(mwi + "callBackMode", "contact").set(mwi + "callBack", number);
    }

    private void writeRaw(boolean accessWritten) {
        config.raw(PolycomGenerator.VENDOR_ID).forEach((name, value) -> {
            if (!PolycomXmlWriter.isName(name)) {
                notes.warn(device + ": raw." + PolycomGenerator.VENDOR_ID + "." + name
                        + " is left out: a Poly parameter name starts with a letter");
            } else if (accessWritten && PolycomAccess.OWNED.contains(name)) {
                notes.warn(device + ": raw." + PolycomGenerator.VENDOR_ID + "." + name
                        + " is left out: it carries the phone's fetch access, which OpenProv"
                        + " writes");
            } else if (cfg.put(name, value)) {
                LOG.debug("{}: raw setting {} replaces the generated value", device, name);
            }
        });
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
