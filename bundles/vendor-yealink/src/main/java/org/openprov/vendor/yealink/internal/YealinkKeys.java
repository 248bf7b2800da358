package org.openprov.vendor.yealink.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openprov.api.generator.ModelInfo;
import org.openprov.api.registry.Mac;
import org.openprov.api.settings.KeyType;
import org.openprov.api.settings.LineKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a device's line keys (Administrator's Guide, "DSS Keys"). Positions up to the model's
 * {@link ModelInfo#lineKeys()} are the phone's own keys, {@code linekey.N.*}; the following
 * ones spill onto its expansion modules, {@code expansion_module.M.key.K.*}, module by module.
 *
 * <p>Each key gets {@code .type}, {@code .line}, {@code .value} and {@code .label}. The line is
 * always written: the guide numbers {@code linekey.X.line} from 1 ("1-Line 1 ... 16-Line 16"),
 * as OpenProv numbers lines, so a key for line 2 is written {@code line = 2}. (The older
 * T32G and T38G counted from 0; neither is in the model table.)
 *
 * <p>A key that cannot be written is left out with a warning naming the device and the key:
 * one beyond the model's keys and modules, one of a type without a Yealink code, one bound to a
 * line the model does not have, and every key of a model not in the table. A label is fitted
 * by {@link YealinkLabels}, each change logged. Positions the layout does not name are not
 * written, so the phone keeps what it has there (from the factory: line keys).
 *
 * <p>Known shortcoming: a key without target or label gets an empty {@code .value} or
 * {@code .label}. No copy of the guide at hand says whether the phone then clears an earlier
 * value or keeps it (other provisioning servers write {@code %NULL%} to clear); if it keeps it,
 * a label from an earlier layout can stay until a raw setting clears it.
 */
final class YealinkKeys {

    private static final Logger LOG = LoggerFactory.getLogger(YealinkKeys.class);

    private final Mac mac;
    private final Optional<ModelInfo> model;
    private final Map<KeyType, Integer> codes;
    private final int labelLength;
    private final YealinkCfgWriter cfg;

    /**
     * @param mac the device, for the log
     * @param model its row in the model table, if known
     * @param codes the type codes, normally {@link YealinkKeyTypes#CODES}
     * @param labelLength the longest label written unchanged
     * @param cfg where to write
     */
    YealinkKeys(Mac mac, Optional<ModelInfo> model, Map<KeyType, Integer> codes,
            int labelLength, YealinkCfgWriter cfg) {
        this.mac = mac;
        this.model = model;
        this.codes = Map.copyOf(codes);
        this.labelLength = labelLength;
        this.cfg = cfg;
    }

    /** @param keys the layout, by position */
    void write(List<LineKey> keys) {
        if (keys.isEmpty()) {
            return;
        }
        if (model.isEmpty()) {
            LOG.warn("Device {}: its model is not in the Yealink model table, so where its keys"
                    + " go is unknown; {} key(s) left out", mac, keys.size());
            return;
        }
        cfg.blank();
        keys.forEach(key -> write(key, model.get()));
    }

    private void write(LineKey key, ModelInfo phone) {
        Optional<String> prefix = prefix(key.position(), phone);
        Integer code = codes.get(key.type());
        if (prefix.isEmpty()) {
            beyondCapacity(key, phone);
        } else if (code == null) {
            leftOut(key, "Yealink phones have no " + key.type().id() + " key");
        } else if (key.line() > phone.lines()) {
            leftOut(key, "it is bound to line " + key.line() + " and a " + phone.displayName()
                    + " has " + phone.lines() + " line(s)");
        } else {
            String p = prefix.get();
            cfg.set(p + ".type", code).set(p + ".line", key.line())
                    .set(p + ".value", key.target()).set(p + ".label", label(key));
        }
    }

    /**
     * @param position a key position, from 1
     * @param phone the model
     * @return the parameter prefix of that position, or empty beyond the model's capacity
     */
    static Optional<String> prefix(int position, ModelInfo phone) {
        if (position <= phone.lineKeys()) {
            return Optional.of("linekey." + position);
        }
        int spill = position - phone.lineKeys() - 1;
        int perModule = phone.keysPerModule();
        if (perModule <= 0 || spill >= phone.expansionModules() * perModule) {
            return Optional.empty();
        }
        return Optional.of("expansion_module." + (spill / perModule + 1) + ".key."
                + (spill % perModule + 1));
    }

    private void beyondCapacity(LineKey key, ModelInfo phone) {
        int capacity = phone.lineKeys() + phone.expansionModules() * phone.keysPerModule();
        if (key.type() == KeyType.EMPTY) {
            LOG.debug("Device {}: empty {} is beyond the {} keys of a {}; nothing to write",
                    mac, key.settingKey(), capacity, phone.displayName());
            return;
        }
        leftOut(key, "a " + phone.displayName() + " with its expansion modules has "
                + capacity + " keys");
    }

    private void leftOut(LineKey key, String why) {
        LOG.warn("Device {}: {} ({}) is left out: {}", mac, key.settingKey(), key.type().id(),
                why);
    }

    private String label(LineKey key) {
        String label = key.label();
        String fitted = YealinkLabels.fit(label, labelLength);
        if (!fitted.equals(label)) {
            String what = YealinkLabels.showable(label) ? "shortened"
                    : "stripped of characters Yealink phones cannot show";
            LOG.info("Device {}: the label of {} is {} to '{}' (Yealink phones show {}"
                    + " characters)", mac, key.settingKey(), what, fitted, labelLength);
        }
        return fitted;
    }
}
