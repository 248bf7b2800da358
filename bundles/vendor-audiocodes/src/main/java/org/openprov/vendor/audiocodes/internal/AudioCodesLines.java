package org.openprov.vendor.audiocodes.internal;

import java.util.List;
import java.util.Optional;
import org.openprov.api.generator.ModelInfo;
import org.openprov.api.registry.Mac;
import org.openprov.api.registry.SipLine;
import org.openprov.api.settings.DeviceConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the SIP lines ({@code voip/line/<n>/}, {@code n} from 0 for line 1) and the one SIP
 * proxy they all register with ({@code voip/signalling/sip/}).
 *
 * <p>Per line (400HD Series Administrator's Manual, "Line Parameters"): {@code enabled};
 * {@code id}, the SIP user, "up to 30 characters"; {@code auth_name} and {@code auth_password},
 * "up to 35 characters"; {@code description}, the name "displayed to remote parties as your
 * caller ID"; {@code extension_display}, the text on the phone's screen.
 *
 * <p>The proxy is one for the whole phone: {@code use_proxy=1}, {@code proxy_address},
 * {@code proxy_port}, {@code transport_protocol} ({@code UDP}, {@code TCP} or {@code TLS}), and
 * {@code use_proxy_ip_port_for_registrar=1} so that the phone registers with the proxy's address
 * and port ("there is no need to configure the address of the registrar separately"). The
 * server, port and transport are always written, taken from the first line; a line that needs
 * another server, port or transport cannot be written and is left out with a warning. The name
 * {@code transport_protocol} comes from deployed configurations, not from the manual at hand.
 *
 * <p>A line is written whole or not at all: one whose user or password exceeds the phone's
 * limits, or whose password an AudioCodes file cannot carry, is left out with a warning (a
 * cut or changed credential would only fail later, at registration). Lines of the model that
 * OpenProv does not use are switched off, so a removed line does not stay registered.
 */
final class AudioCodesLines {

    /** The longest SIP user the manual allows. */
    static final int MAX_ID = 30;
    /** The longest authentication name and password the manual allows. */
    static final int MAX_AUTH = 35;

    private static final Logger LOG = LoggerFactory.getLogger(AudioCodesLines.class);
    private static final String SIP = "voip/signalling/sip/";

    private final Mac mac;
    private final Optional<ModelInfo> model;
    private final AudioCodesCfgWriter cfg;

    /**
     * @param mac the device, for the log
     * @param model its row in the model table, if known
     * @param cfg where to write
     */
    AudioCodesLines(Mac mac, Optional<ModelInfo> model, AudioCodesCfgWriter cfg) {
        this.mac = mac;
        this.model = model;
        this.cfg = cfg;
    }

    /** @param config the device's configuration; its completed lines are written */
    void write(DeviceConfig config) {
        List<SipLine> lines = config.lines().stream().filter(this::fits).toList();
        Optional<SipLine> proxy = lines.stream().findFirst();
        proxy.ifPresent(first -> lines.stream().filter(line -> sameProxy(line, first))
                .forEach(this::writeLine));
        switchOffUnused();
        proxy.ifPresent(this::writeProxy);
    }

    private boolean fits(SipLine line) {
        int accounts = model.map(ModelInfo::lines).orElse(Integer.MAX_VALUE);
        if (line.number() > accounts) {
            leftOut(line, "a " + model.get().displayName() + " has " + accounts + " line(s)");
            return false;
        }
        if (line.userName().length() > MAX_ID || line.authUser().length() > MAX_AUTH
                || line.password().length() > MAX_AUTH) {
            leftOut(line, "its user exceeds " + MAX_ID + " characters or its authentication"
                    + " name or password " + MAX_AUTH + ", the phone's limits");
            return false;
        }
        if (!AudioCodesCfgWriter.writable(line.password())) {
            leftOut(line, "its password holds a ';', a control character or spaces at an end,"
                    + " which an AudioCodes file cannot carry");
            return false;
        }
        return true;
    }

    private boolean sameProxy(SipLine line, SipLine proxy) {
        if (line.server().equals(proxy.server()) && line.port() == proxy.port()
                && line.transport() == proxy.transport()) {
            return true;
        }
        leftOut(line, "an AudioCodes phone registers every line with one SIP proxy, and line "
                + proxy.number() + " uses " + proxy.server() + ":" + proxy.port() + " over "
                + proxy.transport() + " while this line needs " + line.server() + ":"
                + line.port() + " over " + line.transport());
        return false;
    }

    private void writeLine(SipLine line) {
        String p = prefix(line.number());
        cfg.set(p + "enabled", 1).set(p + "id", line.userName())
                .set(p + "auth_name", line.authUser());
        cfg.setSecret(p + "auth_password", line.password());
        cfg.set(p + "description", line.displayName())
                .set(p + "extension_display", line.label());
    }

    private void writeProxy(SipLine proxy) {
        cfg.set(SIP + "use_proxy", 1).set(SIP + "proxy_address", proxy.server())
                .set(SIP + "proxy_port", proxy.port())
                .set(SIP + "transport_protocol", proxy.transport().name())
                .set(SIP + "use_proxy_ip_port_for_registrar", 1);
    }

    /** Every line of the model not written above, including those left out, is disabled. */
    private void switchOffUnused() {
        int accounts = model.map(ModelInfo::lines).orElse(0);
        for (int number = 1; number <= accounts; number++) {
            String enabled = prefix(number) + "enabled";
            if (!cfg.has(enabled)) {
                cfg.set(enabled, 0);
            }
        }
    }

    private void leftOut(SipLine line, String why) {
        LOG.warn("Device {}: line {} is left out: {}", mac, line.number(), why);
    }

    /**
     * @param number a line number, from 1
     * @return its parameter prefix, e.g. {@code voip/line/0/} for line 1
     */
    static String prefix(int number) {
        return "voip/line/" + (number - 1) + "/";
    }
}
