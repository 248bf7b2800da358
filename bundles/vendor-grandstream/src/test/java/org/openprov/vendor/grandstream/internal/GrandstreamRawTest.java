package org.openprov.vendor.grandstream.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.Test;
import org.openprov.api.settings.DeviceConfig;
import org.openprov.testing.LogCapture;

/** Raw settings raw.grandstream.P<n>: written last, replacing a generated value, never twice. */
public class GrandstreamRawTest {

    @Test
    public void rawSettingsAreWrittenLastInNameOrder() {
        Map<String, String> p = parameters("raw.grandstream.P8345", "1",
                "raw.grandstream.P1347", "*8");

        List<String> names = List.copyOf(p.keySet());
        assertEquals(List.of("P1347", "P8345"), names.subList(names.size() - 2, names.size()));
        assertEquals("*8", p.get("P1347"));
    }

    @Test
    public void aRawNameEqualToAGeneratedParameterReplacesIt() {
        DeviceConfig config = GrandstreamTestDevices.config(GrandstreamTestDevices
                .oneLine("GXP2170"), "ntp.server", "ntp.example.com", "raw.grandstream.P30",
                "ntp2.example.com", "raw.grandstream.P47", "other.example.com:5080");
        String text = new String(GrandstreamTestDevices.render(GrandstreamTestDevices
                .generator(), config).body(), StandardCharsets.UTF_8);
        Map<String, String> p = GrandstreamTestDevices.parameters(config);

        assertEquals("ntp2.example.com", p.get("P30"));
        assertEquals("other.example.com:5080", p.get("P47"));
        assertEquals(1, text.split("<P30>", -1).length - 1);
        assertEquals(1, text.split("<P47>", -1).length - 1);
        assertTrue(text.indexOf("<P47>") > text.indexOf("raw settings"));
    }

    @Test
    public void aRawNameThatIsNotAPValueIsLeftOutWithAWarning() {
        try (LogCapture log = new LogCapture()) {
            Map<String, String> p = parameters("raw.grandstream.users.admin.password", "x",
                    "raw.grandstream.p30", "y", "raw.grandstream.P0", "z",
                    "raw.grandstream.P290", "{ x+ }");

            assertEquals("{ x+ }", p.get("P290"));
            assertFalse(p.containsValue("x"));
            assertFalse(p.containsValue("y"));
            assertFalse(p.containsValue("z"));
            assertEquals(3, log.count("WARN", GrandstreamTestDevices.MAC.hex(),
                    "is left out: a Grandstream parameter is named P"));
            assertEquals(1, log.count("WARN", "raw.grandstream.users.admin.password"));
        }
    }

    @Test
    public void rawValuesAreEscapedLikeEveryOther() {
        String value = "a&b<c>\"d'";
        DeviceConfig config = GrandstreamTestDevices.config(GrandstreamTestDevices
                .oneLine("GXP2170"), "raw.grandstream.P1347", value);
        String text = new String(GrandstreamTestDevices.render(GrandstreamTestDevices
                .generator(), config).body(), StandardCharsets.UTF_8);

        assertTrue(text.contains("<P1347>a&amp;b&lt;c&gt;\"d'</P1347>"));
        assertEquals(value, GrandstreamTestDevices.parameters(config).get("P1347"));
    }

    @Test
    public void onlyPAndANumberAreParameterNames() {
        assertEquals(OptionalInt.of(290), PValueFile.parameter("P290"));
        assertEquals(OptionalInt.of(23000), PValueFile.parameter("P23000"));
        assertEquals(OptionalInt.empty(), PValueFile.parameter("p290"));
        assertEquals(OptionalInt.empty(), PValueFile.parameter("P0"));
        assertEquals(OptionalInt.empty(), PValueFile.parameter("P1234567"));
        assertEquals(OptionalInt.empty(), PValueFile.parameter("P29.0"));
        assertEquals(OptionalInt.empty(), PValueFile.parameter(null));
    }

    @Test
    public void rawSettingsOfOtherVendorsAreIgnored() {
        Map<String, String> p = parameters("raw.yealink.P30", "no", "raw.grandstreamx.P31", "no");

        assertFalse(p.containsKey("P30"));
        assertFalse(p.containsKey("P31"));
    }

    private static Map<String, String> parameters(String... settings) {
        return GrandstreamTestDevices.parameters(GrandstreamTestDevices.config(
                GrandstreamTestDevices.oneLine("GXP2170"), settings));
    }
}
