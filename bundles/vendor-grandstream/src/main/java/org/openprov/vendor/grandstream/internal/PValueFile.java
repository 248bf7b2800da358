package org.openprov.vendor.grandstream.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openprov.api.generator.Xml;
import org.openprov.api.registry.Mac;

/**
 * Builds a Grandstream XML configuration file in the "P-value" form of Grandstream's SIP
 * Device Provisioning Guide: {@code <gs_provision version="1">}, an optional
 * {@code <mac>} header, and {@code <config version="1">} holding one element per parameter,
 * {@code <P47>pbx.example.com:5060</P47>}.
 *
 * <p>Element names are built from numbers only ({@code P} and a positive integer), never from
 * user data; the only attributes are the constant {@code version="1"}. Every value is written as
 * XML character data through {@link Xml#text}, so {@code & < >} are always escaped: Grandstream's
 * parser is not a conforming XML parser (a password holding {@code (} followed by {@code &}
 * broke a file, fusionpbx#2328), so nothing is left to its tolerance. Quotes need no escape in
 * character data and are kept. Line breaks and other control characters become spaces first:
 * each parameter holds one line of text on the phone's web pages.
 *
 * <p>A parameter appears once. {@link #set} refuses a second value, which would be a mistake of
 * this bundle; {@link #replace}, used for raw settings, removes the earlier value and appends
 * the new one, so raw settings stay last and win.
 */
final class PValueFile {

    /** A raw setting name this format can hold: {@code P} and a parameter number. */
    private static final Pattern RAW_NAME = Pattern.compile("P([1-9][0-9]{0,5})");

    /** One line of the {@code config} element: a parameter, or a comment when number is 0. */
    private record Entry(int number, String text) {
    }

    private final List<Entry> entries = new ArrayList<>();

    /**
     * @param name a raw setting name, e.g. {@code P290}
     * @return its parameter number, if the name is a P-value
     */
    static OptionalInt parameter(String name) {
        Matcher p = RAW_NAME.matcher(name == null ? "" : name);
        return p.matches() ? OptionalInt.of(Integer.parseInt(p.group(1))) : OptionalInt.empty();
    }

    /**
     * @param remark a remark of this bundle, written as an XML comment before what follows
     * @return this file
     */
    PValueFile comment(String remark) {
        entries.add(new Entry(0, checkedComment(remark)));
        return this;
    }

    /**
     * @param number a parameter number
     * @param value its value, unescaped; null is written as empty
     * @return this file
     * @throws IllegalStateException if the parameter is set already
     */
    PValueFile set(int number, String value) {
        if (contains(number)) {
            throw new IllegalStateException("Parameter P" + number + " is set twice");
        }
        entries.add(new Entry(checkedNumber(number), clean(value)));
        return this;
    }

    /**
     * @param number a parameter number
     * @param value its value
     * @return this file
     */
    PValueFile set(int number, int value) {
        return set(number, Integer.toString(value));
    }

    /**
     * Sets a parameter at the end of the file, removing a value set before.
     *
     * @param number a parameter number
     * @param value its value, unescaped
     * @return whether an earlier value was removed
     */
    boolean replace(int number, String value) {
        boolean removed = entries.removeIf(e -> e.number() == number);
        set(number, value);
        return removed;
    }

    /**
     * @param number a parameter number
     * @return whether it is set
     */
    boolean contains(int number) {
        return entries.stream().anyMatch(e -> e.number() == number);
    }

    /**
     * @param number a parameter number
     * @return its value as set (cleaned, unescaped), if set
     */
    Optional<String> value(int number) {
        return entries.stream().filter(e -> e.number() == number).map(Entry::text).findFirst();
    }

    /**
     * @param heading a remark of this bundle for the top of the file
     * @param mac the device, for the {@code <mac>} header; empty for a common file, which
     *        must carry none (HT801 manual: the header "should be the device MAC or needs to
     *        be removed completely")
     * @return the whole file
     */
    String render(String heading, Optional<Mac> mac) {
        StringBuilder out = new StringBuilder(8192)
                .append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<!-- ").append(checkedComment(heading)).append(" -->\n")
                .append("<gs_provision version=\"1\">\n");
        mac.ifPresent(m -> out.append("  <mac>").append(m.hex()).append("</mac>\n"));
        out.append("  <config version=\"1\">\n");
        entries.forEach(entry -> append(out, entry));
        return out.append("  </config>\n</gs_provision>\n").toString();
    }

    private static void append(StringBuilder out, Entry entry) {
        if (entry.number() == 0) {
            out.append("    <!-- ").append(entry.text()).append(" -->\n");
            return;
        }
        String name = "P" + entry.number();
        out.append("    <").append(name).append('>').append(Xml.text(entry.text()))
                .append("</").append(name).append(">\n");
    }

    /**
     * @param value any text, or null for empty
     * @return the text with C0 and C1 controls, DEL and the Unicode line and paragraph
     *         separators replaced by spaces
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

    private static int checkedNumber(int number) {
        if (number < 1) {
            throw new IllegalArgumentException("P" + number + " is not a parameter");
        }
        return number;
    }

    private static String checkedComment(String remark) {
        if (remark.contains("--") || remark.endsWith("-")) {
            throw new IllegalArgumentException("An XML comment cannot hold '--' or end in '-'");
        }
        return remark;
    }
}
