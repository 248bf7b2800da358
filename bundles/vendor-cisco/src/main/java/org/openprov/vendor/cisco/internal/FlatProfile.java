package org.openprov.vendor.cisco.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.openprov.api.generator.Xml;

/**
 * Builds a Cisco {@code <flat-profile>} file element by element, so that no value can break
 * its structure.
 *
 * <p>The format (Cisco Small Business IP Telephony Devices provisioning guide, "Open Format
 * Configuration File", and the MPP guides' XML profile examples): one element per parameter
 * under the root {@code <flat-profile>}; tags are case-sensitive; an empty element
 * {@code <X/>} leaves the phone's value unchanged while {@code <X></X>} sets it to the empty
 * string; when a tag repeats, the last occurrence wins; only UTF-8 is supported. This writer
 * therefore always writes a start and an end tag (an empty value clears), writes each
 * parameter once, and escapes every value as XML character data ({@link Xml#text}). Line
 * breaks and tabs in a value become spaces: a value is one line in the phone's fields.
 *
 * <p>Element names are constants of this bundle, or raw setting names that passed
 * {@link #isName}; any other name is refused.
 */
final class FlatProfile {

    /** The XML declaration of every file. */
    static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>";

    /**
     * An XML name made of the characters raw setting names may hold: a letter or underscore,
     * then letters, digits, dots, underscores and dashes (XML 1.0 section 2.3, restricted).
     */
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9._-]*");
    private static final Pattern LINE_BREAKS = Pattern.compile("[\\t\\n\\r\\u2028\\u2029]");

    /** A line of the file; {@code name} is null for comments and blank lines. */
    private record Entry(String name, String line) {
    }

    private final String userAccess;
    private final List<Entry> entries = new ArrayList<>();

    /** @param family the family, whose {@code ua} attribute every element carries */
    FlatProfile(CiscoFamily family) {
        this.userAccess = family.userAccess();
    }

    /**
     * @param name a candidate element name
     * @return whether it can be written as an element name as it is
     */
    static boolean isName(String name) {
        return name != null && NAME.matcher(name).matches();
    }

    /**
     * @param name an element name built by this bundle
     * @param value its value, unescaped; null is written as empty
     * @return this writer
     * @throws IllegalStateException if the parameter was written already, which would be a
     *         mistake of this bundle
     */
    FlatProfile set(String name, String value) {
        checked(name);
        if (contains(name)) {
            throw new IllegalStateException("Parameter " + name + " written twice");
        }
        entries.add(new Entry(name, element(name, value)));
        return this;
    }

    /**
     * @param name an element name built by this bundle
     * @param value its value
     * @return this writer
     */
    FlatProfile set(String name, int value) {
        return set(name, Integer.toString(value));
    }

    /**
     * @param name an element name built by this bundle
     * @param on the value
     * @return this writer, after {@code Yes} or {@code No}
     */
    FlatProfile set(String name, boolean on) {
        return set(name, on ? "Yes" : "No");
    }

    /**
     * Writes a parameter at the end of the file, removing an element written before under the
     * same name, so the file keeps one element per parameter and this value wins.
     *
     * @param name a name that passed {@link #isName}
     * @param value its value, unescaped
     * @return whether an element written before was removed
     */
    boolean replace(String name, String value) {
        checked(name);
        boolean removed = entries.removeIf(e -> name.equals(e.name()));
        set(name, value);
        return removed;
    }

    /**
     * @param name an element name
     * @return whether it is written
     */
    boolean contains(String name) {
        return entries.stream().anyMatch(e -> name.equals(e.name()));
    }

    /**
     * @param remark a remark of this bundle, no user data
     * @return this writer
     */
    FlatProfile comment(String remark) {
        entries.add(new Entry(null, commentLine(remark)));
        return this;
    }

    /**
     * @return this writer, after an empty line that groups the elements below it; none at the
     *         start of the file or after another empty line
     */
    FlatProfile blank() {
        if (!entries.isEmpty() && !entries.get(entries.size() - 1).line().isEmpty()) {
            entries.add(new Entry(null, ""));
        }
        return this;
    }

    /**
     * @param header a remark of this bundle written after the declaration, no user data
     * @return the whole file
     */
    String render(String header) {
        StringBuilder out = new StringBuilder(4096).append(DECLARATION).append('\n')
                .append(commentLine(header)).append('\n')
                .append("<flat-profile>\n");
        entries.forEach(entry -> out.append(entry.line()).append('\n'));
        return out.append("</flat-profile>\n").toString();
    }

    private String element(String name, String value) {
        String text = LINE_BREAKS.matcher(value == null ? "" : value).replaceAll(" ");
        String attribute = userAccess.isEmpty() ? ""
                : " ua=\"" + Xml.attribute(userAccess) + "\"";
        return "<" + name + attribute + ">" + Xml.text(text) + "</" + name + ">";
    }

    private static String commentLine(String remark) {
        if (remark.contains("--") || remark.endsWith("-")) {
            throw new IllegalArgumentException("An XML comment cannot hold '--'");
        }
        return "<!-- " + remark + " -->";
    }

    private static void checked(String name) {
        if (!isName(name)) {
            throw new IllegalArgumentException("'" + name + "' cannot be an element name");
        }
    }
}
