package org.openprov.api.settings;

import java.util.Locale;
import java.util.regex.Pattern;
import org.openprov.api.registry.SipLine;

/**
 * One programmable key, set as the setting {@code key.<position>}. Positions count the phone's
 * own keys first (all pages), then those of the first expansion module, and so on; a layout
 * that goes beyond the phone's keys spills onto its modules.
 *
 * <p>The stored form is {@code <type>[;line=<n>][;target=<t>][;label=<text>]}, e.g.
 * {@code blf;line=2;target=201;label=Reception}. The line is always explicit once parsed
 * (default 1), so a key for line 2 never lands on line 1.
 *
 * @param position the key's position, from 1
 * @param type what it does
 * @param line the SIP line it uses, from 1
 * @param target the number, extension or URL it acts on; empty if its type takes none
 * @param label the text shown next to it; empty for the vendor's default. Generators fit it to
 *        what their phones show and log any change.
 */
public record LineKey(int position, KeyType type, int line, String target, String label) {

    /** The highest position any phone with its modules reaches. */
    public static final int MAX_POSITION = 256;
    /** The longest label kept; generators shorten further where their phones need it. */
    public static final int MAX_LABEL = 32;
    /** Prefix of the settings that hold keys. */
    public static final String PREFIX = "key.";

    private static final Pattern TARGET = Pattern.compile("[0-9A-Za-z*#+.,_@:-]{1,64}");
    private static final Pattern LABEL = Pattern.compile("[^\\p{Cc};]{0," + MAX_LABEL + "}");

    /** Checks each part, with messages that name the key and the rule. */
    public LineKey {
        String name = PREFIX + position;
        if (position < 1 || position > MAX_POSITION) {
            throw new IllegalArgumentException("Key position " + position + " is out of range;"
                    + " keys are numbered from 1 to " + MAX_POSITION);
        }
        if (type == null) {
            throw new IllegalArgumentException(name + ": a key type is required, one of "
                    + KeyType.ids());
        }
        if (line < 1 || line > SipLine.MAX_LINES) {
            throw new IllegalArgumentException(name + ": line " + line + " is out of range 1-"
                    + SipLine.MAX_LINES);
        }
        target = target == null ? "" : target.strip();
        label = label == null ? "" : label.strip();
        checkTarget(name, type, target);
        if (!LABEL.matcher(label).matches()) {
            throw new IllegalArgumentException(name + ": the label '" + printable(label)
                    + "' is not valid; a label has at most " + MAX_LABEL + " characters, no ';'"
                    + " and no control characters");
        }
        if (type == KeyType.EMPTY) {
            // The stored form of a blank key is just "empty"; parse must give the same key.
            label = "";
            line = 1;
        }
    }

    private static void checkTarget(String name, KeyType type, String target) {
        if (type.target() == KeyType.Target.NONE && !target.isEmpty()) {
            throw new IllegalArgumentException(name + ": a " + type.id() + " key takes no"
                    + " target; remove --target");
        }
        if (type.target() == KeyType.Target.REQUIRED && target.isEmpty()) {
            throw new IllegalArgumentException(name + ": a " + type.id() + " key needs a target"
                    + (type == KeyType.URL ? " URL" : " (the number or extension)"));
        }
        if (target.isEmpty()) {
            return;
        }
        if (type == KeyType.URL) {
            SettingType.URL.validate(name + " target", target);
            if (target.indexOf(';') >= 0) {
                throw new IllegalArgumentException(name + ": the target URL '" + target
                        + "' cannot hold ';', which separates the parts of a key; write it"
                        + " as %3B");
            }
        } else if (!TARGET.matcher(target).matches()) {
            throw new IllegalArgumentException(name + ": the target '" + printable(target)
                    + "' is not valid; give 1 to 64 of letters, digits and * # + . , _ @ : -");
        }
    }

    /**
     * Reads a key from its stored form.
     *
     * @param position its position
     * @param value e.g. {@code speed-dial;target=0800123456;label=Help}
     * @return the key
     * @throws IllegalArgumentException naming the key and what is wrong
     */
    public static LineKey parse(int position, String value) {
        String[] parts = (value == null ? "" : value).split(";", -1);
        KeyType type;
        try {
            type = KeyType.parse(parts[0]);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(PREFIX + position + ": " + e.getMessage(), e);
        }
        int line = 1;
        String target = "";
        String label = "";
        for (int i = 1; i < parts.length; i++) {
            String part = parts[i];
            int eq = part.indexOf('=');
            String name = eq < 0 ? part.strip() : part.substring(0, eq).strip();
            String text = eq < 0 ? "" : part.substring(eq + 1);
            switch (name.toLowerCase(Locale.ROOT)) {
                case "line" -> line = number(position, text);
                case "target" -> target = text;
                case "label" -> label = text;
                default -> throw new IllegalArgumentException(PREFIX + position + ": unknown"
                        + " part '" + printable(name) + "'; a key is written"
                        + " <type>;line=<n>;target=<number>;label=<text>");
            }
        }
        return new LineKey(position, type, line, target, label);
    }

    private static int number(int position, String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(PREFIX + position + ": line '" + printable(text)
                    + "' is not a number", e);
        }
    }

    /** @return the setting name, e.g. {@code key.3} */
    public String settingKey() {
        return PREFIX + position;
    }

    /** @return the stored form; {@link #parse} reads it back to an equal key */
    public String format() {
        StringBuilder text = new StringBuilder(type.id());
        if (type != KeyType.EMPTY) {
            text.append(";line=").append(line);
        }
        if (!target.isEmpty()) {
            text.append(";target=").append(target);
        }
        if (!label.isEmpty()) {
            text.append(";label=").append(label);
        }
        return text.toString();
    }

    private static String printable(String text) {
        return text.replaceAll("\\p{Cc}", "?");
    }
}
