package org.openprov.vendor.audiocodes.internal;

import java.util.ArrayList;
import java.util.List;
import org.openprov.api.registry.Mac;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds an AudioCodes {@code .cfg} file one parameter per line, so that no value can break its
 * structure.
 *
 * <p>The format (400HD Series Administrator's Manual, parameter tables such as
 * {@code voip/line/0/enabled}): each line is {@code name=value}, the name a slash-separated path.
 * The manual's own examples write no spaces around {@code =}; so does this writer.
 *
 * <p>What the manual at hand does not state, read from configurations deployed on these phones:
 * a {@code ;} starts a comment, also after a value ({@code network/lan/vlan/id=0 ;valid range}),
 * and spaces around a value do not count ({@code network/lan/vlan/priority= 0}). No quoting or
 * escaping is known. Hence {@link #clean}: line breaks and other control characters become
 * spaces, a {@code ;} inside a value becomes {@code ,}, and spaces at either end are dropped;
 * each change is logged with the device and the parameter, never the value. A secret cannot be
 * changed that way without breaking it, so {@link #setSecret} leaves such a value out instead.
 * Text outside ASCII, such as {@code Zoë}, is written as UTF-8, unchanged.
 *
 * <p>The file has no comment lines: which comment character the phone takes at the start of a
 * line is not in the manual at hand, and a wrong guess would become a parameter.
 */
final class AudioCodesCfgWriter {

    private static final Logger LOG = LoggerFactory.getLogger(AudioCodesCfgWriter.class);

    /** One line of the file. */
    private record Entry(String parameter, String value) {
    }

    private final Mac mac;
    private final List<Entry> entries = new ArrayList<>();

    /** @param mac the device the file is for, named in every log line */
    AudioCodesCfgWriter(Mac mac) {
        this.mac = mac;
    }

    /**
     * @param parameter a parameter name built by this bundle, never from user data
     * @param value its value, cleaned by {@link #clean}; null is written as empty
     * @return this writer
     * @throws IllegalStateException if the parameter was written already: a mistake of this
     *         bundle, since the phone would keep only one of the two values
     */
    AudioCodesCfgWriter set(String parameter, String value) {
        if (has(parameter)) {
            throw new IllegalStateException("Parameter " + parameter + " written twice");
        }
        entries.add(new Entry(parameter, clean(parameter, value)));
        return this;
    }

    /**
     * @param parameter a parameter name built by this bundle
     * @param value its value
     * @return this writer
     */
    AudioCodesCfgWriter set(String parameter, int value) {
        return set(parameter, Integer.toString(value));
    }

    /**
     * Writes a secret only if it can be written exactly.
     *
     * @param parameter a parameter name built by this bundle
     * @param value the secret
     * @return whether it was written; if not, a warning names the device and the parameter
     */
    boolean setSecret(String parameter, String value) {
        if (!writable(value)) {
            LOG.warn("Device {}: {} is left out: the value holds a ';', a control character or"
                    + " spaces at an end, which an AudioCodes file cannot carry", mac,
                    parameter);
            return false;
        }
        set(parameter, value);
        return true;
    }

    /**
     * Writes a parameter at the end of the file, removing a line written before for the same
     * parameter, so that the file keeps one line per parameter and this value wins.
     *
     * @param parameter a parameter name
     * @param value its value
     * @param secret whether the value is a secret (see {@link #setSecret})
     * @return whether a line written before was removed
     */
    boolean replace(String parameter, String value, boolean secret) {
        if (secret && !writable(value)) {
            setSecret(parameter, value);
            return false;
        }
        boolean removed = entries.removeIf(e -> e.parameter().equals(parameter));
        set(parameter, value);
        return removed;
    }

    /** @return the file so far; empty when nothing was written */
    String text() {
        StringBuilder text = new StringBuilder(4096);
        entries.forEach(e -> text.append(e.parameter()).append('=').append(e.value())
                .append('\n'));
        return text.toString();
    }

    /**
     * @param parameter a parameter name
     * @return whether it was written
     */
    boolean has(String parameter) {
        return entries.stream().anyMatch(e -> e.parameter().equals(parameter));
    }

    /**
     * @param value a value
     * @return whether {@link #clean} would leave it as it is
     */
    static boolean writable(String value) {
        return value != null && cleaned(value).equals(value);
    }

    private String clean(String parameter, String value) {
        String text = value == null ? "" : value;
        String clean = cleaned(text);
        if (!clean.equals(text)) {
            LOG.info("Device {}: the value of {} is written with ';' as ',', control characters"
                    + " as spaces and no spaces at its ends, as an AudioCodes file needs", mac,
                    parameter);
        }
        return clean;
    }

    /**
     * @param value any text
     * @return the text on one line: C0 and C1 controls and Unicode line separators as spaces,
     *         {@code ;} as {@code ,}, without spaces at either end
     */
    static String cleaned(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                out.append(' ');
            } else {
                out.append(c == ';' ? ',' : c);
            }
        }
        return out.toString().strip();
    }
}
