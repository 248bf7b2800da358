package org.openprov.vendor.fanvil.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openprov.api.settings.SettingType;

/**
 * Writes {@code codecs} as a line's {@code SIPn VoiceCodecMap}: codec names in order of
 * preference, separated by commas, as the phone's export writes them
 * ({@code PCMU,PCMA,G726-32,G729,iLBC,G722}). G.726 is written at 32 kbit/s, the rate the
 * export names. OPUS and GSM are left out: the export names no codec for them in the map
 * (OPUS has payload settings in the media module, but its name in the map is not shown in any
 * document at hand), so writing a guess could make the phone refuse the whole list.
 */
final class FanvilCodecs {

    /** Canonical codec names to Fanvil's names. */
    static final Map<String, String> NAMES = Map.of("PCMU", "PCMU", "PCMA", "PCMA",
            "G722", "G722", "G729", "G729", "G726", "G726-32", "ILBC", "iLBC");

    private FanvilCodecs() {
    }

    /**
     * @param value the canonical {@code codecs} value, e.g. {@code G722,PCMU}
     * @param log where left-out codecs are reported
     * @return the codec map to write, or empty if no codec of the list is Fanvil's
     */
    static Optional<String> map(String value, DeviceLog log) {
        List<String> written = new ArrayList<>();
        List<String> leftOut = new ArrayList<>();
        for (String codec : SettingType.Codecs.parse(value)) {
            String name = NAMES.get(codec);
            (name == null ? leftOut : written).add(name == null ? codec : name);
        }
        if (written.isEmpty()) {
            log.omitted("codecs", "Fanvil phones name none of " + String.join(",", leftOut));
            return Optional.empty();
        }
        if (!leftOut.isEmpty()) {
            log.info("codec(s) " + String.join(",", leftOut) + " of setting codecs are left"
                    + " out: Fanvil's VoiceCodecMap has no name for them");
        }
        return Optional.of(String.join(",", written));
    }
}
