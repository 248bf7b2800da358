package org.openprov.vendor.cisco.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.openprov.api.generator.ModelInfo;
import org.openprov.api.registry.Mac;
import org.openprov.api.registry.SipLine;
import org.openprov.api.settings.DeviceConfig;
import org.openprov.api.settings.Setting;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the SIP accounts (the Ext n tabs: {@code Line_Enable_n_}, {@code Proxy_n_},
 * {@code User_ID_n_} ...) and the settings Cisco keeps per account: registration expiry,
 * outbound proxy, preferred codecs and dial plan. Each account is explicit: the registrar is
 * written {@code host:port} in {@code Proxy_n_} (as in Cisco's examples,
 * {@code pbx.example.com:5060}) and the transport in {@code SIP_Transport_n_} ({@code UDP},
 * {@code TCP} or {@code TLS}; MPP guide, "Encrypt Signaling with SIP Over TLS"), taken from the
 * line or, where it gives none, from {@code sip.server}, {@code sip.port} and
 * {@code sip.transport}.
 *
 * <p>Cisco keeps a provisioned value until a profile changes it, so every other account the
 * model has gets {@code Line_Enable_n_ = No}. A line beyond the model's accounts is left out
 * with a warning: the phone has no field for it.
 */
final class CiscoLines {

    /** What a Cisco dial plan cannot hold: the inter-digit timer and nested groups. */
    private static final Pattern NOT_CISCO = Pattern.compile("[T()]");

    private static final Logger LOG = LoggerFactory.getLogger(CiscoLines.class);

    private final DeviceConfig config;
    private final Mac mac;
    private final Optional<ModelInfo> model;
    private final FlatProfile profile;
    private final Optional<List<String>> codecs;
    private final Optional<String> dialPlan;

    /**
     * @param config the device's resolved configuration
     * @param model its row in the model table, if known
     * @param family its family
     * @param profile where to write
     */
    CiscoLines(DeviceConfig config, Optional<ModelInfo> model, CiscoFamily family,
            FlatProfile profile) {
        this.config = config;
        this.mac = config.device().mac();
        this.model = model;
        this.profile = profile;
        this.codecs = config.value(Setting.CODECS).map(v -> CiscoCodecs.of(family, mac, v));
        this.dialPlan = config.value(Setting.DIAL_PLAN).flatMap(this::dialPlan);
    }

    /** @return the lines written, in order, after writing them and disabling the others */
    List<SipLine> write() {
        List<SipLine> written = new ArrayList<>();
        for (SipLine line : config.lines()) {
            int accounts = model.map(ModelInfo::lines).orElse(Integer.MAX_VALUE);
            if (line.number() > accounts) {
                LOG.warn("Device {}: line {} is left out: a {} has {} line(s)", mac,
                        line.number(), model.get().displayName(), accounts);
            } else {
                writeLine(line);
                written.add(line);
            }
        }
        writeUnused(written);
        return written;
    }

    private void writeLine(SipLine line) {
        String n = line.number() + "_";
        profile.blank()
                .set("Line_Enable_" + n, true)
                .set("Display_Name_" + n, line.displayName())
                .set("User_ID_" + n, line.userName())
                .set("Password_" + n, line.password())
                .set("Use_Auth_ID_" + n, true)
                .set("Auth_ID_" + n, line.authUser())
                .set("Proxy_" + n, line.server() + ":" + line.port())
                .set("SIP_Transport_" + n, line.transport().name());
        config.value(Setting.SIP_REGISTRATION_EXPIRY)
                .ifPresent(seconds -> profile.set("Register_Expires_" + n, seconds));
        config.value(Setting.SIP_OUTBOUND_PROXY).ifPresent(proxy -> profile
                .set("Use_Outbound_Proxy_" + n, true).set("Outbound_Proxy_" + n, proxy));
        codecs.ifPresent(names -> CiscoCodecs.write(names, line.number(), profile));
        dialPlan.ifPresent(plan -> profile.set("Dial_Plan_" + n, plan));
    }

    private void writeUnused(List<SipLine> written) {
        int accounts = model.map(ModelInfo::lines).orElse(0);
        List<Integer> used = written.stream().map(SipLine::number).toList();
        boolean first = true;
        for (int number = 1; number <= accounts; number++) {
            if (!used.contains(number)) {
                if (first) {
                    profile.blank().comment("Accounts not used by OpenProv are switched off.");
                    first = false;
                }
                profile.set("Line_Enable_" + number + "_", false);
            }
        }
    }

    /**
     * A Cisco dial plan is a digit map in parentheses, {@code (*xx|[3469]11|[2-9]xxxxxx|x.)}:
     * the common syntax without its inter-digit timer {@code T}, for which Cisco writes timer
     * modifiers of its own ({@code S0}). A map using {@code T} or parentheses is therefore not
     * translated. Known shortcoming: the syntax was checked against deployed Cisco dial plans,
     * not against a stored Cisco guide.
     */
    private Optional<String> dialPlan(String map) {
        if (NOT_CISCO.matcher(map).find()) {
            LOG.info("Device {}: {} is not written: it uses T or parentheses, which a Cisco dial"
                    + " plan writes in its own syntax; set raw.cisco.Dial_Plan_1_ instead", mac,
                    Setting.DIAL_PLAN.key());
            return Optional.empty();
        }
        return Optional.of("(" + map + ")");
    }
}
