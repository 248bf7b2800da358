package org.openprov.vendor.cisco.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openprov.api.registry.Mac;
import org.openprov.api.settings.Setting;
import org.openprov.api.settings.SettingType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the {@code codecs} setting as a line's preferred codecs: {@code Preferred_Codec_n_},
 * {@code Second_Preferred_Codec_n_} and {@code Third_Preferred_Codec_n_}, the three slots the
 * Ext tab offers. Codecs past the third, and codecs the family does not name, are left out of
 * the list with one log line each.
 *
 * <p>Names are those of the slots' option lists: {@code G711u}, {@code G711a}, {@code G729a},
 * {@code G722} on both families; {@code G726-32} on SPA; {@code iLBC} and {@code OPUS} on MPP.
 * Known shortcoming: the option lists were read in third-party templates and remembered guides,
 * not in a stored Cisco document; the Linksys SPA900 firmware has the first slot only, and
 * ignores the other two.
 */
final class CiscoCodecs {

    /** The slots, first to third. */
    static final List<String> SLOTS = List.of("Preferred_Codec_", "Second_Preferred_Codec_",
            "Third_Preferred_Codec_");

    static final Map<String, String> SPA = Map.of("PCMU", "G711u", "PCMA", "G711a",
            "G729", "G729a", "G722", "G722", "G726", "G726-32");
    static final Map<String, String> MPP = Map.of("PCMU", "G711u", "PCMA", "G711a",
            "G729", "G729a", "G722", "G722", "ILBC", "iLBC", "OPUS", "OPUS");

    private static final Logger LOG = LoggerFactory.getLogger(CiscoCodecs.class);

    private CiscoCodecs() {
    }

    /**
     * @param family the device's family
     * @param mac the device, for the log
     * @param value the canonical {@code codecs} value, e.g. {@code G722,PCMU}
     * @return the Cisco names to write, most preferred first, at most three
     */
    static List<String> of(CiscoFamily family, Mac mac, String value) {
        Map<String, String> names = family == CiscoFamily.SPA ? SPA : MPP;
        List<String> written = new ArrayList<>();
        for (String codec : SettingType.Codecs.parse(value)) {
            String name = names.get(codec);
            if (name == null) {
                LOG.info("Device {}: {} lists {}, which is not written: Cisco {} phones do not"
                        + " offer it", mac, Setting.CODECS.key(), codec, family.name());
            } else if (written.size() == SLOTS.size()) {
                LOG.info("Device {}: {} lists {}, which is not written: Cisco phones take {}"
                        + " preferred codecs", mac, Setting.CODECS.key(), codec, SLOTS.size());
            } else {
                written.add(name);
            }
        }
        return written;
    }

    /**
     * @param names the Cisco names, at most three
     * @param line the line number
     * @param profile where to write
     */
    static void write(List<String> names, int line, FlatProfile profile) {
        for (int slot = 0; slot < names.size(); slot++) {
            profile.set(SLOTS.get(slot) + line + "_", names.get(slot));
        }
    }
}
