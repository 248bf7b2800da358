package org.openprov.vendor.grandstream.internal;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import org.openprov.api.settings.KeyType;

/**
 * One programmable key of a Grandstream phone: what kind it is, its number within its kind, and
 * its four parameters (key mode, account, description, value), as the configuration templates
 * number them ([T16] GXP16xx firmware 1.0.4.33, [T21] GXP21xx firmware 1.0.9.127; see the model
 * table for the sources).
 *
 * @param kind the kind of key
 * @param number its number within its kind, from 1 (VPK 13, MPK 2, EXT 1)
 * @param mode the parameter of its key mode
 * @param account the parameter of its account, 0 for account 1
 * @param description the parameter of its label
 * @param value the parameter of its value (the number, extension or orbit it acts on)
 */
record KeySlot(Kind kind, int number, int mode, int account, int description, int value) {

    /** The kinds of keys, each with the key modes OpenProv writes to it. */
    enum Kind {
        /**
         * A GXP16xx line key [T16]: "0 - Line, 1 - Shared Line, 10 - Speed Dial, ...,
         * 16 - Voicemail, 17 - Call Return, 18 - Transfer, 20 - Intercom"; no BLF, park or
         * blank mode.
         */
        LINE_KEY("line key", table(Map.of(KeyType.LINE, 0, KeyType.SPEED_DIAL, 10,
                KeyType.VOICEMAIL, 16, KeyType.TRANSFER, 18, KeyType.INTERCOM, 20))),
        /**
         * A GXP21xx fixed VPK, one of the keys that can show a line [T21]: "-1 - None,
         * 0 - Default, ..., 10 - Speed Dial, 11 - BLF, ..., 16 - Voicemail, ...,
         * 18 - Transfer, 19 - CallPark, 20 - Intercom".
         */
        FIXED_VPK("fixed VPK", table(Map.of(KeyType.EMPTY, -1, KeyType.LINE, 0,
                KeyType.SPEED_DIAL, 10, KeyType.BLF, 11, KeyType.VOICEMAIL, 16,
                KeyType.TRANSFER, 18, KeyType.CALL_PARK, 19, KeyType.INTERCOM, 20))),
        /** A GXP21xx dynamic VPK [T21]: the MPK modes, no line. */
        DYNAMIC_VPK("dynamic VPK", Modes.MPK),
        /** A GXP21xx MPK (GXP2130, GXP2160) [T21]. */
        MPK("MPK", Modes.MPK),
        /**
         * A GXP16xx or GXP2000 MPK [T16]: "0 - Speed Dial, 1 - BLF, ..., 6 - Voicemail, ...,
         * 8 - Transfer, 9 - Call Park, 10 - Intercom"; the template lists no blank mode.
         */
        LEGACY_MPK("MPK", table(Map.of(KeyType.SPEED_DIAL, 0, KeyType.BLF, 1,
                KeyType.VOICEMAIL, 6, KeyType.TRANSFER, 8, KeyType.CALL_PARK, 9,
                KeyType.INTERCOM, 10))),
        /** A key of a GXP2200EXT expansion module ("EXT 1" to "EXT 160") [T21]. */
        EXPANSION("expansion module key", Modes.MPK);

        private final String what;
        private final Map<KeyType, Integer> modes;

        Kind(String what, Map<KeyType, Integer> modes) {
            this.what = what;
            this.modes = modes;
        }

        /** @return the kind as messages name it, e.g. {@code dynamic VPK} */
        String what() {
            return what;
        }

        /** @return key type to key mode, for the types this kind of key can take */
        Map<KeyType, Integer> modes() {
            return modes;
        }
    }

    /**
     * @param n a VPK or GXP16xx line key, from 1 to 48
     * @param kind its kind
     * @return its slot: keys 1 to 6 are P1363/P1364/P1465/P1466 in steps of 2 [T16, T21];
     *         keys 7 to 48 are P23800 to P23803 in steps of 4 [T21]
     */
    static KeySlot vpk(int n, Kind kind) {
        if (n <= 6) {
            int step = 2 * (n - 1);
            return new KeySlot(kind, n, 1363 + step, 1364 + step, 1465 + step, 1466 + step);
        }
        return block(kind, n, 23800 + 4 * (n - 7));
    }

    /**
     * @param n an MPK, from 1 to 24
     * @param kind {@link Kind#MPK} or {@link Kind#LEGACY_MPK}
     * @return its slot: MPK n up to 7 has mode P(322+n) and account, name and value
     *         P(300+3n-2) to P(300+3n); MPKs 8 to 18 start at P353, 19 to 24 at P1440, four
     *         parameters each [T16, T21]
     */
    static KeySlot mpk(int n, Kind kind) {
        if (n <= 7) {
            return new KeySlot(kind, n, 322 + n, 300 + 3 * n - 2, 300 + 3 * n - 1, 300 + 3 * n);
        }
        return block(kind, n, n <= 18 ? 353 + 4 * (n - 8) : 1440 + 4 * (n - 19));
    }

    /**
     * @param n an expansion module key counted over all modules, from 1 to 160
     * @return its slot: EXT n is P(23000+5(n-1)) to P(23003+5(n-1)) [T21]
     */
    static KeySlot expansion(int n) {
        return block(Kind.EXPANSION, n, 23000 + 5 * (n - 1));
    }

    /** @return e.g. {@code dynamic VPK 13} */
    String name() {
        return kind.what() + " " + number;
    }

    private static KeySlot block(Kind kind, int n, int first) {
        return new KeySlot(kind, n, first, first + 1, first + 2, first + 3);
    }

    private static Map<KeyType, Integer> table(Map<KeyType, Integer> modes) {
        return Collections.unmodifiableMap(new EnumMap<>(modes));
    }

    /** Shared mode tables, outside the enum so its constants can use them. */
    private static final class Modes {

        /** [T21]: "-1 - None, 0 - Speed Dial, 1 - BLF, ..., 6 - Voice Mail, ...". */
        static final Map<KeyType, Integer> MPK = table(Map.of(KeyType.EMPTY, -1,
                KeyType.SPEED_DIAL, 0, KeyType.BLF, 1, KeyType.VOICEMAIL, 6, KeyType.TRANSFER, 8,
                KeyType.CALL_PARK, 9, KeyType.INTERCOM, 10));

        private Modes() {
        }
    }
}
