package org.openprov.vendor.fanvil.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.openprov.api.generator.ModelInfo;
import org.openprov.api.registry.SipLine;
import org.openprov.api.settings.KeyType;
import org.openprov.api.settings.LineKey;

/**
 * Writes a device's neutral key layout as Fanvil DSS keys: for each key,
 * {@code Fkeyn Type}, {@code Fkeyn Value} and {@code Fkeyn Title} in the page subsection that
 * {@link FanvilKeyLayout} gives (the four fields of a key in the phone's export are these and
 * {@code Fkeyn ICON}, which is left to the phone).
 *
 * <p>Types: 0 none, 1 memory key, 2 line, 3 key event (the order of Fanvil's key categories:
 * memory key, line, event key, DTMF, URL, ...; the export writes {@code Type 2} with
 * {@code Value SIP1} and {@code Type 3} with {@code F_LDAPCONTACTS}). A memory key carries its
 * action in its value, {@code <number>@<line>/<action>}, as Wazo's Fanvil plug-in writes it:
 *
 * <ul>
 * <li>{@link KeyType#LINE}: type 2, value {@code SIP<line>}; titled with the key's label or,
 * without one, the line's label.</li>
 * <li>{@link KeyType#BLF}: type 1, {@code <target>@<line>/ba} (BLF; Wazo appends its pickup
 * code after {@code ba}, OpenProv has none).</li>
 * <li>{@link KeyType#SPEED_DIAL}: type 1, {@code <target>@<line>/f}.</li>
 * <li>{@link KeyType#CALL_PARK}: type 1, {@code <target>@<line>/c}; a park key without an
 * orbit is left out, Fanvil's value needs a number.</li>
 * <li>{@link KeyType#DND}: type 3, key event {@code F_DND}; do-not-disturb is the phone's, so
 * the key's line is not written.</li>
 * <li>{@link KeyType#EMPTY}: type 0 with empty value and title.</li>
 * </ul>
 *
 * <p>Every other type (intercom, pickup, voicemail, transfer, forward, conference, URL) is
 * left out with a warning: their memory-key letters or event names are not in any document at
 * hand. So are keys past the model's keys, keys of a model missing from the tables, keys
 * bound to a line the device does not register, and targets holding {@code @}, which would
 * move the line separator of the value.
 *
 * <p>Titles: Fanvil's firmware refuses some characters in key titles (Wazo strips everything
 * but letters, digits, {@code _} and spaces since its PR #286), so titles keep those only and
 * at most {@value #LABEL_LENGTH} characters; every change is logged with the device and key.
 *
 * <p>Known shortcoming: a position the layout does not name is not written, so the phone
 * keeps what it had there (its default line keys, or a key from an earlier layout). To clear
 * a key, set it to {@code empty}.
 */
final class FanvilKeys {

    /** The key types this generator writes. */
    static final Set<KeyType> TYPES = EnumSet.of(KeyType.LINE, KeyType.BLF,
            KeyType.SPEED_DIAL, KeyType.CALL_PARK, KeyType.DND, KeyType.EMPTY);
    /**
     * The longest title written. No Fanvil document at hand gives a limit; this estimates what
     * a key of an X4U/X5U screen shows before it cuts (unsure).
     */
    static final int LABEL_LENGTH = 12;
    /** {@code Fkeyn Type} of a key that does nothing. */
    static final int NONE = 0;
    /** {@code Fkeyn Type} of a memory key: BLF, speed dial, park. */
    static final int MEMORY = 1;
    /** {@code Fkeyn Type} of a line key. */
    static final int LINE = 2;
    /** {@code Fkeyn Type} of a key event such as {@code F_DND}. */
    static final int EVENT = 3;

    /** One key as written. */
    private record Written(int type, String value, String title) {
    }

    private final FanvilCfgWriter cfg;
    private final DeviceLog log;
    private final Optional<ModelInfo> model;
    private final FanvilKeyLayout.Pages pages;
    private final Map<Integer, SipLine> lines;

