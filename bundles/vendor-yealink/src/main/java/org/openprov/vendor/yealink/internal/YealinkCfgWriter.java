package org.openprov.vendor.yealink.internal;

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
 */
final class YealinkCfgWriter {

    /** The first line of every Yealink configuration file. */
    static final String VERSION_LINE = "#!version:1.0.0.1";

    private static final Logger LOG = LoggerFactory.getLogger(YealinkCfgWriter.class);

    private final StringBuilder text = new StringBuilder(2048).append(VERSION_LINE).append('\n');

    /**
     * @param remark text for a comment line; cleaned like a value
     * @return this writer
     */
    YealinkCfgWriter comment(String remark) {
        text.append("## ").append(clean("comment", remark)).append('\n');
        return this;
    }

    /** @return this writer, after an empty line that groups the parameters below it */
    YealinkCfgWriter blank() {
        text.append('\n');
        return this;
    }

    /**
     * @param key a parameter name built by this bundle, never from user data
     * @param value its value; null is written as empty
     * @return this writer
     */
    YealinkCfgWriter set(String key, String value) {
        text.append(key).append(" = ").append(clean(key, value)).append('\n');
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

    /** @return the file so far */
    String text() {
        return text.toString();
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
