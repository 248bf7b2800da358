package org.openprov.vendor.audiocodes.internal;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reads an AudioCodes file as the phone reads it: one {@code name=value} per line. */
final class CfgLines {

    private CfgLines() {
    }

    /**
     * @param body the file
     * @return its parameters in file order; fails on a line without '=' or a name written twice
     */
    static Map<String, String> parse(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        Map<String, String> parameters = new LinkedHashMap<>();
        if (text.isEmpty()) {
            return parameters;
        }
        assertTrue("the file ends with a line break", text.endsWith("\n"));
        for (String line : text.substring(0, text.length() - 1).split("\n", -1)) {
            int eq = line.indexOf('=');
            assertTrue("a parameter line: " + line, eq > 0);
            String name = line.substring(0, eq);
            assertFalse("written twice: " + name, parameters.containsKey(name));
            parameters.put(name, line.substring(eq + 1));
        }
        return parameters;
    }
}
