package org.openprov.vendor.yealink.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a rendered Yealink file the way the phone does and checks Yealink's rules on the way:
 * no BOM, {@code #!version:1.0.0.1} as the first line, LF line ends, then only comments, blank
 * lines and {@code key = value} lines, each key once. The one key Yealink documents as repeated,
 * {@code static.security.user_password = <user>:<password>}, is once per user: it is returned
 * as {@code static.security.user_password:<user>}.
 */
final class CfgLines {

    private static final Pattern PARAMETER = Pattern.compile("([A-Za-z0-9_.-]+) = (.*)");

    private CfgLines() {
    }

    /**
     * @param body the file's bytes
     * @return its parameters in file order
     */
    static Map<String, String> parse(byte[] body) {
        assertFalse("starts with a BOM", body.length >= 3 && (body[0] & 0xFF) == 0xEF);
        String text = new String(body, StandardCharsets.UTF_8);
        assertFalse("CR in file", text.contains("\r"));
        assertTrue("last line not ended", text.endsWith("\n"));
        String[] lines = text.split("\n", -1);
        assertEquals("first line", YealinkCfgWriter.VERSION_LINE, lines[0]);
        Map<String, String> parameters = new LinkedHashMap<>();
        for (int i = 1; i < lines.length - 1; i++) {
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
            fail("line " + number + " is not 'key = value': " + line);
        }
        String key = parameter.group(1);
        if (key.equals("static.security.user_password")) {
            key += ":" + parameter.group(2).split(":", 2)[0];
        }
        assertNull("key repeated: " + key, parameters.put(key, parameter.group(2)));
    }
}
