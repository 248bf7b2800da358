package org.openprov.vendor.audiocodes.internal;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openprov.api.generator.KeyRules;
import org.openprov.api.generator.ModelInfo;
import org.openprov.api.registry.Mac;
import org.openprov.api.settings.KeyType;
import org.openprov.api.settings.LineKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a device's programmable keys as {@code personal_settings/functional_key/<n>/type},
 * {@code key_label} and {@code speed_dial_number}, {@code n} counting from 0 (key position 1 is
 * {@code functional_key/0}), as deployed 440HD configurations write them.
 *
 * <p>Two key types are known from those configurations: {@code SPEED_DIAL} and
 * {@code SPEED_DIAL_BLF} (a speed dial that also shows the busy lamp of its target). Every other
 * type is left out with a warning naming the device and the key, and {@link #rules} offers only
 * these two, so the console refuses the others before they are stored.
 *
 * <p>No parameter binding a key to a line is known, so the phone uses its first line for every
 * key. A key bound to line 1 is written; a key bound to another line is left out with a warning,
 * never moved to line 1. Keys beyond the model's programmable keys are left out with a warning
 * too: no model in the table takes an expansion module (see the model table).
 */
final class AudioCodesKeys {

    /**
     * The longest label written unchanged. Known shortcoming: the manual at hand gives no
     * figure; 10 characters is an estimate for the 440HD's key display, to replace once a
     * measured or documented figure is known.
     */
    static final int LABEL_LENGTH = 10;

    /** KeyType to AudioCodes' {@code type} value. */
    static final Map<KeyType, String> TYPES = types();

    private static final Logger LOG = LoggerFactory.getLogger(AudioCodesKeys.class);
    private static final String PREFIX = "personal_settings/functional_key/";

    private final Mac mac;
    private final Optional<ModelInfo> model;
    private final AudioCodesCfgWriter cfg;

    /**
     * @param mac the device, for the log
     * @param model its row in the model table, if known
     * @param cfg where to write
     */
    AudioCodesKeys(Mac mac, Optional<ModelInfo> model, AudioCodesCfgWriter cfg) {
        this.mac = mac;
        this.model = model;
        this.cfg = cfg;
    }

    /** @return the key types written and {@link #LABEL_LENGTH}; a new object each time */
    static KeyRules rules() {
        return new KeyRules(TYPES.keySet(), LABEL_LENGTH);
    }

    private static Map<KeyType, String> types() {
        Map<KeyType, String> types = new EnumMap<>(KeyType.class);
        types.put(KeyType.SPEED_DIAL, "SPEED_DIAL");
        types.put(KeyType.BLF, "SPEED_DIAL_BLF");
        return Collections.unmodifiableMap(types);
    }

    /** @param keys the layout, by position */
    void write(List<LineKey> keys) {
        if (keys.isEmpty()) {
            return;
        }
        if (model.isEmpty()) {
            LOG.warn("Device {}: its model is not in the AudioCodes model table, so where its"
                    + " keys go is unknown; {} key(s) left out", mac, keys.size());
            return;
        }
        keys.forEach(key -> write(key, model.get()));
    }

    private void write(LineKey key, ModelInfo phone) {
        String type = TYPES.get(key.type());
        if (key.type() == KeyType.EMPTY) {
            LOG.debug("Device {}: {} is empty; nothing written", mac, key.settingKey());
        } else if (key.position() > phone.lineKeys()) {
            leftOut(key, "a " + phone.displayName() + " has " + phone.lineKeys()
                    + " programmable keys and no expansion module known to OpenProv");
        } else if (type == null) {
            leftOut(key, "AudioCodes keys known to OpenProv are speed-dial and blf only");
        } else if (key.line() != 1) {
            leftOut(key, "it is bound to line " + key.line() + " and an AudioCodes key has"
                    + " no line parameter known to OpenProv; the phone would use line 1");
        } else {
            String p = PREFIX + (key.position() - 1) + "/";
            cfg.set(p + "type", type).set(p + "key_label", label(key))
                    .set(p + "speed_dial_number", key.target());
        }
    }

    private void leftOut(LineKey key, String why) {
        LOG.warn("Device {}: {} ({}) is left out: {}", mac, key.settingKey(), key.type().id(),
                why);
    }

    private String label(LineKey key) {
        String label = key.label();
        if (label.codePointCount(0, label.length()) <= LABEL_LENGTH) {
            return label;
        }
        String fitted = label.substring(0, label.offsetByCodePoints(0, LABEL_LENGTH)).strip();
        LOG.info("Device {}: the label of {} is shortened to '{}' (AudioCodes keys show {}"
                + " characters)", mac, key.settingKey(), fitted, LABEL_LENGTH);
        return fitted;
    }
}
