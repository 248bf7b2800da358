package org.openprov.vendor.snom.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.openprov.api.generator.Xml;

/**
 * Writes one Snom settings document: {@code <settings>} holding {@code <phone-settings>}, one
 * element per setting, and {@code <functionKeys>}, one {@code <fkey>} per key (Snom wiki, "Desk
 * Phone Configuration Files"). Settings a phone has once per identity carry {@code idx}, the
 * identity's number from 1.
 *
 * <p>Every value passes {@link Xml#text} and every attribute value {@link Xml#attribute}, so no
 * display name, password or label can end an element or an attribute. Element names are
 * constants of this bundle, or raw names that passed {@link #isName}. A setting is written at
 * most once: {@link #set} refuses a second value, {@link #replace} moves it to the end.
 *
 * <p>Every element is written {@code perm="R"}: the phone's user cannot change what OpenProv
 * manages, and each fetch writes it again. (Snom's other marks: {@code RW} or an empty mark let
 * the user change the value until the next fetch; {@code !} keeps a value the user changed.)
 */
final class SnomXmlWriter {

    /** Snom's mark for a setting its user cannot change. */
    static final String PERM = "R";
    /** The declaration Snom's own examples start with. */
    static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>";

    /**
     * A setting name as Snom writes them (letters, digits and underscores, Snom FAQ
     * "Configuring snom phones for Mass Deployment"), which is also an XML name.
     */
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,127}");

    /** A setting, by name and identity; identity 0 for a setting the phone has once. */
    record Key(String name, int idx) {

        @Override
        public String toString() {
            return idx == 0 ? name : name + "[" + idx + "]";
        }
    }

    /** One function key as written. */
    record FunctionKey(int idx, String context, String label, String value) {
    }

    private final Map<Key, String> settings = new LinkedHashMap<>();
    private final List<FunctionKey> keys = new ArrayList<>();

    /**
     * @param name a candidate element name
     * @return whether Snom can hold it as a setting name
     */
    static boolean isName(String name) {
        return name != null && NAME.matcher(name).matches();
    }

    /**
     * @param name a setting name of this bundle
     * @param value its value, unescaped; null is written as empty
     * @return this writer
     * @throws IllegalStateException if the setting is already written
     */
    SnomXmlWriter set(String name, String value) {
        return set(name, 0, value);
    }

    /**
     * @param name a per-identity setting name of this bundle
     * @param idx the identity, from 1
     * @param value its value, unescaped; null is written as empty
     * @return this writer
     * @throws IllegalStateException if the setting is already written
     */
    SnomXmlWriter set(String name, int idx, String value) {
        Key key = new Key(checked(name), idx);
        if (settings.putIfAbsent(key, value == null ? "" : value) != null) {
            throw new IllegalStateException("Setting " + key + " is written twice");
        }
        return this;
    }

    /**
     * Writes a setting last, replacing any value written before.
     *
     * @param name a name that passed {@link #isName}
     * @param idx the identity, 0 for none
     * @param value its value, unescaped
     * @return whether an earlier value was replaced
     */
    boolean replace(String name, int idx, String value) {
        Key key = new Key(checked(name), idx);
        boolean replaced = settings.remove(key) != null;
        settings.put(key, value == null ? "" : value);
        return replaced;
    }

    /**
     * @param name a setting name
     * @param idx the identity, 0 for none
     * @return the value written, or null
     */
    String get(String name, int idx) {
        return settings.get(new Key(name, idx));
    }

    /** @param key a function key, its parts unescaped */
    void key(FunctionKey key) {
        keys.add(key);
    }

    /**
     * @param comment a remark of this bundle (no user data), written before the root element
     * @return the whole document
     */
    String render(String comment) {
        if (comment.contains("--")) {
            throw new IllegalArgumentException("An XML comment cannot contain '--'");
        }
        StringBuilder out = new StringBuilder(4096).append(DECLARATION).append('\n')
                .append("<!-- ").append(comment).append(" -->\n<settings>\n");
        out.append("  <phone-settings>\n");
        settings.forEach((key, value) -> appendSetting(out, key, value));
        out.append("  </phone-settings>\n");
        if (!keys.isEmpty()) {
            out.append("  <functionKeys>\n");
            keys.forEach(key -> appendKey(out, key));
            out.append("  </functionKeys>\n");
        }
        return out.append("</settings>\n").toString();
    }

    private static void appendSetting(StringBuilder out, Key key, String value) {
        out.append("    <").append(key.name());
        if (key.idx() > 0) {
            out.append(" idx=\"").append(key.idx()).append('"');
        }
        out.append(" perm=\"").append(PERM).append("\">").append(Xml.text(value))
                .append("</").append(key.name()).append(">\n");
    }

    private static void appendKey(StringBuilder out, FunctionKey key) {
        out.append("    <fkey idx=\"").append(key.idx()).append("\" context=\"")
                .append(Xml.attribute(key.context())).append('"');
        if (!key.label().isEmpty()) {
            out.append(" label=\"").append(Xml.attribute(key.label())).append('"');
        }
        out.append(" perm=\"").append(PERM).append("\">").append(Xml.text(key.value()))
                .append("</fkey>\n");
    }

    private static String checked(String name) {
        if (!isName(name)) {
            throw new IllegalArgumentException("'" + name + "' cannot be a Snom setting name");
        }
        return name;
    }
}