    /**
     * @param cfg where to write
     * @param log where changes and omissions are reported
     * @param model the device's model, if the table has it
     * @param layout the key pages of every model
     * @param lines the lines the file registers
     */
    FanvilKeys(FanvilCfgWriter cfg, DeviceLog log, Optional<ModelInfo> model,
            FanvilKeyLayout layout, List<SipLine> lines) {
        this.cfg = cfg;
        this.log = log;
        this.model = model;
        this.pages = model.map(layout::of).orElse(new FanvilKeyLayout.Pages(0, 0, 0, 0));
        this.lines = lines.stream().collect(Collectors.toMap(SipLine::number,
                Function.identity()));
    }

    /** @param keys the layout, by position */
    void write(List<LineKey> keys) {
        keys.forEach(this::place);
    }

    private void place(LineKey key) {
        Optional<FanvilKeyLayout.Slot> slot = pages.slot(key.position());
        if (slot.isEmpty()) {
            if (key.type() != KeyType.EMPTY) {
                leftOut(key, "it is beyond the " + pages.keys() + " keys of " + describe()
                        + " (OpenProv programs no Fanvil expansion module)");
            }
        } else if (!TYPES.contains(key.type())) {
            leftOut(key, "Fanvil phones get no " + key.type().id() + " keys from OpenProv");
        } else if (needsLine(key) && !lines.containsKey(key.line())) {
            leftOut(key, "it is bound to line " + key.line() + ", which this device does not"
                    + " register");
        } else {
            written(key).ifPresent(w -> write(slot.get(), w));
        }
    }

    private Optional<Written> written(LineKey key) {
        return switch (key.type()) {
            case LINE -> Optional.of(new Written(LINE, "SIP" + key.line(), title(key,
                    key.label().isEmpty() ? lines.get(key.line()).label() : key.label())));
            case BLF -> memory(key, "ba");
            case SPEED_DIAL -> memory(key, "f");
            case CALL_PARK -> memory(key, "c");
            case DND -> Optional.of(new Written(EVENT, "F_DND", title(key, key.label())));
            default -> Optional.of(new Written(NONE, "", ""));
        };
    }

    private Optional<Written> memory(LineKey key, String action) {
        if (key.target().isEmpty()) {
            leftOut(key, "a Fanvil " + key.type().id() + " key needs a number");
            return Optional.empty();
        }
        if (key.target().indexOf('@') >= 0) {
            leftOut(key, "its target '" + key.target() + "' holds '@', which separates the"
                    + " number from the line in a Fanvil memory key");
            return Optional.empty();
        }
        String value = key.target() + "@" + key.line() + "/" + action;
        return Optional.of(new Written(MEMORY, value, title(key, key.label())));
    }

    private void write(FanvilKeyLayout.Slot slot, Written key) {
        String fkey = "Fkey" + slot.index() + " ";
        cfg.set(FanvilModules.DSSKEY, slot.section(), fkey + "Type", key.type())
                .set(FanvilModules.DSSKEY, slot.section(), fkey + "Value", key.value())
                .set(FanvilModules.DSSKEY, slot.section(), fkey + "Title", key.title());
    }

    /**
     * @param key the key the title belongs to
     * @param label the title wanted
     * @return the title written, its change logged
     */
    private String title(LineKey key, String label) {
        String fitted = fit(label);
        if (!fitted.equals(label)) {
            log.info("the label of " + key.settingKey() + " is written '" + fitted
                    + "' instead of '" + label + "': Fanvil titles hold letters, digits, spaces"
                    + " and _ only, at most " + LABEL_LENGTH + " characters");
        }
        return fitted;
    }

    /**
     * @param label a label
     * @return it with only letters, digits, spaces and {@code _}, cut to
     *         {@value #LABEL_LENGTH} characters (not UTF-16 units) and stripped
     */
    static String fit(String label) {
        StringBuilder kept = new StringBuilder();
        label.codePoints().filter(c -> Character.isLetterOrDigit(c) || c == ' ' || c == '_')
                .limit(LABEL_LENGTH).forEach(kept::appendCodePoint);
        return kept.toString().strip();
    }

    private static boolean needsLine(LineKey key) {
        return key.type() != KeyType.DND && key.type() != KeyType.EMPTY;
    }

    private void leftOut(LineKey key, String why) {
        log.warn(key.settingKey() + " (" + key.type().id() + ") is left out: " + why);
    }

    private String describe() {
        return model.map(m -> "a Fanvil " + m.displayName()).orElse("a model missing from the"
                + " model table");
    }
}
