package org.openprov.vendor.snom.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openprov.api.registry.Mac;
import org.openprov.api.settings.Setting;
import org.openprov.api.settings.SettingType.Codecs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns the {@code codecs} setting into Snom's {@code codec_priority_list}, a comma-separated
 * list of Snom's codec names in order of preference, written for every identity. The names are
 * those of the lists in deployed Snom settings files (FusionPBX and Wazo templates:
 * {@code g722,pcmu,pcma,gsm,g726-32,aal2-g726-32,g729,telephone-event}).
 *
 * <p>{@code telephone-event} (RFC 4733 key presses) always ends the list, as in those files: a
 * list without it would stop the phone from offering out-of-band DTMF. OPUS and iLBC appear in
 * no Snom list at hand; they are left out with one log line, and a list with nothing Snom can
 * name is not written at all, so the phone keeps its own.
 */
final class SnomCodecs {

    /** Canonical codec names to Snom's. */
    static final Map<String, String> NAMES = Map.of("G722", "g722", "PCMU", "pcmu",
            "PCMA", "pcma", "G729", "g729", "G726", "g726-32", "GSM", "gsm");
    /** What Snom calls RFC 4733 events. */
    static final String EVENTS = "telephone-event";

    private static final Logger LOG = LoggerFactory.getLogger(SnomCodecs.class);

    private SnomCodecs() {
    }

    /**
     * @param mac the device, for the log
     * @param codecs the canonical {@code codecs} value, e.g. {@code G722,PCMU}
     * @return the {@code codec_priority_list}, or empty if Snom can name none of them
     */
    static Optional<String> priorityList(Mac mac, String codecs) {
        List<String> snom = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (String name : Codecs.parse(codecs)) {
            String mapped = NAMES.get(name);
            (mapped == null ? unknown : snom).add(mapped == null ? name : mapped);
        }
        if (snom.isEmpty()) {
            LOG.info("Device {}: setting {} is left out: Snom phones name none of {}", mac,
                    Setting.CODECS.key(), codecs);
            return Optional.empty();
        }
        if (!unknown.isEmpty()) {
            LOG.info("Device {}: codec(s) {} of setting {} left out: no Snom name", mac,
                    String.join(",", unknown), Setting.CODECS.key());
        }
        snom.add(EVENTS);
        return Optional.of(String.join(",", snom));
    }
}
