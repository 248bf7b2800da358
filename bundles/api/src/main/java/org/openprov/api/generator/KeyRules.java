package org.openprov.api.generator;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.openprov.api.settings.KeyType;
import org.openprov.api.settings.LineKey;

/**
 * What a vendor's keys can do: the key types its phones offer and the label its phones show.
 *
 * @param types the key types the vendor can render
 * @param labelLength the longest label its phones show in full
 */
public record KeyRules(Set<KeyType> types, int labelLength) {

    /** Copies the set. */
    public KeyRules {
        types = types.isEmpty() ? EnumSet.noneOf(KeyType.class) : EnumSet.copyOf(types);
    }

    /**
     * Checks a layout against a model: every key within the phone's keys and the keys of the
     * expansion modules it accepts, of a type the vendor offers, bound to a line it has.
     *
     * @param keys the layout
     * @param vendorName the vendor as people write it, for messages
     * @param model the model
     * @return one message per key that does not fit, naming the key and the limit
     */
    public List<String> problems(List<LineKey> keys, String vendorName, ModelInfo model) {
        int capacity = model.lineKeys() + model.expansionModules() * model.keysPerModule();
        List<String> problems = new ArrayList<>();
        for (LineKey key : keys) {
            if (key.type() == KeyType.EMPTY) {
                continue;
            }
            if (key.position() > capacity) {
                problems.add(key.settingKey() + " does not fit the " + vendorName + " "
                        + model.displayName() + ": it has " + model.lineKeys() + " keys"
                        + modules(model) + ", " + capacity + " in all");
            } else if (!types.contains(key.type())) {
                problems.add(key.settingKey() + " is of type " + key.type().id() + ", which "
                        + vendorName + " phones cannot do");
            } else if (key.line() > model.lines()) {
                problems.add(key.settingKey() + " is bound to line " + key.line() + "; the "
                        + vendorName + " " + model.displayName() + " has " + model.lines()
                        + " line(s)");
            }
        }
        return problems;
    }

    private static String modules(ModelInfo model) {
        if (model.expansionModules() == 0) {
            return " and takes no expansion module";
        }
        return " and takes up to " + model.expansionModules() + " expansion module(s) of "
                + model.keysPerModule() + " keys";
    }
}
