package org.openprov.vendor.yealink.internal;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds a Yealink {@code .cfg} file line by line, so that no value can break its structure.
 *
 * <p>The format (Yealink Administrator's Guide, "Configuration Files"): the first line is
 * exactly {@code #!version:1.0.0.1}, which "is not a comment and must be placed in the first
 * line"; lines that start with {@code #} are comments; every other line is
 * {@code key = value}, one parameter per line. The guide documents no quoting or escaping, so
 * a value ends at the end of its line: a CR or LF inside a value would start a new parameter
 * line. {@link #clean} therefore replaces line breaks and other control characters by spaces.
 *
 * <p>Not documented by the guide, hence left as they are: a {@code #} inside a value (the guide
 * only calls lines that <em>start</em> with {@code #} comments, so {@code key = a#b} should
 * keep {@code a#b}), and spaces at the start or end of a value (whether the phone trims them is
 * unknown; trimming here would silently change a password). Non-ASCII text such as
 * {@code Zoë} is written as UTF-8, unchanged.
 *
 * <p>Each parameter is written once. The one exception is {@value #USER_PASSWORD}, which the
 * guide sets once per web user with the value {@code <user>:<password>}
 * ({@code static.security.user_password = admin:456} and {@code = user:123} in one file): for
 * it, the parameter is the name together with the user. {@link #replace} relies on that.
 */
final class YealinkCfgWriter {

    /** The first line of every Yealink configuration file. */
    static final String VERSION_LINE = "#!version:1.0.0.1";
    /** The parameter that carries one line per web user. */
    static final String USER_PASSWORD = "static.security.user_password";

    private static final Logger LOG = LoggerFactory.getLogger(YealinkCfgWriter.class);

    /** A line of the file; {@code parameter} is null for comments and blank lines. */
    private record Entry(String parameter, String line) {
    }

    private final List<Entry> entries = new ArrayList<>();

    /**
     * @param remark text for a comment line; cleaned like a value
     * @return this writer
     */
    YealinkCfgWriter comment(String remark) {
        entries.add(new Entry(null, "## " + clean("comment", remark)));
        return this;
    }

    /** @return this writer, after an empty line that groups the parameters below it */
    YealinkCfgWriter blank() {
        entries.add(new Entry(null, ""));
        return this;
    }

    /**
     * @param key a parameter name built by this bundle, never from user data
     * @param value its value; null is written as empty
     * @return this writer
     * @throws IllegalStateException if the parameter was written already, which would be a
     *         mistake of this bundle: the phone would keep only the last value
     */
    YealinkCfgWriter set(String key, String value) {
        String clean = clean(key, value);
        String parameter = parameter(key, clean);
        if (has(parameter)) {
            throw new IllegalStateException("Parameter " + parameter + " written twice");
        }
        entries.add(new Entry(parameter, key + " = " + clean));
        return this;
    }

    /**
     * @param key a parameter name built by this bundle
     * @param value its value
     * @return this writer
     */
    YealinkCfgWriter set(String key, int value) {
        return set(key, Integer.toString(value));
    }

    /**
     * Writes a parameter at the end of the file, removing any line written before for the same
     * parameter, so the file keeps one line per parameter and this value wins.
     *
     * @param key a parameter name, letters, digits and {@code . _ -} only
     * @param value its value
     * @return whether a line written before was removed
     */
    boolean replace(String key, String value) {
        String parameter = parameter(key, clean(key, value));
        boolean removed = entries.removeIf(e -> parameter.equals(e.parameter()));
        set(key, value);
        return removed;
    }

    /** @return the file so far */
    String text() {
        StringBuilder text = new StringBuilder(4096).append(VERSION_LINE).append('\n');
        entries.forEach(entry -> text.append(entry.line()).append('\n'));
        return text.toString();
    }

    private boolean has(String parameter) {
        return entries.stream().anyMatch(e -> parameter.equals(e.parameter()));
    }

    /**
     * @param key a parameter name
     * @param value its cleaned value
     * @return what one line sets: the name, or for {@value #USER_PASSWORD} the name and user
     */
    static String parameter(String key, String value) {
        if (!USER_PASSWORD.equals(key)) {
            return key;
        }
        int colon = value.indexOf(':');
        return key + " " + (colon < 0 ? value : value.substring(0, colon));
    }

    /**
     * Makes a value safe for one {@code key = value} line: every character that could end the
     * line or that a display cannot show (C0 and C1 controls, DEL, Unicode line and paragraph
     * separators) becomes a space. Logs the key, never the value, when something changed.
     *
     * @param key the parameter, for the log
     * @param value any text, or null for empty
     * @return the value on one line
     */
    static String clean(String key, String value) {
        if (value == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(value.length());
        boolean changed = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean unsafe = Character.isISOControl(c) || c == '\u2028' || c == '\u2029';
            out.append(unsafe ? ' ' : c);
            changed |= unsafe;
        }
        if (changed) {
            LOG.debug("Replaced line breaks or control characters by spaces in {}", key);
        }
        return out.toString();
    }
}
