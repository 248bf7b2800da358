package org.openprov.vendor.grandstream.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.openprov.api.registry.Mac;
import org.openprov.api.settings.SettingType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns the {@code codecs} setting into the "Preferred Vocoder" choices of an account. The codes
 * are the templates' ("0 - PCMU, 2 - G.726-32, 8 - PCMA, 9 - G.722, 18 - G.729A/B, 4 - G.723.1,
 * 98 - iLBC"). OPUS is left out: the GXP17xx template gives it code 125 and the GXP21xx
 * template 123, so no one code is right for every phone; GSM has no code at all. Each codec
 * left out is named in one log line.
 *
 * <p>Every choice is written, so a codec the administrator did not list cannot stay offered from
 * an earlier file: after the listed codecs, the last one is repeated in the remaining choices.
 * That a repeated codec is offered once is an assumption from how the web page behaves, not
 * something the templates say. A GXP16xx has 7 choices (P57-P62, P46); a GXP21xx also an 8th
 * (P98; P458, P558 ... from account 2 on).
 */
final class GrandstreamCodecs {

    /** Canonical codec name to Grandstream vocoder code. */
    static final Map<String, Integer> CODES = Map.of("PCMU", 0, "PCMA", 8, "G722", 9,
            "G729", 18, "G726", 2, "ILBC", 98);

    private static final Logger LOG = LoggerFactory.getLogger(GrandstreamCodecs.class);

    private GrandstreamCodecs() {
    }

    /**
     * @param value the resolved {@code codecs} setting, e.g. {@code G722,PCMU}
     * @param choices how many choices the phone has
     * @param mac the device, for the log
     * @return the code of each choice; empty if no listed codec has a code
     */
    static List<Integer> choices(String value, int choices, Mac mac) {
        List<Integer> codes = new ArrayList<>();
        for (String name : SettingType.Codecs.parse(value)) {
            Integer code = CODES.get(name);
            if (code == null) {
                LOG.info("Device {}: codec {} of setting codecs is left out: Grandstream phones"
                        + " have no vocoder code for it that every model reads", mac, name);
            } else {
                codes.add(code);
            }
        }
        if (codes.isEmpty()) {
            return List.of();
        }
        codes.addAll(Collections.nCopies(Math.max(0, choices - codes.size()),
                codes.get(codes.size() - 1)));
        return List.copyOf(codes.subList(0, choices));
    }
}
