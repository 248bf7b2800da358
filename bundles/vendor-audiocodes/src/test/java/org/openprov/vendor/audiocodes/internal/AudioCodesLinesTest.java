package org.openprov.vendor.audiocodes.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;

import java.util.List;
import java.util.Map;
import org.junit.Test;
import org.openprov.api.registry.SipLine;
import org.openprov.api.registry.Transport;
import org.openprov.api.settings.Setting;
import org.openprov.testing.LogCapture;

public class AudioCodesLinesTest {

    private static final String SIP = "voip/signalling/sip/";

    @Test
    public void lineOneIsIndexZeroWithEveryPart() {
        Map<String, String> cfg = lines(List.of(AudioCodesTestDevices.first()));

        assertEquals("1", cfg.get("voip/line/0/enabled"));
        assertEquals("1001", cfg.get("voip/line/0/id"));
        assertEquals("1001", cfg.get("voip/line/0/auth_name"));
        assertEquals(AudioCodesTestDevices.PASSWORD, cfg.get("voip/line/0/auth_password"));
        assertEquals(AudioCodesTestDevices.DISPLAY_NAME, cfg.get("voip/line/0/description"));
        assertEquals("Zoë", cfg.get("voip/line/0/extension_display"));
    }

    @Test
    public void proxyPortAndTransportAreAlwaysExplicit() {
        Map<String, String> cfg = lines(List.of(AudioCodesTestDevices.first()));

        assertEquals("1", cfg.get(SIP + "use_proxy"));
        assertEquals("pbx.example.com", cfg.get(SIP + "proxy_address"));
        assertEquals("5061", cfg.get(SIP + "proxy_port"));
        assertEquals("TLS", cfg.get(SIP + "transport_protocol"));
        assertEquals("1", cfg.get(SIP + "use_proxy_ip_port_for_registrar"));
    }

    @Test
    public void serverPortAndTransportFromTheSettingsWhenTheLineGivesNone() {
        SipLine bare = new SipLine(1, "1001", "1001", "pw", "Ann", "Ann", "", 0, null);
        Map<String, String> cfg = AudioCodesTestDevices.parameters(AudioCodesTestDevices
                .device("440HD", List.of(bare), Map.of(Setting.SIP_SERVER.key(),
                        "sbc.example.com", Setting.SIP_TRANSPORT.key(), "tcp")));

        assertEquals("sbc.example.com", cfg.get(SIP + "proxy_address"));
        assertEquals("5060", cfg.get(SIP + "proxy_port"));
        assertEquals("TCP", cfg.get(SIP + "transport_protocol"));
    }

    @Test
    public void unusedLinesOfTheModelAreSwitchedOff() {
        Map<String, String> cfg = lines(List.of(AudioCodesTestDevices.first(),
                AudioCodesTestDevices.second()));

        assertEquals("1", cfg.get("voip/line/1/enabled"));
        for (int n = 2; n < 6; n++) {
            assertEquals("line index " + n, "0", cfg.get("voip/line/" + n + "/enabled"));
        }
        assertFalse(cfg.containsKey("voip/line/6/enabled"));
    }

    @Test
    public void aLineOnAnotherProxyIsLeftOutAndSwitchedOff() {
        SipLine other = new SipLine(2, "2002", "2002", "pw2", "Bob", "Bob", "other.example.com",
                5060, Transport.UDP);
        try (LogCapture log = new LogCapture()) {
            Map<String, String> cfg = lines(List.of(AudioCodesTestDevices.first(), other));

            assertFalse(cfg.containsKey("voip/line/1/id"));
            assertEquals("0", cfg.get("voip/line/1/enabled"));
            assertEquals("pbx.example.com", cfg.get(SIP + "proxy_address"));
            assertEquals(1, log.count("WARN", "00908fa00024", "line 2 is left out",
                    "one SIP proxy"));
        }
    }

    @Test
    public void aLineBeyondTheModelIsLeftOut() {
        SipLine third = new SipLine(3, "1003", "1003", "pw3", "C", "C", "pbx.example.com",
                5061, Transport.TLS);
        try (LogCapture log = new LogCapture()) {
            Map<String, String> cfg = AudioCodesTestDevices.parameters(AudioCodesTestDevices
                    .device("420HD", List.of(AudioCodesTestDevices.first(), third), Map.of()));

            assertFalse(cfg.containsKey("voip/line/2/enabled"));
            assertEquals(1, log.count("WARN", "line 3 is left out", "2 line(s)"));
        }
    }

    @Test
    public void aUserLongerThanThePhoneTakesIsLeftOutNotCut() {
        String user = "1".repeat(31);
        SipLine longUser = new SipLine(1, user, user, "pw", "A", "A", "pbx.example.com", 5060,
                Transport.UDP);
        try (LogCapture log = new LogCapture()) {
            Map<String, String> cfg = lines(List.of(longUser));

            assertFalse(cfg.containsKey("voip/line/0/id"));
            assertFalse(cfg.containsKey(SIP + "proxy_address"));
            assertEquals("0", cfg.get("voip/line/0/enabled"));
            assertEquals(1, log.count("WARN", "line 1 is left out", "30 characters"));
        }
    }

    private static Map<String, String> lines(List<SipLine> lines) {
        return AudioCodesTestDevices.parameters(AudioCodesTestDevices.device("440HD", lines,
                Map.of()));
    }
}
