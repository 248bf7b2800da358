package org.openprov.vendor.audiocodes.internal;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.Test;
import org.openprov.api.registry.Device;
import org.openprov.api.registry.SipLine;
import org.openprov.api.registry.Transport;
import org.openprov.testing.LogCapture;

public class AudioCodesEscapingTest {

    @Test
    public void quotesAmpersandsAndAnglesAreWrittenAsTheyAre() {
        Map<String, String> cfg = line("Zoë \"Z\" Müller & <Co> 'x'", "pw");

        assertEquals("Zoë \"Z\" Müller & <Co> 'x'", cfg.get("voip/line/0/description"));
    }

    @Test
    public void textOutsideAsciiIsUtf8() {
        byte[] body = AudioCodesTestDevices.render(AudioCodesTestDevices.config(
                device("Zoë", "pw"))).body();
        String text = new String(body, StandardCharsets.UTF_8);

        assertTrue(text.contains("voip/line/0/description=Zoë\n"));
        byte[] zoe = "Zoë".getBytes(StandardCharsets.UTF_8);
        assertArrayEquals(new byte[] {0x5A, 0x6F, (byte) 0xC3, (byte) 0xAB}, zoe);
    }

    @Test
    public void lineBreaksCannotStartANewParameter() {
        assertEquals("a b c", AudioCodesCfgWriter.cleaned("a\nb\rc"));
        assertEquals("a b", AudioCodesCfgWriter.cleaned("a\u2028b"));
        assertEquals("a b", AudioCodesCfgWriter.cleaned("a\u0085b"));
        AudioCodesCfgWriter cfg = new AudioCodesCfgWriter(AudioCodesTestDevices.MAC);
        cfg.set("voip/line/0/description", "Ann\nvoip/line/0/id=evil");

        assertEquals("voip/line/0/description=Ann voip/line/0/id=evil\n", cfg.text());
    }

    @Test
    public void aSemicolonCannotCutAValueAndTheChangeIsLogged() {
        try (LogCapture log = new LogCapture()) {
            Map<String, String> cfg = line("Sales; Desk 2", "pw");

            assertEquals("Sales, Desk 2", cfg.get("voip/line/0/description"));
            assertEquals(1, log.count("INFO", "00908fa00024", "voip/line/0/description"));
            assertFalse(log.all().contains("Sales"));
        }
    }

    @Test
    public void spacesAtTheEndsAreDropped() {
        assertEquals("Ann", AudioCodesCfgWriter.cleaned("  Ann \t"));
        assertTrue(AudioCodesCfgWriter.writable("a b"));
        assertFalse(AudioCodesCfgWriter.writable(" ab"));
        assertFalse(AudioCodesCfgWriter.writable("a;b"));
    }

    @Test
    public void aPasswordTheFileCannotCarryLeavesTheLineOutWithoutLoggingIt() {
        try (LogCapture log = new LogCapture()) {
            Map<String, String> cfg = line("Ann", "pa;ss");

            assertFalse(cfg.containsKey("voip/line/0/auth_password"));
            assertFalse(cfg.containsKey("voip/line/0/id"));
            assertEquals(1, log.count("WARN", "00908fa00024", "line 1 is left out",
                    "password"));
            assertFalse(log.all().contains("pa;ss"));
        }
    }

    @Test
    public void aSecretWithSpecialCharactersIsWrittenExactly() {
        Map<String, String> cfg = line("Ann", "p&ss<w>rd\"1'=#");

        assertEquals("p&ss<w>rd\"1'=#", cfg.get("voip/line/0/auth_password"));
    }

    @Test
    public void aParameterIsNeverWrittenTwice() {
        AudioCodesCfgWriter cfg = new AudioCodesCfgWriter(AudioCodesTestDevices.MAC);
        cfg.set("a/b", "1");

        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> cfg.set("a/b", "2"));

        assertEquals("Parameter a/b written twice", e.getMessage());
        assertEquals("a/b=1\n", cfg.text());
    }

    private static Map<String, String> line(String displayName, String password) {
        return AudioCodesTestDevices.parameters(device(displayName, password));
    }

    private static Device device(String displayName, String password) {
        SipLine line = new SipLine(1, "1001", "1001", password, displayName, "1001",
                "pbx.example.com", 5060, Transport.UDP);
        return AudioCodesTestDevices.device("440HD", List.of(line), Map.of());
    }
}
