package org.openprov.vendor.mitel.internal;

import java.util.List;
import java.util.Optional;
import org.openprov.api.generator.ModelInfo;
import org.openprov.api.settings.KeyType;
import org.openprov.api.settings.LineKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a device's keys. Positions count the phone's key groups first, then its expansion
 * modules (see {@link MitelKeyLayout}); each key gets {@code <key> type}, {@code value},
 * {@code label} and {@code line}, the line always written, numbered from 1 as OpenProv numbers
 * lines ({@code softkey1 line: 2} binds the key to {@code sip line2}).
 *
 * <p>A key that cannot be written is left out with a warning naming the device and the key:
 * one beyond the model's keys and modules, one of a type Mitel phones lack (see
 * {@link MitelKeyTypes}), one bound to a line the model does not have, a BLF key on the
 * bottom softkeys of a 68xxi phone (which "doesn't support the blf type on softkey", as
 * Wazo's Aastra plug-in found), and every key of a model not in the table. A label is fitted
 * by {@link MitelLabels}, each change logged. Positions the layout does not name are not
 * written, so the phone keeps what it has there.
 */
final class MitelKeys {

    private static final Logger LOG = LoggerFactory.getLogger(MitelKeys.class);
    private static final String BOTTOM_SOFTKEYS = "softkey";
    private static final String FAMILY_6800 = "68xxi";

    private final String owner;
    private final Optional<ModelInfo> model;
    private final MitelKeyLayout layout;
    private final MitelCfgWriter cfg;

    /**
     * @param owner the device, for the log
     * @param model its row in the model table, if known
     * @param layout the key groups of each model
     * @param cfg where to write
     */
    MitelKeys(String owner, Optional<ModelInfo> model, MitelKeyLayout layout,
            MitelCfgWriter cfg) {
        this.owner = owner;
        this.model = model;
        this.layout = layout;
        this.cfg = cfg;
    }

    /** @param keys the layout, by position */
    void write(List<LineKey> keys) {
        if (keys.isEmpty()) {
            return;
        }
        if (model.isEmpty()) {
            LOG.warn("{}: its model is not in the Mitel model table, so where its keys go is"
                    + " unknown; {} key(s) left out", owner, keys.size());
            return;
        }
        cfg.blank();
        keys.forEach(key -> write(key, model.get()));
    }

    private void write(LineKey key, ModelInfo phone) {
        Optional<MitelKeyLayout.Slot> slot = layout.slot(key.position(), phone);
        String type = MitelKeyTypes.TYPES.get(key.type());
        if (slot.isEmpty()) {
            beyondCapacity(key, phone);
        } else if (type == null) {
            leftOut(key, "Mitel phones have no " + key.type().id() + " key OpenProv can set");
        } else if (key.line() > phone.lines()) {
            leftOut(key, "it is bound to line " + key.line() + " and a " + phone.displayName()
                    + " has " + phone.lines() + " line(s)");
        } else if (blfOnBottomSoftkey(key, slot.get(), phone)) {
            leftOut(key, "it lands on " + slot.get().prefix() + ", and the bottom softkeys"
                    + " of 6800 phones take no BLF");
        } else {
            writeKey(key, slot.get().prefix(), type);
        }
    }

    private void writeKey(LineKey key, String prefix, String type) {
        String written = key.type() == KeyType.TRANSFER && !key.target().isEmpty()
                ? MitelKeyTypes.TRANSFER_TO : type;
        String value = key.target();
        if (key.type() == KeyType.CALL_FORWARD && !value.isEmpty()) {
            LOG.info("{}: {} (call-forward): its target {} is not written; a Mitel call"
                    + " forward key opens the phone's forwarding settings", owner,
                    key.settingKey(), value);
            value = "";
        }
        cfg.set(prefix + " type", written).set(prefix + " value", value)
                .set(prefix + " label", label(key)).set(prefix + " line", key.line());
    }

    private boolean blfOnBottomSoftkey(LineKey key, MitelKeyLayout.Slot slot,
            ModelInfo phone) {
        return key.type() == KeyType.BLF && BOTTOM_SOFTKEYS.equals(slot.group())
                && FAMILY_6800.equals(phone.family());
    }

    private void beyondCapacity(LineKey key, ModelInfo phone) {
        int capacity = phone.lineKeys() + phone.expansionModules() * phone.keysPerModule();
        if (key.type() == KeyType.EMPTY) {
            LOG.debug("{}: empty {} is beyond the {} keys of a {}; nothing to write", owner,
                    key.settingKey(), capacity, phone.displayName());
            return;
        }
        leftOut(key, "a " + phone.displayName() + " with its expansion modules has "
                + capacity + " keys");
    }

    private void leftOut(LineKey key, String why) {
        LOG.warn("{}: {} ({}) is left out: {}", owner, key.settingKey(), key.type().id(), why);
    }

    private String label(LineKey key) {
        String label = key.label();
        String fitted = MitelLabels.fit(label, MitelKeyTypes.LABEL_LENGTH);
        if (!fitted.equals(label)) {
            String what = MitelLabels.showable(label) ? "shortened"
                    : "stripped of characters Mitel phones cannot show";
            LOG.info("{}: the label of {} is {} to '{}' (Mitel phones show {} characters)",
                    owner, key.settingKey(), what, fitted, MitelKeyTypes.LABEL_LENGTH);
        }
        return fitted;
    }
}
