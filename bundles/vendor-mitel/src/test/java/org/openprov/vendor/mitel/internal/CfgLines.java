package org.openprov.vendor.mitel.internal;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a rendered Mitel file the way the phone does and checks the format's rules on the
 * way: no BOM, LF line ends, then only comments ({@code #}), blank lines and
 * {@code name: value} lines, each name once in any case, no name starting with {@code !} or
 * {@code ^}, and no {@code #} outside double quotes in a value (the phone would read it as
 * the start of a comment).
 */
final class CfgLines {

    private static final Pattern PARAMETER = Pattern.compile(
            "([A-Za-z0-9][A-Za-z0-9 .\\[\\]|_-]*):(?: (.*))?");

    private CfgLines() {
    }

    /**
     * @param body the file's bytes
     * @return its parameters in file order, names in lower case, values without their quotes
     */
    static Map<String, String> parse(byte[] body) {
        assertFalse("starts with a BOM", body.length >= 3 && (body[0] & 0xFF) == 0xEF);
        String text = new String(body, StandardCharsets.UTF_8);
        assertFalse("CR in file", text.contains("\r"));
        assertTrue("last line not ended", text.endsWith("\n"));
        Map<String, String> parameters = new LinkedHashMap<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length - 1; i++) {
            read(lines[i], i + 1, parameters);
        }
        return parameters;
    }

    private static void read(String line, int number, Map<String, String> parameters) {
        if (line.isEmpty() || line.startsWith("#")) {
            return;
        }
        Matcher parameter = PARAMETER.matcher(line);
        if (!parameter.matches()) {
            fail("line " + number + " is not 'name: value': " + line);
        }
        String name = parameter.group(1).toLowerCase(Locale.ROOT);
        String value = parameter.group(2) == null ? "" : parameter.group(2);
        assertNull("parameter repeated: " + name, parameters.put(name, unquote(value, line)));
    }

    private static String unquote(String value, String line) {
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            String inner = value.substring(1, value.length() - 1);
            assertFalse("quote inside a quoted value: " + line, inner.contains("\""));
            return inner;
        }
        assertFalse("'#' outside quotes: " + line, value.contains("#"));
        assertFalse("leading or trailing space: " + line, !value.equals(value.strip()));
        return value;
    }
}
