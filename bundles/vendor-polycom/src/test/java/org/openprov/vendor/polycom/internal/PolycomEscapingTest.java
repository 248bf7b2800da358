package org.openprov.vendor.polycom.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.Test;

public class PolycomEscapingTest {

    private final PolycomGenerator generator = PolycomTestDevices.generator();

    @Test
    public void bothQuoteKindsRoundTripThroughADomParser() {
        String name = "O'Brien \"Bob\" 'x' \"\"''";

        assertEquals(name, parsedDisplayName(name));
    }

    @Test
    public void markupInAValueStaysText() {
        String name = "a\" reg.1.auth.password=\"x\" <b>&amp;</b> ]]> <!-- -->";

        Map<String, String> cfg = StrictXml.attributes(
                PolycomTestDevices.render(generator, PolycomTestDevices.withDisplayName(name)));

        assertEquals(name, cfg.get("reg.1.displayName"));
        assertEquals("pw", cfg.get("reg.1.auth.password"));
    }

    @Test
    public void tabsAndLineBreaksSurviveAttributeNormalisation() {
        String name = "a\tb\nc\rd";

        assertEquals(name, parsedDisplayName(name));
    }

    @Test
    public void nonAsciiIsWrittenAsUtf8() {
        String name = "Zoë Łukasz 東京 😀";
        byte[] body = PolycomTestDevices.render(generator,
                PolycomTestDevices.withDisplayName(name));

        assertEquals(name, StrictXml.attributes(body).get("reg.1.displayName"));
        assertTrue(new String(body, StandardCharsets.UTF_8).contains(name));
    }

    @Test
    public void aParameterCannotBeSetTwice() {
        PolycomXmlWriter cfg = new PolycomXmlWriter("polycomConfig").set("device.set", 1);

        assertThrows(IllegalStateException.class, () -> cfg.set("device.set", 1));
    }

    @Test
    public void commentsRefuseDoubleHyphens() {
        PolycomXmlWriter cfg = new PolycomXmlWriter("polycomConfig");

        assertThrows(IllegalArgumentException.class, () -> cfg.render("a -- b"));
    }

    private String parsedDisplayName(String name) {
        byte[] body = PolycomTestDevices.render(generator,
                PolycomTestDevices.withDisplayName(name));
        return StrictXml.attributes(body).get("reg.1.displayName");
    }
}
