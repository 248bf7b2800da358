package org.openprov.vendor.grandstream.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.openprov.api.generator.KeyRules;
import org.openprov.api.generator.ModelInfo;
import org.openprov.api.registry.Mac;
import org.openprov.api.settings.KeyType;
import org.openprov.api.settings.LineKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a device's line keys. The key at each position is found by the model's
 * {@link KeyLayout}; it gets its four parameters ({@link KeySlot}): the key mode of its type,
 * the account (0 for line 1: the templates number accounts "0 - Account 1, 1 - Account 2"), the
 * label as description, and the target as value. The account is written for every key, so a
 * key for line 2 never falls back to account 1.
 *
 * <p>A key that cannot be written is left out with a warning naming the device and the key: one
 * beyond the phone's keys and modules, one of a type its kind of key has no mode for (a BLF on a
 * GXP16xx line key, a line on a dynamic VPK), one bound to a line the model does not have or the
 * device does not register, and every key of a model without a key layout. Positions the layout
 * does not name are not written, so the phone keeps what it has there, except dynamic VPKs
 * between written ones (see {@link #fillDynamicVpks}).
 *
 * <p>Labels are cut to {@value #LABEL_LENGTH} characters, each change logged. Known
 * shortcoming: the templates bound the description parameter (32 characters for a VPK, 128 for
 * an MPK) but say nothing of how much a key's display shows; 10 is an estimate for the
 * narrowest VPK labels of a GXP21xx in its default (short) label mode. Change it here once a
 * measured figure is known.
 */
final class GrandstreamKeys {

    /** The longest label written unchanged (an estimate; see the class comment). */
    static final int LABEL_LENGTH = 10;

    /** Every type some kind of Grandstream key has a mode for. */
    static final Set<KeyType> TYPES = EnumSet.of(KeyType.LINE, KeyType.BLF, KeyType.SPEED_DIAL,
            KeyType.CALL_PARK, KeyType.VOICEMAIL, KeyType.TRANSFER, KeyType.INTERCOM,
            KeyType.EMPTY);

    /** Key mode None of a VPK. */
    static final int NONE = -1;

    private static final Logger LOG = LoggerFactory.getLogger(GrandstreamKeys.class);

    private final Mac mac;
    private final Optional<ModelInfo> model;
    private final Optional<KeyLayout> layout;
    private final Set<Integer> lines;
    private final PValueFile file;

    /**
     * @param mac the device, for the log
     * @param model its row in the model table, if known
     * @param layout its key layout, if known
     * @param lines the numbers of the lines the file registers
     * @param file where to write
     */
    GrandstreamKeys(Mac mac, Optional<ModelInfo> model, Optional<KeyLayout> layout,
            Set<Integer> lines, PValueFile file) {
        this.mac = mac;
        this.model = model;
        this.layout = layout;
        this.lines = Set.copyOf(lines);
        this.file = file;
    }

    /** @return the types and label length the console checks layouts against */
    static KeyRules rules() {
        return new KeyRules(TYPES, LABEL_LENGTH);
    }

    /** @param keys the layout, by position */
    void write(List<LineKey> keys) {
        if (keys.isEmpty()) {
            return;
        }
        if (model.isEmpty() || layout.isEmpty()) {
            LOG.warn("Device {}: OpenProv knows no key layout for its model, so where its keys"
                    + " go is unknown; {} key(s) left out", mac, keys.size());
            return;
        }
        file.comment("keys");
        keys.forEach(key -> write(key, model.get(), layout.get()));
        fillDynamicVpks(layout.get());
    }

    /**
     * The GXP17xx template warns that dynamic VPKs must be written in sequence: "Even if a
     * Dynamic VPK has mode set to None, it should be added in sequence. Skipping one will remove
     * everything after that VPK." So every dynamic VPK before the last one written, from the
     * first, is written too: those the layout leaves out as None (-1). The GXP21xx template
     * has the same fixed and dynamic VPKs, and is assumed to need the same.
     */
    private void fillDynamicVpks(KeyLayout keys) {
        int last = keys.line();
        for (int n = keys.line() + 1; n <= keys.line() + keys.vpk(); n++) {
            if (file.contains(KeySlot.vpk(n, KeySlot.Kind.DYNAMIC_VPK).mode())) {
                last = n;
            }
        }
        for (int n = keys.line() + 1; n < last; n++) {
            KeySlot slot = KeySlot.vpk(n, KeySlot.Kind.DYNAMIC_VPK);
            if (!file.contains(slot.mode())) {
                file.set(slot.mode(), NONE).set(slot.account(), 0).set(slot.description(), "")
                        .set(slot.value(), "");
            }
        }
    }

    private void write(LineKey key, ModelInfo phone, KeyLayout keys) {
        Optional<KeySlot> slot = keys.slot(key.position(), phone);
        if (slot.isEmpty()) {
            leftOut(key, "a " + phone.displayName() + " has " + keys.phoneKeys() + " keys"
                    + modules(phone));
            return;
        }
        Integer mode = slot.get().kind().modes().get(key.type());
        if (mode == null) {
            leftOut(key, "it lands on " + slot.get().name() + ", which has no "
                    + key.type().id() + " mode");
        } else if (key.line() > phone.lines()) {
            leftOut(key, "it is bound to line " + key.line() + " and a " + phone.displayName()
                    + " has " + phone.lines() + " line(s)");
        } else if (key.type() != KeyType.EMPTY && !lines.contains(key.line())) {
            leftOut(key, "it is bound to line " + key.line() + ", which this device does not"
                    + " register");
        } else {
            KeySlot s = slot.get();
            file.set(s.mode(), mode).set(s.account(), key.line() - 1)
                    .set(s.description(), label(key)).set(s.value(), key.target());
        }
    }

    /**
     * @param key a key
     * @return its label cut to {@link #LABEL_LENGTH} characters (code points, not UTF-16
     *         units), with the change logged
     */
    private String label(LineKey key) {
        String label = key.label();
        if (label.codePointCount(0, label.length()) <= LABEL_LENGTH) {
            return label;
        }
        String fitted = label.substring(0, label.offsetByCodePoints(0, LABEL_LENGTH)).strip();
        LOG.info("Device {}: the label of {} is shortened from '{}' to '{}'; Grandstream keys"
                + " show about {} characters", mac, key.settingKey(), label, fitted,
                LABEL_LENGTH);
        return fitted;
    }

    private void leftOut(LineKey key, String why) {
        LOG.warn("Device {}: {} ({}) is left out: {}", mac, key.settingKey(), key.type().id(),
                why);
    }

    private static String modules(ModelInfo phone) {
        if (phone.expansionModules() == 0) {
            return " and takes no expansion module";
        }
        return " and up to " + phone.expansionModules() + " expansion module(s) of "
                + phone.keysPerModule() + " keys";
    }
}
