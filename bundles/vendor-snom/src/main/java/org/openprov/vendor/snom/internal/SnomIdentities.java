package org.openprov.vendor.snom.internal;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.openprov.api.generator.ModelInfo;
import org.openprov.api.registry.Mac;
import org.openprov.api.registry.SipLine;
import org.openprov.api.settings.DeviceConfig;
import org.openprov.api.settings.Setting;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a device's lines as Snom identities, {@code idx} = the line's number (Snom wiki,
 * "Desk Phone Configuration Files"; old wiki, "Web Interface/Identities/Login"):
 * <ul>
 * <li>{@code user_active} {@code on}, {@code user_realname} (the display name),
 * {@code user_name} (the SIP user), {@code user_pname} (the authentication user),
 * {@code user_pass}, {@code user_idle_text} (the line's label);</li>
 * <li>{@code user_host}: the registrar with its port and transport always written,
 * {@code pbx.example.com:5061;transport=tls}, as Snom's own sipXconfig code and deployed
 * templates put the transport on the registrar;</li>
 * <li>{@code user_outbound} from {@code sip.outbound_proxy}, with the line's transport and the
 * proxy's port if it gives one; {@code user_expiry} from {@code sip.registration_expiry};
 * {@code user_mailbox} from {@code voicemail.number}; {@code codec_priority_list} from
 * {@code codecs} ({@link SnomCodecs}).</li>
 * </ul>
 * A line beyond the model's identities is left out with a warning. The lines of a model not in
 * the table are all written: the phone ignores identities it does not have.
 */
final class SnomIdentities {

    private static final Logger LOG = LoggerFactory.getLogger(SnomIdentities.class);

    private final DeviceConfig config;
    private final Mac mac;
    private final Optional<ModelInfo> model;
    private final SnomXmlWriter xml;

    /**
     * @param config the device's resolved configuration
     * @param model its row in the model table, if known
     * @param xml where to write
     */
    SnomIdentities(DeviceConfig config, Optional<ModelInfo> model, SnomXmlWriter xml) {
        this.config = config;
        this.mac = config.device().mac();
        this.model = model;
        this.xml = xml;
    }

    /** @return the lines written, by number */
    Map<Integer, SipLine> write() {
        Optional<String> codecs = config.value(Setting.CODECS)
                .flatMap(value -> SnomCodecs.priorityList(mac, value));
        Map<Integer, SipLine> written = new TreeMap<>();
        for (SipLine line : config.lines()) {
            if (model.isPresent() && line.number() > model.get().lines()) {
                LOG.warn("Device {}: line {} is left out: a {} has {} identities", mac,
                        line.number(), model.get().displayName(), model.get().lines());
                continue;
            }
            write(line, codecs);
            written.put(line.number(), line);
        }
        return written;
    }

    private void write(SipLine line, Optional<String> codecs) {
        int idx = line.number();
        xml.set("user_active", idx, "on")
                .set("user_realname", idx, line.displayName())
                .set("user_name", idx, line.userName())
                .set("user_pname", idx, line.authUser())
                .set("user_pass", idx, line.password())
                .set("user_host", idx, line.server() + ":" + line.port() + transport(line))
                .set("user_idle_text", idx, line.label());
        config.value(Setting.SIP_OUTBOUND_PROXY)
                .ifPresent(proxy -> xml.set("user_outbound", idx, proxy + transport(line)));
        config.value(Setting.SIP_REGISTRATION_EXPIRY)
                .ifPresent(seconds -> xml.set("user_expiry", idx, seconds));
        config.value(Setting.VOICEMAIL_NUMBER)
                .ifPresent(number -> xml.set("user_mailbox", idx, number));
        codecs.ifPresent(list -> xml.set("codec_priority_list", idx, list));
    }

    private static String transport(SipLine line) {
        return ";transport=" + line.transport().name().toLowerCase(Locale.ROOT);
    }
}
