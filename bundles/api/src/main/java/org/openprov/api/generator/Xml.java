package org.openprov.api.generator;

/**
 * Escaping for values placed in XML. Element and attribute names are never built from user
 * data; only values pass through here.
 */
public final class Xml {

    private Xml() {
    }

    /**
     * Escapes a value for XML character data: {@code & < >}. Characters XML 1.0 forbids (most
     * control characters, unpaired surrogates) are dropped, since no escape can carry them.
     *
     * @param value any text, or null for empty
     * @return text safe between tags
     */
    public static String text(String value) {
        return escape(value, false);
    }

    /**
     * Escapes a value for an attribute in either kind of quotes: {@code & < > " '}, and tab,
     * CR and LF as character references so attribute normalisation does not turn them into
     * spaces.
     *
     * @param value any text, or null for empty
     * @return text safe inside {@code "..."} or {@code '...'}
     */
    public static String attribute(String value) {
        return escape(value, true);
    }

    private static String escape(String value, boolean attribute) {
        if (value == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(value.length() + 16);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length()
                    && Character.isLowSurrogate(value.charAt(i + 1))) {
                out.append(c).append(value.charAt(++i));
            } else if (allowed(c)) {
                append(out, c, attribute);
            }
        }
        return out.toString();
    }

    private static void append(StringBuilder out, char c, boolean attribute) {
        switch (c) {
            case '&' -> out.append("&amp;");
            case '<' -> out.append("&lt;");
            case '>' -> out.append("&gt;");
            case '"' -> out.append(attribute ? "&quot;" : "\"");
            case '\'' -> out.append(attribute ? "&apos;" : "'");
            case '\t' -> out.append(attribute ? "&#9;" : "\t");
            case '\n' -> out.append(attribute ? "&#10;" : "\n");
            case '\r' -> out.append(attribute ? "&#13;" : "\r");
            default -> out.append(c);
        }
    }

    private static boolean allowed(char c) {
        if (Character.isSurrogate(c)) {
            return false;
        }
        return c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF);
    }
}
