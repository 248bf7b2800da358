package org.openprov.api.settings;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What a programmable key does. Each type says whether it needs a target (the number, the
 * extension or the URL it acts on) and whether it takes one at all.
 */
public enum KeyType {
    /** Shows and seizes a SIP line. */
    LINE("line", Target.NONE),
    /** Busy lamp field: watches an extension and calls or picks it up. */
    BLF("blf", Target.REQUIRED),
    /** Dials a number. */
    SPEED_DIAL("speed-dial", Target.REQUIRED),
    /** Parks the call, on the orbit given or the PBX's default. */
    CALL_PARK("call-park", Target.OPTIONAL),
    /** Picks up a call ringing on the extension given. */
    PICKUP("pickup", Target.REQUIRED),
    /** Picks up a call ringing in the group, by the code given or the PBX's default. */
    GROUP_PICKUP("group-pickup", Target.OPTIONAL),
    /** Do not disturb. */
    DND("dnd", Target.NONE),
    /** Calls voicemail, at the number given or {@code voicemail.number}. */
    VOICEMAIL("voicemail", Target.OPTIONAL),
    /** Intercom call to the extension given. */
    INTERCOM("intercom", Target.REQUIRED),
    /** Transfers the call, to the number given or to one dialled. */
    TRANSFER("transfer", Target.OPTIONAL),
    /** Forwards calls, to the number given or to one dialled. */
    CALL_FORWARD("call-forward", Target.OPTIONAL),
    /** Starts a conference. */
    CONFERENCE("conference", Target.NONE),
    /** Opens a URL (an XML browser page). */
    URL("url", Target.REQUIRED),
    /** Nothing; the key stays blank. */
    EMPTY("empty", Target.NONE);

    /** Whether a type takes a target. */
    public enum Target {
        /** It must have one. */
        REQUIRED,
        /** It may have one. */
        OPTIONAL,
        /** It has none. */
        NONE
    }

    private final String id;
    private final Target target;

    KeyType(String id, Target target) {
        this.id = id;
        this.target = target;
    }

    /** @return the name administrators type, e.g. {@code speed-dial} */
    public String id() {
        return id;
    }

    /** @return whether the type takes a target */
    public Target target() {
        return target;
    }

    /**
     * @param text a type name in any case, with - or _
     * @return the type
     * @throws IllegalArgumentException listing the types
     */
    public static KeyType parse(String text) {
        String wanted = text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        Optional<KeyType> type = Arrays.stream(values()).filter(t -> t.id.equals(wanted))
                .findFirst();
        String shown = String.valueOf(text).replaceAll("\\p{Cc}", "?");
        return type.orElseThrow(() -> new IllegalArgumentException("Unknown key type '" + shown
                + "'; the types are " + ids()));
    }

    /** @return every type's id, separated by spaces */
    public static String ids() {
        return Arrays.stream(values()).map(KeyType::id).collect(Collectors.joining(" "));
    }
}
