package org.openprov.vendor.yealink.internal;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import org.openprov.api.generator.KeyRules;
import org.openprov.api.settings.KeyType;

/**
 * The DSS key type codes of {@code linekey.X.type} and {@code expansion_module.X.key.Y.type}
 * (Administrator's Guide, "DSS Keys"), and the rules the console checks layouts against.
 *
 * <p>Every {@link KeyType} has a Yealink code. The key's target is its {@code .value}: the
 * watched extension (BLF), the number dialled (speed dial, intercom, directed pickup), the park
 * orbit or group pickup code, the transfer or forward target, the voicemail number, or the page
 * a URL key opens in the XML browser (code 27; code 17, "URL", only sends an HTTP request and
 * shows nothing). A key whose type takes an optional target and has none gets an empty value,
 * leaving the choice to the phone's own feature settings.
 */
final class YealinkKeyTypes {

    /**
     * The longest label written unchanged. Known shortcoming: Yealink sizes labels by pixel
     * width, not by characters, and the guide gives no count (it only bounds the parameter
     * itself), so 10 is an estimate, not a documented figure: short enough for the narrow key
     * displays in their default label length ({@code features.config_dsskey_length = 0}),
     * while wider displays show more. Change it here once a measured figure is known.
     */
    static final int LABEL_LENGTH = 10;

    /** KeyType to Yealink code; 0 is "N/A", the blank key. */
    static final Map<KeyType, Integer> CODES = codes();

    private YealinkKeyTypes() {
    }

    /**
     * @return the rules the console checks layouts against: every type with a code, and
     *         {@link #LABEL_LENGTH}; a new object each time, since its set can be changed
     */
    static KeyRules rules() {
        return new KeyRules(CODES.keySet(), LABEL_LENGTH);
    }

    private static Map<KeyType, Integer> codes() {
        Map<KeyType, Integer> codes = new EnumMap<>(KeyType.class);
        codes.put(KeyType.LINE, 15);
        codes.put(KeyType.BLF, 16);
        codes.put(KeyType.SPEED_DIAL, 13);
        codes.put(KeyType.CALL_PARK, 10);
        codes.put(KeyType.PICKUP, 9);
        codes.put(KeyType.GROUP_PICKUP, 23);
        codes.put(KeyType.DND, 5);
        codes.put(KeyType.VOICEMAIL, 12);
        codes.put(KeyType.INTERCOM, 14);
        codes.put(KeyType.TRANSFER, 3);
        codes.put(KeyType.CALL_FORWARD, 2);
        codes.put(KeyType.CONFERENCE, 1);
        codes.put(KeyType.URL, 27);
        codes.put(KeyType.EMPTY, 0);
        return Collections.unmodifiableMap(codes);
    }
}
