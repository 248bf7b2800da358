package org.openprov.vendor.polycom.internal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openprov.api.settings.Setting;
import org.openprov.api.settings.SettingType.Codecs;

/**
 * Writes {@code codecs} as Poly's codec priorities: {@code voice.codecPref.<codec>} holds the
 * codec's rank, 1 for the most preferred, and 0 leaves the codec out of the offer (Polycom
 * Administrator's Guide, "Codec Preferences").
 *
 * <p>The four codecs of the vocabulary whose Poly names are certain are written: each listed one
 * gets its rank, each unlisted one 0, so the phone offers exactly the list. Other codecs of the
 * list (OPUS, ILBC, G726, GSM) are left out with a note, and the ranks stay consecutive. Poly's
 * own wideband codecs (G.722.1, Siren) are not in the vocabulary and keep the phone's defaults.
 * A list with none of the four leaves the setting out, rather than disabling every codec.
 */
final class PolycomCodecs {

    /** Canonical vocabulary names to Poly's parameter suffixes, in the order written. */
    static final Map<String, String> NAMES = names();

    private final RenderNotes notes;
    private final String device;

    /**
     * @param notes where omissions are reported
     * @param device the device as notes name it
     */
    PolycomCodecs(RenderNotes notes, String device) {
        this.notes = notes;
        this.device = device;
    }

    /**
     * @param codecs the resolved {@code codecs} value, if set
     * @param cfg where to write
     */
    void write(Optional<String> codecs, PolycomXmlWriter cfg) {
        if (codecs.isEmpty()) {
            return;
        }
        List<String> listed = Codecs.parse(codecs.get());
        List<String> wanted = listed.stream().filter(NAMES::containsKey).toList();
        List<String> unknown = listed.stream().filter(name -> !NAMES.containsKey(name)).toList();
        if (wanted.isEmpty()) {
            notes.info(device + ": setting " + Setting.CODECS.key() + " is left out: none of "
                    + codecs.get() + " is one of " + known());
            return;
        }
        if (!unknown.isEmpty()) {
            notes.info(device + ": codec(s) " + String.join(",", unknown) + " of setting "
                    + Setting.CODECS.key() + " are left out: Poly takes " + known());
        }
        for (String name : wanted) {
            cfg.set(parameter(name), wanted.indexOf(name) + 1);
        }
        NAMES.keySet().stream().filter(name -> !wanted.contains(name))
                .forEach(name -> cfg.set(parameter(name), 0));
    }

    private static String known() {
        return String.join(",", NAMES.keySet());
    }

    private static String parameter(String name) {
        return "voice.codecPref." + NAMES.get(name);
    }

    private static Map<String, String> names() {
        Map<String, String> names = new LinkedHashMap<>();
        names.put("PCMU", "G711_Mu");
        names.put("PCMA", "G711_A");
        names.put("G722", "G722");
        names.put("G729", "G729_AB");
        return Collections.unmodifiableMap(names);
    }
}
