package org.openprov.vendor.mitel.internal;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import org.openprov.api.generator.KeyRules;
import org.openprov.api.settings.KeyType;

/**
 * The key types of {@code softkeyN type}, {@code topsoftkeyN type}, {@code prgkeyN type} and
 * {@code expmodM keyK type} (Administrator Guide, "Softkey/Programmable Key/Expansion Module
 * Key Parameters"; the key list of the 6867i user guide: Line, Speed Dial, DND, BLF, XML,
 * Call Forward, Speed Dial/Xfer, Conference, Transfer, Empty, ...), and the rules the
 * console checks layouts against.
 *
 * <p>The key's target is its {@code value}: the watched extension (BLF), the number dialled
 * (speed dial, and a transfer with a target, which is Mitel's {@code speeddialxfer}), the
 * page an XML key opens. A blank key is {@code empty}, which keeps its place; {@code none}
 * would let the keys after it move up.
 *
 * <p>Not offered, so the console refuses them and a stored one is left out with a warning:
 * <ul>
 * <li>call park and pickup: Mitel's {@code park} and {@code pickup} keys take a value that
 * names the call server ({@code asterisk;70}, {@code broadworks;*68}), which OpenProv does
 * not know; a speed-dial key to the park or pickup code works on most servers;</li>
 * <li>group pickup: a BroadSoft-only key on Mitel phones;</li>
 * <li>intercom: Mitel's {@code icom} key asks for the number when pressed and takes no
 * target;</li>
 * <li>voicemail: Mitel phones reach voicemail with their own key and {@code sip lineN vmail};
 * a speed-dial key to the voicemail number does the same.</li>
 * </ul>
 */
final class MitelKeyTypes {

    /**
     * The longest label written unchanged. Known shortcoming: no Mitel document at hand gives
     * a figure; 10 characters is what the narrower key displays (6757i, 6867i) show in full
     * as remembered, while wider displays show more. Change it here once a measured figure
     * is known.
     */
    static final int LABEL_LENGTH = 10;
    /** The type of a transfer key that has a target. */
    static final String TRANSFER_TO = "speeddialxfer";

    /** KeyType to Mitel type. */
    static final Map<KeyType, String> TYPES = types();

    private MitelKeyTypes() {
    }

    /** @return every type with a Mitel type, and {@link #LABEL_LENGTH}; a new object */
    static KeyRules rules() {
        return new KeyRules(TYPES.keySet(), LABEL_LENGTH);
    }

    private static Map<KeyType, String> types() {
        Map<KeyType, String> types = new EnumMap<>(KeyType.class);
        types.put(KeyType.LINE, "line");
        types.put(KeyType.BLF, "blf");
        types.put(KeyType.SPEED_DIAL, "speeddial");
        types.put(KeyType.DND, "dnd");
        types.put(KeyType.TRANSFER, "xfer");
        types.put(KeyType.CALL_FORWARD, "callforward");
        types.put(KeyType.CONFERENCE, "conf");
        types.put(KeyType.URL, "xml");
        types.put(KeyType.EMPTY, "empty");
        return Collections.unmodifiableMap(types);
    }
}
