package org.openprov.vendor.yealink.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openprov.api.registry.Mac;
import org.openprov.api.settings.Setting;
import org.openprov.api.settings.SettingType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the {@code codecs} setting as Yealink's per-account codec list (Administrator's Guide
 * V82 and later, "Audio Codecs"): {@code account.X.codec.<name>.enable} (0 or 1) and
 * {@code account.X.codec.<name>.priority} (1 is the first offered). The older
 * {@code account.X.codec.Y.payload_type} form is "only applicable to the IP phones running
 * firmware version 81 or prior" and is not written.
 *
 * <p>The codecs of the list are enabled in its order; every other codec named here is
 * disabled, so the phone offers exactly the list. Two canonical codecs are left out of the
 * list, each with one log line: GSM, which no current Yealink desk phone offers, and iLBC, whose
 * parameter name differs between firmware releases ({@code ilbc}, {@code ilbc_13_33kbps},
 * {@code ilbc_15_2kbps}); either can still be set with a raw setting.
 */
final class YealinkCodecs {

    private static final Logger LOG = LoggerFactory.getLogger(YealinkCodecs.class);

    /**
     * Canonical codec to Yealink's name. G726 is G.726 at 32 kbit/s, the rate RFC 3551 calls
     * plain G726-32; Yealink also offers the 16, 24 and 40 kbit/s rates under other names.
     */
    static final Map<String, String> NAMES = names();

    private final List<String> enabled;

    private YealinkCodecs(List<String> enabled) {
        this.enabled = List.copyOf(enabled);
    }

    private static Map<String, String> names() {
        Map<String, String> names = new LinkedHashMap<>();
        names.put("OPUS", "opus");
        names.put("G722", "g722");
        names.put("PCMU", "pcmu");
        names.put("PCMA", "pcma");
        names.put("G729", "g729");
        names.put("G726", "g726_32");
        return names;
    }

    /**
     * @param mac the device, for the log
     * @param value the canonical {@code codecs} value, e.g. {@code G722,PCMU,PCMA}
     * @return the codecs Yealink can be given, in order; the others are logged
     */
    static YealinkCodecs of(Mac mac, String value) {
        List<String> enabled = new ArrayList<>();
        for (String codec : SettingType.Codecs.parse(value)) {
            String name = NAMES.get(codec);
            if (name == null) {
                LOG.info("Device {}: {} lists {}, which is not written: {}", mac,
                        Setting.CODECS.key(), codec, why(codec));
            } else {
                enabled.add(name);
            }
        }
        return new YealinkCodecs(enabled);
    }

    private static String why(String codec) {
        return "ILBC".equals(codec)
                ? "Yealink names iLBC differently by firmware; set it with a raw setting"
                : "Yealink desk phones do not offer it";
    }

    /** @return the Yealink names enabled, most preferred first */
    List<String> enabled() {
        return enabled;
    }

    /**
     * @param account the account's parameter prefix, e.g. {@code account.1.}
     * @param cfg where to write
     */
    void write(String account, YealinkCfgWriter cfg) {
        for (int i = 0; i < enabled.size(); i++) {
            String codec = account + "codec." + enabled.get(i) + ".";
            cfg.set(codec + "enable", 1).set(codec + "priority", i + 1);
        }
        NAMES.values().stream().filter(name -> !enabled.contains(name))
                .forEach(name -> cfg.set(account + "codec." + name + ".enable", 0));
    }
}
