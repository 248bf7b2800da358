package org.openprov.vendor.mitel.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds a Mitel (Aastra) {@code .cfg} file line by line, so that no value can break its
 * structure.
 *
 * <p>The format (Aastra SIP IP Phone Administrator Guide, "Configuration Files" and the
 * sample files of its appendix C): one parameter per line, written {@code name: value}; a
 * line that starts with {@code #} is a comment, and so is everything after a {@code #}
 * that follows a value ({@code sip digit timeout: 3 # ...}). A value holding a {@code #}
 * must therefore be enclosed in double quotes, as the guide does for
 * {@code sip dial plan: "x+#|xx+*"} ("it must be quoted since it contains a '#'
 * character"). A {@code !} or {@code ^} before a name locks or resets the parameter, so a
 * name never starts with either. Parameter names are not case sensitive (Mitel 6800 guide,
 * "Setting Parameters in Configuration Files").
 *
 * <p>What the guide does not document, and how it is handled here:
 * <ul>
 * <li>an escape for {@code "} inside a quoted value: a value that needs quotes (it holds a
 * {@code #}, starts with {@code "} or has spaces at either end) and also holds a {@code "}
 * cannot be written exactly. A visible text gets {@code '} for each {@code "}, logged at
 * INFO with the parameter name; a secret is left out, logged at WARN without its value;</li>
 * <li>line breaks: a CR, LF or other control character would end the line and start a new
 * parameter, so it becomes a space (a secret that holds one is left out instead, since a
 * changed password is worse than the old one);</li>
 * <li>non-ASCII text such as {@code Zoë} is written as UTF-8, unchanged.</li>
 * </ul>
 * Each parameter is written once; {@link #replace} lets a later value take a parameter's
 * place.
 */
final class MitelCfgWriter {

    /** A name this bundle or a raw setting may write: no colon, no comment, no prefix. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 .\\[\\]|_-]*");

    private static final Logger LOG = LoggerFactory.getLogger(MitelCfgWriter.class);

    /** A line of the file; {@code key} is null for comments and blank lines. */
    private record Entry(String key, String line) {
    }

    /** A value as the file holds it. */
    record Encoded(String text, boolean exact) {
    }

    private final String owner;
    private final List<Entry> entries = new ArrayList<>();

    /** @param owner what the file belongs to, for the log, e.g. {@code device 00085da0b2c3} */
    MitelCfgWriter(String owner) {
        this.owner = owner;
    }

    /**
     * @param remark text for a comment line; cleaned like a value
     * @return this writer
     */
    MitelCfgWriter comment(String remark) {
        entries.add(new Entry(null, "# " + clean(remark)));
        return this;
    }

    /** @return this writer, after an empty line that groups the parameters below it */
    MitelCfgWriter blank() {
        entries.add(new Entry(null, ""));
        return this;
    }

    /**
     * @param name a parameter name built by this bundle, never from user data
     * @param value its value; null is written as empty
     * @return this writer
     * @throws IllegalStateException if the parameter was written already
     */
    MitelCfgWriter set(String name, String value) {
        add(name, value, false, false);
        return this;
    }

    /**
     * @param name a parameter name built by this bundle
     * @param value its value
     * @return this writer
     */
    MitelCfgWriter set(String name, int value) {
        return set(name, Integer.toString(value));
    }

    /**
     * Writes a secret (a password). It is never logged; if the format cannot hold it
     * exactly, it is left out with a warning naming the parameter.
     *
     * @param name a parameter name built by this bundle
     * @param value the secret
     * @return this writer
     */
    MitelCfgWriter secret(String name, String value) {
        add(name, value, true, false);
        return this;
    }

    /**
     * Writes a value in double quotes whatever it holds, as the guide asks for
     * {@code sip dial plan}.
     *
     * @param name a parameter name built by this bundle
     * @param value its value
     * @return this writer
     */
    MitelCfgWriter quoted(String name, String value) {
        add(name, value, false, true);
        return this;
    }

    /**
     * Writes a parameter at the end of the file, removing any line written before for the
     * same parameter (names compared in any case), so this value wins.
     *
     * @param name a parameter name, checked with {@link #writableName}
     * @param value its value
     * @param secret whether the value must never be logged
     * @return whether a line written before was removed
     */
    boolean replace(String name, String value, boolean secret) {
        String key = key(name);
        boolean removed = entries.removeIf(e -> key.equals(e.key()));
        add(name, value, secret, false);
        return removed;
    }

    /**
     * @param name a parameter name
     * @return whether this writer has a line for it
     */
    boolean has(String name) {
        String key = key(name);
        return entries.stream().anyMatch(e -> key.equals(e.key()));
    }

    /** @return the file so far, LF line ends, the last line ended too */
    String text() {
        StringBuilder text = new StringBuilder(4096);
        entries.forEach(entry -> text.append(entry.line()).append('\n'));
        return text.toString();
    }

    /**
     * @param name a candidate parameter name
     * @return whether a line can carry it: letters, digits, spaces and {@code . [ ] | _ -},
     *         starting with a letter or digit, no double or trailing space
     */
    static boolean writableName(String name) {
        return name != null && NAME.matcher(name).matches() && !name.contains("  ")
                && !name.endsWith(" ");
    }

    private void add(String name, String value, boolean secret, boolean quote) {
        if (!writableName(name)) {
            throw new IllegalArgumentException("Not a parameter name: " + name);
        }
        if (has(name)) {
            throw new IllegalStateException("Parameter " + name + " written twice");
        }
        Encoded encoded = encode(value == null ? "" : value, quote);
        if (!encoded.exact() && secret) {
            LOG.warn("{}: the value of {} cannot be written exactly in a Mitel file (a line"
                    + " break, or a '\"' where quotes are needed); left out", owner, name);
            return;
        }
        if (!encoded.exact()) {
            LOG.info("{}: the value of {} is written with line breaks as spaces and '\"' as"
                    + " \"'\" where quotes are needed", owner, name);
        }
        String line = encoded.text().isEmpty() ? name + ":" : name + ": " + encoded.text();
        entries.add(new Entry(key(name), line));
    }

    /**
     * @param value any text
     * @param quote whether to quote it even if it does not need quotes
     * @return the text for the file, and whether it says exactly what {@code value} says
     */
    static Encoded encode(String value, boolean quote) {
        String clean = clean(value);
        boolean exact = clean.equals(value);
        if (!quote && !needsQuotes(clean)) {
            return new Encoded(clean, exact);
        }
        if (clean.indexOf('"') >= 0) {
            return new Encoded('"' + clean.replace('"', '\'') + '"', false);
        }
        return new Encoded('"' + clean + '"', exact);
    }

    /**
     * @param value a value on one line
     * @return whether the phone would read it differently without quotes
     */
    static boolean needsQuotes(String value) {
        return value.indexOf('#') >= 0 || value.startsWith("\"")
                || !value.isEmpty() && (Character.isWhitespace(value.charAt(0))
                        || Character.isWhitespace(value.charAt(value.length() - 1)));
    }

    /**
     * @param value any text, or null for empty
     * @return the text with every character that could end a line (C0 and C1 controls,
     *         DEL, Unicode line and paragraph separators) replaced by a space
     */
    static String clean(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean unsafe = Character.isISOControl(c) || c == '\u2028' || c == '\u2029';
            out.append(unsafe ? ' ' : c);
        }
        return out.toString();
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
