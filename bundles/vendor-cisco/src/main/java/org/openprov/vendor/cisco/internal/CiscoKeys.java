package org.openprov.vendor.cisco.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.openprov.api.generator.ModelInfo;
import org.openprov.api.registry.Mac;
import org.openprov.api.registry.SipLine;
import org.openprov.api.settings.KeyType;
import org.openprov.api.settings.LineKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a device's line keys. Positions up to the model's {@link ModelInfo#lineKeys()} are
 * the phone's own keys, {@code Extension_n_}, {@code Short_Name_n_} and
 * {@code Extended_Function_n_}; the following ones spill onto its expansion modules, module by
 * module, one element per key ({@code Unit_u_Key_k} on SPA, {@code Unit_u_Key_k_} on MPP),
 * which holds the extended function alone (MPP administration guide, "Key Expansion Module").
 *
 * <p>Each key is bound to its line explicitly: a line key names its extension; an extended
 * function addresses its target at the bound line's server and port ({@code sub=1002@host:port}
 * instead of {@code $PROXY}, as the guides allow: "Replace $PROXY with the server address or
 * name") and, on MPP, carries {@code vid=<line>}, "the line index of the phone". The SPA
 * guides document no line selector, so on SPA the server is the only binding.
 *
 * <p>A key that cannot be written is left out with a warning naming the device and the key:
 * beyond the phone's keys and modules, of a type the family does not take, bound to a line the
 * model lacks or the device does not use, or a line key on a module. Labels are fitted by
 * {@link CiscoLabels}, each change logged. Positions the layout does not name are not written,
 * so the phone keeps what it has there. On MPP, {@code Number_of_Units} is set to the modules
 * the layout uses, since its factory value 0 leaves modules dark on older releases.
 */
final class CiscoKeys {

    private static final Logger LOG = LoggerFactory.getLogger(CiscoKeys.class);

    private final Mac mac;
    private final ModelInfo model;
    private final CiscoFamily family;
    private final Map<Integer, SipLine> lines;
    private final FlatProfile profile;
    private final Set<KeyType> types;
    private int units;

    /**
     * @param mac the device, for the log
     * @param model its row in the model table
     * @param family its family
     * @param lines the lines written in the file
     * @param profile where to write
     */
    CiscoKeys(Mac mac, ModelInfo model, CiscoFamily family, List<SipLine> lines,
            FlatProfile profile) {
        this.mac = mac;
        this.model = model;
        this.family = family;
        this.lines = lines.stream().collect(Collectors.toMap(SipLine::number,
                Function.identity()));
        this.profile = profile;
        this.types = CiscoKeyTypes.types(family);
    }

    /** @param keys the layout, by position */
    void write(List<LineKey> keys) {
        if (keys.isEmpty()) {
            return;
        }
        profile.blank();
        keys.forEach(this::write);
        if (units > 0 && family == CiscoFamily.MPP) {
            profile.set("Number_of_Units", units);
        }
    }

    private void write(LineKey key) {
        Optional<int[]> unit = unit(key.position(), model);
        boolean onPhone = key.position() <= model.lineKeys();
        if (!onPhone && unit.isEmpty()) {
            beyondCapacity(key);
        } else if (!types.contains(key.type())) {
            leftOut(key, "Cisco " + family.name() + " phones have no "
                    + key.type().id() + " key");
        } else if (key.type() != KeyType.EMPTY && key.line() > model.lines()) {
            leftOut(key, "it is bound to line " + key.line() + " and a " + model.displayName()
                    + " has " + model.lines() + " line(s)");
        } else if (key.type() != KeyType.EMPTY && !lines.containsKey(key.line())) {
            leftOut(key, "it is bound to line " + key.line() + ", which this device does not"
                    + " use");
        } else if (onPhone) {
            writePhoneKey(key);
        } else if (key.type() == KeyType.LINE) {
            leftOut(key, "expansion module keys take functions, not lines");
        } else {
            writeModuleKey(key, unit.get());
        }
    }

    private void writePhoneKey(LineKey key) {
        String n = key.position() + "_";
        if (key.type() == KeyType.LINE) {
            String label = key.label().isEmpty() ? lines.get(key.line()).label() : key.label();
            profile.set("Extension_" + n, key.line()).set("Short_Name_" + n, fit(key, label))
                    .set("Extended_Function_" + n, "");
            return;
        }
        String label = fit(key, key.label());
        profile.set("Extension_" + n, "Disabled").set("Short_Name_" + n, label)
                .set("Extended_Function_" + n, function(key, label));
    }

    private void writeModuleKey(LineKey key, int[] unit) {
        units = Math.max(units, unit[0]);
        profile.set(family.unitKey(unit[0], unit[1]), function(key, fit(key, key.label())));
    }

    /**
     * @param key a key other than a line key
     * @param label its fitted label
     * @return its extended function, empty for an empty key
     */
    String function(LineKey key, String label) {
        if (key.type() == KeyType.EMPTY) {
            return "";
        }
        StringBuilder fnc = new StringBuilder("fnc=")
                .append(CiscoKeyTypes.FUNCTIONS.get(key.type()));
        switch (key.type()) {
            case BLF, PICKUP -> fnc.append(";sub=").append(address(key, key.target()));
            case SPEED_DIAL -> fnc.append(";ext=").append(address(key, key.target()));
            case CALL_PARK -> fnc.append(";sub=").append(address(key,
                    key.target().isEmpty() ? "$USER" : key.target()));
            case URL -> fnc.append(";url=").append(key.target());
            default -> {
                // DND takes no target.
            }
        }
        if (family == CiscoFamily.MPP) {
            fnc.append(";vid=").append(key.line());
        }
        if (!label.isEmpty()) {
            fnc.append(";nme=").append(label);
        }
        return fnc.toString();
    }

    /** A target that names no host is reached at the bound line's server and port. */
    private String address(LineKey key, String target) {
        if (target.indexOf('@') >= 0) {
            return target;
        }
        SipLine line = lines.get(key.line());
        return target + "@" + line.server() + ":" + line.port();
    }

    /**
     * @param position a key position, from 1
     * @param model the model
     * @return the module and the key on it, from 1, of a position beyond the phone's keys;
     *         empty for a phone key or beyond the model's capacity
     */
    static Optional<int[]> unit(int position, ModelInfo model) {
        int spill = position - model.lineKeys() - 1;
        int perModule = model.keysPerModule();
        if (spill < 0 || perModule <= 0 || spill >= model.expansionModules() * perModule) {
            return Optional.empty();
        }
        return Optional.of(new int[] {spill / perModule + 1, spill % perModule + 1});
    }

    private void beyondCapacity(LineKey key) {
        int capacity = model.lineKeys() + model.expansionModules() * model.keysPerModule();
        if (key.type() == KeyType.EMPTY) {
            LOG.debug("Device {}: empty {} is beyond the {} keys of a {}; nothing to write",
                    mac, key.settingKey(), capacity, model.displayName());
            return;
        }
        leftOut(key, "a " + model.displayName() + " with its expansion modules has "
                + capacity + " keys");
    }

    private void leftOut(LineKey key, String why) {
        LOG.warn("Device {}: {} ({}) is left out: {}", mac, key.settingKey(), key.type().id(),
                why);
    }

    private String fit(LineKey key, String label) {
        String fitted = CiscoLabels.fit(label, CiscoKeyTypes.LABEL_LENGTH);
        if (!fitted.equals(label)) {
            String what = CiscoLabels.clean(label) ? "shortened"
                    : "stripped of characters Cisco phones cannot show or hold";
            LOG.info("Device {}: the label of {} is {} to '{}' (Cisco phones show {}"
                    + " characters)", mac, key.settingKey(), what, fitted,
                    CiscoKeyTypes.LABEL_LENGTH);
        }
        return fitted;
    }
}
