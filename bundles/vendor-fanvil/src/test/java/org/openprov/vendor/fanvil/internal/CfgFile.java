package org.openprov.vendor.fanvil.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads a rendered Fanvil file back the way the phone is described to: module headers, then
 * {@code --Title--} subsections, then {@code name:value} split at the first colon with the
 * name trimmed. Checks the frame on the way: first and last line, CR LF everywhere.
 */
final class CfgFile {

    private CfgFile() {
    }

    /**
     * @param body the file's bytes
     * @return every parameter, keyed {@code MODULE|Section|Name} (empty section for a module's
     *         own), in file order
     */
    static Map<String, String> parse(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        assertTrue("lines end with CR LF", text.replace("\r\n", "").indexOf('\n') < 0
                && text.replace("\r\n", "").indexOf('\r') < 0);
        String[] lines = text.split("\r\n", -1);
        assertEquals("<<VOIP CONFIG FILE>>Version:2.0000000000" + " ".repeat(22), lines[0]);
        assertEquals("<<END OF FILE>>", lines[lines.length - 2]);
        assertEquals("", lines[lines.length - 1]);
        return entries(lines);
    }

    /**
     * @param body the file's bytes
     * @param key {@code MODULE|Section|Name}
     * @return the parameter's value, or null
     */
    static String get(byte[] body, String key) {
        return parse(body).get(key);
    }

    private static Map<String, String> entries(String[] lines) {
        Map<String, String> entries = new LinkedHashMap<>();
        String module = "";
        String section = "";
        for (int i = 1; i < lines.length - 2; i++) {
            String line = lines[i];
            if (line.isEmpty()) {
                continue;
            }
            int colon = line.indexOf(':');
            if (line.startsWith("<") && line.endsWith(">")) {
                module = line.substring(1, line.length() - 1);
                section = "";
            } else if (line.startsWith("--")) {
                section = line.substring(2, line.lastIndexOf("--"));
            } else {
                assertTrue("a parameter line: " + line, colon > 0);
                String key = module + "|" + section + "|" + line.substring(0, colon).strip();
                assertEquals("written once: " + key, null, entries.put(key,
                        line.substring(colon + 1)));
            }
        }
        return entries;
    }
}
