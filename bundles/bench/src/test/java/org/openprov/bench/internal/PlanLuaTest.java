package org.openprov.bench.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.Test;
import org.openprov.api.registry.Mac;

/**
 * The wrk scripts compute the benchmark phones themselves ({@code bench/wrk/plan.lua}): each
 * vendor there must have the OUI, the own file and the common file of {@link BenchVendor}.
 */
public class PlanLuaTest {

    private static final Path PLAN = Path.of("..", "..", "bench", "wrk", "plan.lua");

    @Test
    public void theLuaVendorTableMatchesTheJavaOne() throws IOException {
        String lua = Files.readString(PLAN, StandardCharsets.UTF_8);
        for (BenchVendor vendor : BenchVendor.values()) {
            String block = block(lua, vendor.id());
            Mac mac = Mac.parse(vendor.oui() + "abcdef");

            assertEquals(vendor.id(), "oui = \"" + vendor.oui() + "\"", find(block,
                    "oui = \"[0-9a-f]{6}\""));
            assertEquals(vendor.id(), vendor.ownFile(mac), ownFile(block, mac));
            assertEquals(vendor.id(), vendor.commonFiles(), commonFiles(block));
        }
    }

    @Test
    public void theLuaTableHasNoOtherVendor() throws IOException {
        String lua = Files.readString(PLAN, StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("\n  ([a-z]+) = \\{\n").matcher(lua);
        int count = 0;
        while (m.find()) {
            assertTrue(m.group(1), BenchVendor.of(m.group(1)) != null);
            count++;
        }
        assertEquals(BenchVendor.values().length, count);
    }

    private static String block(String lua, String id) {
        return find(lua, "\n  " + id + " = \\{\n(?s:.*?)\n  },");
    }

    /** Evaluates the Lua own-file expression, e.g. {@code "cfg" .. hex .. ".xml"}. */
    private static String ownFile(String block, Mac mac) {
        String expression = find(block, "own = function\\(hex\\) return (.*?) end", 1);
        StringBuilder name = new StringBuilder();
        for (String part : expression.split(" \\.\\. ")) {
            name.append(switch (part) {
                case "hex" -> mac.hex();
                case "hex:upper()" -> mac.upper();
                default -> part.replace("\"", "");
            });
        }
        return name.toString();
    }

    private static List<String> commonFiles(String block) {
        Matcher m = Pattern.compile("common = \"([^\"]+)\"").matcher(block);
        return m.find() ? List.of(m.group(1)) : List.of();
    }

    private static String find(String text, String regex) {
        return find(text, regex, 0);
    }

    private static String find(String text, String regex, int group) {
        Matcher m = Pattern.compile(regex).matcher(text);
        assertTrue("no " + regex, m.find());
        return m.group(group);
    }
}
