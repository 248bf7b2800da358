package org.openprov.vendor.polycom.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.openprov.api.generator.ModelInfo;
import org.openprov.api.settings.KeyType;
import org.openprov.api.settings.LineKey;

/**
 * Maps a device's neutral key layout onto Poly's flexible line keys (Polycom VVX Expansion
 * Module Administrator's Guide Addendum, UC Software 4.1.6, "Line Key Parameters"):
 * {@code lineKey.reassignment.enabled=1}, then for key position x
 * {@code lineKey.x.category} and {@code lineKey.x.index}. Position x counts the phone's own
 * keys and then those of its expansion modules, as the neutral layout does ("VVX 600 + 3 LCD
 * EMs = 16 + 252 = 268"), so a layout that spills past the phone's keys lands on its modules.
 *
 * <ul>
 * <li>{@link KeyType#LINE}: category {@code Line}, index the registration; the phone labels the
 * key with {@code reg.x.label}, so a key's own label is not shown (noted). The count of line
 * keys of each line is also written as {@code reg.x.lineKeys}.</li>
 * <li>{@link KeyType#BLF}: category {@code BLF}, index 0, which the guide requires: the phone
 * hands BLF keys the entries of {@code attendant.resourceList.n.*} in order, so the n-th BLF key
 * of the layout gets entry n. Poly subscribes for every entry from one registration,
 * {@code attendant.reg}; the line of the first BLF key sets it, and a BLF key bound to another
 * line is left out.</li>
 * <li>{@link KeyType#SPEED_DIAL}: an enhanced feature key on a line key: category {@code EFK}
 * with {@code feature.EFKLineKey.enabled}, which later UC Software adds to the categories of
 * the 4.1.6 addendum, and a macro {@code efk.efklist.n.*} that dials the target
 * ({@code <target>$Tinvite$}, UC Software 5.8 Administrator Guide, "Macro Actions"). The
 * target's characters (letters, digits, {@code * # + . , _ @ : -}) hold none of the macro
 * language's {@code $ ! ^}. The category {@code SpeedDial} is not used: its index points into
 * the phone's contact directory, a file OpenProv does not serve. A macro names no line: the
 * phone places it as any new call, on its first registration while that line is free, so only
 * speed dials bound to line 1 are written.</li>
 * <li>{@link KeyType#EMPTY}: category {@code Unassigned}.</li>
 * </ul>
 *
 * <p>Every other type, keys past the phone's capacity (its keys plus those of the modules the
 * model table allows) and keys bound to a line the device does not have are left out with a
 * warning naming the device and the key.
 *
 * <p>Known shortcoming: with two or three modules attached, Poly's Smart Paging spreads the
 * modules' pages across them (pages 1, 3 and 4 on the first of two modules; VVX user guide,
 * "Smart Paging"). The documents at hand say neither whether key positions then follow the
 * pages or the modules, nor which parameter selects Alternate Paging, so on such a phone a
 * module key may show on another module than its neutral position names.
 */
final class PolycomKeys {

    /** The key types this generator writes. */
    static final Set<KeyType> TYPES = EnumSet.of(KeyType.LINE, KeyType.BLF, KeyType.SPEED_DIAL);
    /**
     * The longest label written. No Poly document at hand gives a limit; this is an estimate
     * of what the label area of a VVX 250 or 450 line key shows before the phone elides.
     */
    static final int LABEL_LENGTH = 12;
    /** The registration an enhanced feature key dials on. */
    static final int SPEED_DIAL_LINE = 1;

    /** One line key as written. */
    private record Slot(int position, String category, int index) {
    }

    private final String device;
    private final RenderNotes notes;
    private final int capacity;
    private final String model;
    private final Set<Integer> lines;
    private final List<Slot> slots = new ArrayList<>();
    private final Map<Integer, Integer> perLine = new TreeMap<>();
    private final List<LineKey> blf = new ArrayList<>();
    private final List<LineKey> speedDials = new ArrayList<>();
    private int blfLine;
    private int blfFirst;

    private PolycomKeys(String device, RenderNotes notes, Optional<ModelInfo> model,
            Set<Integer> lines) {
        this.device = device;
        this.notes = notes;
        this.lines = lines;
        this.capacity = model.map(m -> m.lineKeys() + m.expansionModules() * m.keysPerModule())
                .orElse(0);
        this.model = model.map(PolycomKeys::describe).orElse("a model missing from the model"
                + " table");
    }

    /**
     * @param keys the layout, by position
     * @param model the device's row in the model table, if known
     * @param lines the numbers of the lines the file registers
     * @param device the device as notes name it, e.g. {@code Device 0004f2a1b2c3}
     * @param notes where changes and omissions are reported
     * @return the keys to write
     */
    static PolycomKeys plan(List<LineKey> keys, Optional<ModelInfo> model, Set<Integer> lines,
            String device, RenderNotes notes) {
        PolycomKeys plan = new PolycomKeys(device, notes, model, lines);
        keys.forEach(plan::place);
        plan.checkLines();
        return plan;
    }

    /**
     * @param line a line number
     * @return how many line keys show it; 0 if the layout is empty or gives it none
     */
    int lineKeys(int line) {
        return perLine.getOrDefault(line, 0);
    }

