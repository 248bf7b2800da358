package org.openprov.vendor.cisco.internal;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.openprov.api.generator.KeyRules;
import org.openprov.api.settings.KeyType;

/**
 * The key types Cisco phones take and the extended function each becomes. A key other than a
 * line key is written with its extension disabled and an extended function
 * {@code fnc=<type>;<field>=<value>;...;nme=<label>}, "the well-formated one is
 * fnc=type(;name=value)*" (XML Reference Guide for Cisco IP Phone Multiplatform Phones,
 * {@code Extended_Function_n_}; 6800 and 8800 MPP administration guides, "Key Expansion
 * Module" chapters, for {@code sd}, {@code blf+sd+cp}, {@code blf+cp}, {@code prk},
 * {@code dnd} and {@code xml}):
 * <ul>
 * <li>{@code blf+sd+cp;sub=<target>}: busy lamp field that also calls and picks up (BLF);</li>
 * <li>{@code sd;ext=<target>}: speed dial;</li>
 * <li>{@code blf+cp;sub=<target>}: busy lamp field with call pickup only (directed pickup);</li>
 * <li>{@code prk;sub=<orbit>}: call park, {@code $USER} when no orbit is given (MPP);</li>
 * <li>{@code dnd}: do not disturb (MPP);</li>
 * <li>{@code xml;url=<url>}: an XML service page (MPP).</li>
 * </ul>
 * A line key is {@code Extension_n_} = the line's number; an empty key has its extension
 * disabled and an empty function. On SPA firmware the same form is used for BLF, speed dial
 * and pickup, as deployed SPA profiles write it ({@code fnc=sd+blf+cp;sub=1002@$PROXY}); no
 * SPA document at hand shows park, DND or XML keys, and no document at hand gives a form for
 * group pickup, voicemail, intercom, transfer, forward or conference keys: those are left out
 * with a warning.
 */
final class CiscoKeyTypes {

    /**
     * The longest label written unchanged. Known shortcoming: neither family's guide gives a
     * character count for line key labels (the screens size them in pixels); 12 is an estimate
     * that fits the narrow SPA500 and 78xx screens, while wider screens show more.
     */
    static final int LABEL_LENGTH = 12;

    /** The {@code fnc=} value of each function type. */
    static final Map<KeyType, String> FUNCTIONS = functions();

    private static final Set<KeyType> SPA = EnumSet.of(KeyType.LINE, KeyType.BLF,
            KeyType.SPEED_DIAL, KeyType.PICKUP, KeyType.EMPTY);
    private static final Set<KeyType> MPP = EnumSet.of(KeyType.LINE, KeyType.BLF,
            KeyType.SPEED_DIAL, KeyType.PICKUP, KeyType.CALL_PARK, KeyType.DND, KeyType.URL,
            KeyType.EMPTY);

    private CiscoKeyTypes() {
    }

    /**
     * @param family a family
     * @return the key types its phones take
     */
    static Set<KeyType> types(CiscoFamily family) {
        return Collections.unmodifiableSet(family == CiscoFamily.SPA ? SPA : MPP);
    }

    /**
     * @return the rules the console checks layouts against: the types either family takes
     *         (a type only MPP takes is left out of an SPA phone's file with a warning), and
     *         {@link #LABEL_LENGTH}; a new object each time
     */
    static KeyRules rules() {
        Set<KeyType> all = EnumSet.copyOf(SPA);
        all.addAll(MPP);
        return new KeyRules(all, LABEL_LENGTH);
    }

    private static Map<KeyType, String> functions() {
        Map<KeyType, String> functions = new EnumMap<>(KeyType.class);
        functions.put(KeyType.BLF, "blf+sd+cp");
        functions.put(KeyType.SPEED_DIAL, "sd");
        functions.put(KeyType.PICKUP, "blf+cp");
        functions.put(KeyType.CALL_PARK, "prk");
        functions.put(KeyType.DND, "dnd");
        functions.put(KeyType.URL, "xml");
        return Collections.unmodifiableMap(functions);
    }
}
