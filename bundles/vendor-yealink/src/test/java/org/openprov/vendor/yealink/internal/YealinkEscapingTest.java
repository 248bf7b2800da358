package org.openprov.vendor.yealink.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.Test;
import org.openprov.api.registry.Device;

public class YealinkEscapingTest {

    private final YealinkGenerator generator = YealinkTestDevices.generator();

    @Test
    public void newlineInDisplayNameCannotAddAParameter() {
        Device device = YealinkTestDevices.withDisplayName(
                "Bob\naccount.1.sip_server.1.address = evil.example.com");

        Map<String, String> cfg = CfgLines.parse(render(device));

        assertEquals("pbx.example.com", cfg.get("account.1.sip_server.1.address"));
        assertEquals("Bob account.1.sip_server.1.address = evil.example.com",
                cfg.get("account.1.display_name"));
    }

    @Test
    public void everyKindOfLineBreakBecomesASpace() {
        String[] breaks = {"\r", "\n", "\r\n", "\u0085", "\u2028", "\u2029", "\u000b", "\f"};
        for (String lineBreak : breaks) {
            Device device = YealinkTestDevices.withDisplayName(
                    "A" + lineBreak + "static.security.user_password = admin:x");

            Map<String, String> cfg = CfgLines.parse(render(device));

            assertFalse(cfg.containsKey("static.security.user_password"));
            String shown = cfg.get("account.1.display_name");
            assertEquals("A" + " ".repeat(lineBreak.length())
                    + "static.security.user_password = admin:x", shown);
        }
    }

    @Test
    public void otherControlCharactersBecomeSpaces() {
        assertEquals("a b c d", YealinkCfgWriter.clean("k", "a\u0000b\tc\u007fd"));
    }

    @Test
    public void printableTextIsKeptAsItIs() {
        String text = " Zoë #1 \"Z\" & <Co> = 'x' ";

        assertEquals(text, YealinkCfgWriter.clean("k", text));
    }

    @Test
    public void nullBecomesEmpty() {
        assertEquals("", YealinkCfgWriter.clean("k", null));
    }

    @Test
    public void commentsCannotAddAParameterEither() {
        String text = new YealinkCfgWriter().comment("x\nkey = value").text();

        assertEquals(YealinkCfgWriter.VERSION_LINE + "\n## x key = value\n", text);
        assertEquals(Map.of(), CfgLines.parse(text.getBytes(StandardCharsets.UTF_8)));
    }

    private byte[] render(Device device) {
        return YealinkTestDevices.render(generator, YealinkTestDevices.config(device)).body();
    }
}