    /** @param cfg where to write the keys; nothing is written for an empty layout */
    void write(PolycomXmlWriter cfg) {
        if (slots.isEmpty()) {
            return;
        }
        cfg.set("lineKey.reassignment.enabled", 1);
        for (Slot slot : slots) {
            String prefix = "lineKey." + slot.position() + ".";
            cfg.set(prefix + "category", slot.category());
            if (slot.index() >= 0) {
                cfg.set(prefix + "index", slot.index());
            }
        }
        writeBlf(cfg);
        writeSpeedDials(cfg);
    }

    private void place(LineKey key) {
        if (key.type() == KeyType.EMPTY) {
            if (key.position() <= capacity) {
                slots.add(new Slot(key.position(), "Unassigned", -1));
            }
        } else if (key.position() > capacity) {
            leftOut(key, "it is beyond the " + capacity + " keys of " + model);
        } else if (!TYPES.contains(key.type())) {
            leftOut(key, "Poly phones get no " + key.type().id() + " keys from OpenProv");
        } else if (!lines.contains(key.line())) {
            leftOut(key, "it is bound to line " + key.line() + ", which this device does not"
                    + " register");
        } else {
            placeSupported(key);
        }
    }

    private void placeSupported(LineKey key) {
        switch (key.type()) {
            case LINE -> placeLine(key);
            case BLF -> placeBlf(key);
            default -> placeSpeedDial(key);
        }
    }

    private void placeLine(LineKey key) {
        if (!key.label().isEmpty()) {
            notes.info(device + ": the label of " + key.settingKey() + " is not shown; Poly"
                    + " labels a line key with its line's label (reg." + key.line() + ".label)");
        }
        perLine.merge(key.line(), 1, Integer::sum);
        slots.add(new Slot(key.position(), "Line", key.line()));
    }

    private void placeBlf(LineKey key) {
        if (blf.isEmpty()) {
            blfLine = key.line();
            blfFirst = key.position();
        } else if (key.line() != blfLine) {
            leftOut(key, "it is bound to line " + key.line() + ", but Poly watches every BLF"
                    + " key from one line (attendant.reg), line " + blfLine + " of key."
                    + blfFirst);
            return;
        }
        blf.add(key);
        slots.add(new Slot(key.position(), "BLF", 0));
    }

    private void placeSpeedDial(LineKey key) {
        if (key.line() != SPEED_DIAL_LINE) {
            leftOut(key, "it is bound to line " + key.line() + ", but a Poly speed dial"
                    + " (enhanced feature key) dials on line " + SPEED_DIAL_LINE + " only");
            return;
        }
        speedDials.add(key);
        slots.add(new Slot(key.position(), "EFK", speedDials.size()));
    }

    private void checkLines() {
        if (slots.isEmpty()) {
            return;
        }
        lines.stream().filter(line -> !perLine.containsKey(line)).forEach(line -> notes.warn(
                device + ": line " + line + " has no line key in the layout; the phone shows it"
                + " on no key"));
    }

    private void writeBlf(PolycomXmlWriter cfg) {
        if (blf.isEmpty()) {
            return;
        }
        cfg.set("attendant.reg", blfLine);
        for (int i = 0; i < blf.size(); i++) {
            LineKey key = blf.get(i);
            String prefix = "attendant.resourceList." + (i + 1) + ".";
            cfg.set(prefix + "address", key.target());
            if (!key.label().isEmpty()) {
                cfg.set(prefix + "label", fit(key, key.label()));
            }
            cfg.set(prefix + "type", "normal");
        }
    }

    private void writeSpeedDials(PolycomXmlWriter cfg) {
        if (speedDials.isEmpty()) {
            return;
        }
        // efk.version 2 is the one UC Software reads; without it the keys are disabled.
        cfg.set("feature.enhancedFeatureKeys.enabled", 1).set("feature.EFKLineKey.enabled", 1)
                .set("efk.version", 2);
        for (int i = 0; i < speedDials.size(); i++) {
            LineKey key = speedDials.get(i);
            String prefix = "efk.efklist." + (i + 1) + ".";
            String label = key.label().isEmpty() ? key.target() : key.label();
            cfg.set(prefix + "mname", "speeddial" + (i + 1)).set(prefix + "status", 1)
                    .set(prefix + "action.string", key.target() + "$Tinvite$")
                    .set(prefix + "label", fit(key, label));
        }
    }

    /**
     * @param key the key the label belongs to
     * @param label its label
     * @return the label, cut to {@link #LABEL_LENGTH} characters (not UTF-16 units), noted
     */
    private String fit(LineKey key, String label) {
        if (label.codePointCount(0, label.length()) <= LABEL_LENGTH) {
            return label;
        }
        String fitted = label.substring(0, label.offsetByCodePoints(0, LABEL_LENGTH)).strip();
        notes.info(device + ": the label of " + key.settingKey() + " is shortened from '"
                + label + "' to '" + fitted + "'; Poly phones show " + LABEL_LENGTH
                + " characters");
        return fitted;
    }

    private void leftOut(LineKey key, String why) {
        notes.warn(device + ": " + key.settingKey() + " (" + key.type().id() + ") is left out: "
                + why);
    }

    private static String describe(ModelInfo model) {
        String modules = model.expansionModules() == 0 ? ""
                : " and " + model.expansionModules() + " expansion module(s) of "
                        + model.keysPerModule();
        return "a " + model.displayName() + " (" + model.lineKeys() + " keys" + modules + ")";
    }
}
