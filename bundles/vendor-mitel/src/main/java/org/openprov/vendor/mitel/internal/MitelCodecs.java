package org.openprov.vendor.mitel.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openprov.api.settings.Setting;
import org.openprov.api.settings.SettingType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the {@code codecs} setting as Mitel's customized codec preference list (Administrator
 * Guide, "Customized Codec Preference List"): {@code sip customized codec}, one entry per
 * codec, most preferred first, separated by commas, each {@code payload=<n>;ptime=<ms>;
 * silsupp=<on|off>}. The list applies to every line: the guide configures codecs "on a
 * global-basis only".
 *
 * <p>Codecs are named by their static RTP payload types (RFC 3551): PCMU 0, PCMA 8, G722 9,
 * G729 18. Each is written with a 20 ms packet time, the common default, and silence
 * suppression off. OPUS, G726, ILBC and GSM are left out of the list with one log line each:
 * their payload numbers on Mitel phones are dynamic or absent, and no Mitel document at hand
 * gives them. If none of the list is left, the parameter is not written at all, so the phone
 * keeps its own codecs.
 */
final class MitelCodecs {

    /** Canonical codec to its RTP payload type. */
    static final Map<String, Integer> PAYLOADS = Map.of("PCMU", 0, "PCMA", 8, "G722", 9,
            "G729", 18);
    /** The packet time written for each codec, in milliseconds. */
    static final int PTIME = 20;

    private static final Logger LOG = LoggerFactory.getLogger(MitelCodecs.class);

    private MitelCodecs() {
    }

    /**
     * @param owner the device, for the log
     * @param value the canonical {@code codecs} value, e.g. {@code G722,PCMU}
     * @return the value of {@code sip customized codec}, empty if no codec is left
     */
    static String list(String owner, String value) {
        List<String> entries = new ArrayList<>();
        for (String codec : SettingType.Codecs.parse(value)) {
            Integer payload = PAYLOADS.get(codec);
            if (payload == null) {
                LOG.info("{}: {} lists {}, which is left out: no Mitel payload number is"
                        + " known for it", owner, Setting.CODECS.key(), codec);
            } else {
                entries.add("payload=" + payload + ";ptime=" + PTIME + ";silsupp=off");
            }
        }
        return String.join(",", entries);
    }
}
