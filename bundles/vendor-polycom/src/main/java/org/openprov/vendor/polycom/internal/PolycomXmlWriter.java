package org.openprov.vendor.polycom.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.openprov.api.generator.Xml;

/**
 * Writes one XML element whose attributes are Poly parameters, the "flat" form that both the
 * master file ({@code <APPLICATION .../>}) and configuration files ({@code <polycomConfig
 * .../>}) take (Polycom UC Software Administrator's Guide, "Configuration Files").
 *
 * <p>Values are always double-quoted and pass through {@link Xml#attribute}, so quotes,
 * ampersands and angle brackets in a password or display name cannot end the attribute.
 * Attribute names are constants of this bundle, or raw setting names that passed
 * {@link #isName}; any other name is refused, so no name can break the element. A repeated name
 * would make the file malformed XML: {@link #set} refuses it, and {@link #put} replaces the
 * value in place.
 */
final class PolycomXmlWriter {

    /** The declaration Poly's own templates start with. */
    static final String DECLARATION =
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>";

    /**
     * An XML name made of the characters raw setting names may hold: a letter or underscore,
     * then letters, digits, dots, underscores and dashes (XML 1.0 section 2.3, restricted).
     */
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9._-]*");

    private final String element;
    private final Map<String, String> attributes = new LinkedHashMap<>();

    /** @param element the element name, e.g. {@code polycomConfig} */
    PolycomXmlWriter(String element) {
        this.element = element;
    }

    /**
     * @param name a candidate attribute name
     * @return whether it can be written as an attribute name as it is
     */
    static boolean isName(String name) {
        return name != null && NAME.matcher(name).matches();
    }

    /**
     * @param name a parameter name built by this bundle
     * @param value its value, unescaped; null is written as empty
     * @return this writer
     * @throws IllegalStateException if the parameter is already set
     */
    PolycomXmlWriter set(String name, String value) {
        if (attributes.putIfAbsent(checked(name), value == null ? "" : value) != null) {
            throw new IllegalStateException("Parameter " + name + " is set twice");
        }
        return this;
    }

    /**
     * @param name a parameter name built by this bundle
     * @param value its value
     * @return this writer
     */
    PolycomXmlWriter set(String name, int value) {
        return set(name, Integer.toString(value));
    }

    /**
     * Sets a parameter whether or not it is set already; a value set before is replaced where
     * it stands, so the attribute still appears once.
     *
     * @param name a name that passed {@link #isName}
     * @param value its value, unescaped; null is written as empty
     * @return whether an earlier value was replaced
     */
    boolean put(String name, String value) {
        return attributes.put(checked(name), value == null ? "" : value) != null;
    }

    /**
     * @param name a parameter name
     * @return whether it is set
     */
    boolean contains(String name) {
        return attributes.containsKey(name);
    }

    /**
     * @param comment a remark of this bundle (no user data), written before the element
     * @return the whole file: declaration, comment, element with one attribute per line
     */
    String render(String comment) {
        if (comment.contains("--")) {
            throw new IllegalArgumentException("An XML comment cannot contain '--'");
        }
        StringBuilder out = new StringBuilder(4096).append(DECLARATION).append('\n')
                .append("<!-- ").append(comment).append(" -->\n")
                .append('<').append(element);
        attributes.forEach((name, value) -> out.append("\n  ").append(name).append("=\"")
                .append(Xml.attribute(value)).append('"'));
        return out.append("\n/>\n").toString();
    }

    private static String checked(String name) {
        if (!isName(name)) {
            throw new IllegalArgumentException("'" + name + "' cannot be an attribute name");
        }
        return name;
    }
}
