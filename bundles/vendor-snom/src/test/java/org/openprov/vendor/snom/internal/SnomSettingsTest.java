package org.openprov.vendor.snom.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.Test;
import org.openprov.api.registry.SipLine;
import org.openprov.api.registry.Transport;
import org.openprov.api.settings.DeviceConfig;
import org.openprov.api.settings.ResolvedValue;
import org.openprov.api.settings.Setting;
import org.openprov.testing.LogCapture;

/**
 * Every setting of the vocabulary, each on its own: the Snom settings it adds to or changes in
 * the file of a two-line D785, or, for a setting Snom cannot express, none and one log line.
 */
public class SnomSettingsTest {

    /** A value for each setting, as an administrator would type it. */
    private static final Map<Setting, String> VALUES = new EnumMap<>(Setting.class);
    /** The settings each value adds or changes; empty for a setting left out. */
    private static final Map<Setting, Map<String, String>> EXPECTED =
            new EnumMap<>(Setting.class);

    static {
        expect(Setting.SIP_SERVER, "sip2.example.com",
                "user_host[1]", "sip2.example.com:5060;transport=udp",
                "user_host[2]", "sip2.example.com:5060;transport=udp");
        expect(Setting.SIP_PORT, "5070",
                "user_host[1]", "pbx.example.com:5070;transport=udp",
                "user_host[2]", "pbx.example.com:5070;transport=udp");
        expect(Setting.SIP_TRANSPORT, "TLS",
                "user_host[1]", "pbx.example.com:5060;transport=tls",
                "user_host[2]", "pbx.example.com:5060;transport=tls");
        expect(Setting.SIP_OUTBOUND_PROXY, "sbc.example.com:5070",
                "user_outbound[1]", "sbc.example.com:5070;transport=udp",
                "user_outbound[2]", "sbc.example.com:5070;transport=udp");
        expect(Setting.SIP_REGISTRATION_EXPIRY, "300",
                "user_expiry[1]", "300", "user_expiry[2]", "300");
        expect(Setting.CODECS, "g722, ulaw, alaw",
                "codec_priority_list[1]", "g722,pcmu,pcma,telephone-event",
                "codec_priority_list[2]", "g722,pcmu,pcma,telephone-event");
        expect(Setting.NTP_SERVER, "ntp.example.com", "ntp_server", "ntp.example.com");
        expect(Setting.TIME_ZONE, "Asia/Tokyo",
                "timezone", "", "utc_offset", "+32400", "dst", "");
        expect(Setting.DATE_FORMAT, "mdy", "date_us_format", "on");
        expect(Setting.TIME_FORMAT, "24h", "time_24_format", "on");
        expect(Setting.LANGUAGE, "de", "language", "Deutsch", "web_language", "Deutsch");
        expect(Setting.ADMIN_PASSWORD, SnomTestDevices.ADMIN_PASSWORD,
                "admin_mode_password", SnomTestDevices.ADMIN_PASSWORD,
                "http_user", "admin", "http_pass", SnomTestDevices.ADMIN_PASSWORD);
        expect(Setting.USER_PASSWORD, "Us3r-secret");
        expect(Setting.VLAN_ID, "20", "vlan_id", "20");
        expect(Setting.VLAN_PRIORITY, "5", "vlan_qos", "5");
        expect(Setting.LLDP, "disabled", "lldp_enable", "off");
        expect(Setting.SYSLOG_SERVER, "log.example.com:1514",
                "syslog_server", "log.example.com:1514");
        expect(Setting.VOICEMAIL_NUMBER, "*97", "user_mailbox[1]", "*97", "user_mailbox[2]",
                "*97");
        expect(Setting.DIAL_PLAN, "[2-9]xxx|0T");
        expect(Setting.FIRMWARE_URL, "https://fw.example.com/snomD785-10.1.226.16-SIP-r.bin");
        expect(Setting.PHONEBOOK_URL, "https://dir.example.com/snom.xml",
                "dkey_directory", "url https://dir.example.com/snom.xml");
        expect(Setting.CALL_WAITING, "off", "call_waiting", "off");
    }

    /** A new setting fails here until someone decides how Snom writes it. */
    @Test
    public void everySettingOfTheVocabularyHasADecision() {
        assertEquals(EnumSet.allOf(Setting.class), EXPECTED.keySet());
    }

    @Test
    public void eachSettingGivesItsSnomSettings() {
        for (Setting setting : Setting.values()) {
            assertEquals(setting.key(), EXPECTED.get(setting), delta(at(setting)));
        }
    }

    /** The settings left out are exactly those with no Snom settings, each with one line. */
    @Test
    public void aSettingLeftOutIsNamedInOneLogLine() {
        for (Setting setting : Setting.values()) {
            try (LogCapture log = new LogCapture()) {
                delta(at(setting));

                boolean leftOut = EXPECTED.get(setting).isEmpty();
                assertEquals(setting.key(), leftOut ? 1 : 0, log.lines("INFO").size()
                        + log.lines("WARN").size());
                if (leftOut) {
                    assertEquals(setting.key(), 1, log.count("INFO", SnomTestDevices.MAC.hex(),
                            "setting " + setting.key(), "left out"));
                }
            }
        }
    }

    @Test
    public void noLogLineCarriesASecret() {
        try (LogCapture log = new LogCapture()) {
            delta(at(Setting.ADMIN_PASSWORD, "Adm1n-xyz"), at(Setting.USER_PASSWORD, "Us3r-xyz"),
                    at(Setting.LANGUAGE, "tr"), at(Setting.DIAL_PLAN, "xxx"));

            assertEquals(3, log.lines("INFO").size());
            assertFalse(log.all(), log.all().contains("xyz"));
        }
    }

    @Test
    public void switchesAndFormatsHaveBothValues() {
        assertEquals(Map.of("call_waiting", "on"), delta(at(Setting.CALL_WAITING, "on")));
        assertEquals(Map.of("lldp_enable", "on"), delta(at(Setting.LLDP, "yes")));
        assertEquals(Map.of("time_24_format", "off"), delta(at(Setting.TIME_FORMAT, "12h")));
        assertEquals(Map.of("date_us_format", "off"), delta(at(Setting.DATE_FORMAT, "dmy")));
    }

    @Test
    public void yearFirstDatesAreLeftOutWithALogLine() {
        try (LogCapture log = new LogCapture()) {
            assertEquals(Map.of(), delta(at(Setting.DATE_FORMAT, "ymd")));
            assertEquals(1, log.count("INFO", "setting date.format", "left out"));
        }
    }

    @Test
    public void everyLanguageSnomHasIsWrittenAndTheOthersAreLeftOut() {
        Map<String, String> names = Map.of("en", "English", "de", "Deutsch", "fr", "Francais",
                "es", "Espanol", "it", "Italiano", "nl", "Dutch");
        names.forEach((code, name) -> assertEquals(code, Map.of("language", name,
                "web_language", name), delta(at(Setting.LANGUAGE, code))));
        for (String code : List.of("tr", "ja", "pl")) {
            try (LogCapture log = new LogCapture()) {
                assertEquals(code, Map.of(), delta(at(Setting.LANGUAGE, code)));
                assertEquals(code, 1, log.count("INFO", "setting language", "'" + code + "'"));
            }
        }
    }

    @Test
    public void codecsSnomCannotNameAreLoggedAndTheEventsStayLast() {
        try (LogCapture log = new LogCapture()) {
            assertEquals("g729,gsm,g726-32,telephone-event", delta(at(Setting.CODECS,
                    "OPUS,G729,GSM,ILBC,G726")).get("codec_priority_list[1]"));
            assertEquals(1, log.count("INFO", "codec(s) OPUS,ILBC", "left out"));
        }
    }

    @Test
    public void aCodecListSnomCannotExpressAtAllIsLeftOut() {
        try (LogCapture log = new LogCapture()) {
            assertEquals(Map.of(), delta(at(Setting.CODECS, "OPUS,ILBC")));
            assertEquals(1, log.count("INFO", "setting codecs", "left out"));
        }
    }

    /** Port and transport are written on every registrar, also when the line gives them. */
    @Test
    public void eachLineKeepsItsOwnServerPortAndTransport() {
        SipLine own = new SipLine(1, "1001", null, "pw", null, null, "[2001:db8::10]", 5061,
                Transport.TCP);
        DeviceConfig config = SnomTestDevices.config(SnomTestDevices.device("D785",
                List.of(own, SnomTestDevices.line(2, "1002")), Map.of()),
                at(Setting.SIP_SERVER, "pbx.example.com"), at(Setting.SIP_TRANSPORT, "tls"));
        Map<String, String> settings = SnomTestDevices.settings(config);

        assertEquals("[2001:db8::10]:5061;transport=tcp", settings.get("user_host[1]"));
        assertEquals("pbx.example.com:5060;transport=tls", settings.get("user_host[2]"));
    }

    @Test
    public void anOutboundProxyWithoutPortLeavesThePortToThePhone() {
        assertEquals("sbc.example.com;transport=tcp", delta(at(Setting.SIP_OUTBOUND_PROXY,
                "sbc.example.com"), at(Setting.SIP_TRANSPORT, "tcp")).get("user_outbound[2]"));
    }

    @Test
    public void linesBeyondTheModelsIdentitiesAreLeftOut() {
        List<SipLine> lines = List.of(SnomTestDevices.line(1, "1001"),
                SnomTestDevices.line(5, "1005"));
        DeviceConfig config = SnomTestDevices.config(SnomTestDevices.device("710", lines,
                Map.of()), at(Setting.SIP_SERVER, "pbx.example.com"));
        try (LogCapture log = new LogCapture()) {
            Map<String, String> settings = SnomTestDevices.settings(config);

            assertTrue(settings.containsKey("user_name[1]"));
            assertFalse(settings.containsKey("user_name[5]"));
            assertEquals(1, log.count("WARN", SnomTestDevices.MAC.hex(), "line 5",
                    "4 identities"));
        }
    }

    /** Without sip.server a line that names no server cannot register; it is reported. */
    @Test
    public void aLineWithoutAnyServerIsLeftOutWithAWarning() {
        DeviceConfig config = SnomTestDevices.config(SnomTestDevices.device("D785",
                List.of(SnomTestDevices.line(1, "1001")), Map.of()));
        try (LogCapture log = new LogCapture()) {
            assertFalse(SnomTestDevices.settings(config).containsKey("user_name[1]"));
            assertEquals(1, log.count("WARN", SnomTestDevices.MAC.hex(), "line 1",
                    "sip.server"));
        }
    }

    private static void expect(Setting setting, String value, String... pairs) {
        VALUES.put(setting, value);
        Map<String, String> settings = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            settings.put(pairs[i], pairs[i + 1]);
        }
        EXPECTED.put(setting, settings);
    }

    private static ResolvedValue at(Setting setting) {
        return at(setting, VALUES.get(setting));
    }

    private static ResolvedValue at(Setting setting, String value) {
        return SnomTestDevices.at(setting.key(), value);
    }

    /** @return the settings that the values add to, or change in, the bare file */
    private static Map<String, String> delta(ResolvedValue... values) {
        Map<String, String> bare = SnomTestDevices.settings(SnomTestDevices.twoLines("D785"));
        Map<String, String> delta = new LinkedHashMap<>();
        SnomTestDevices.settings(SnomTestDevices.twoLines("D785", values))
                .forEach((name, value) -> {
                    if (!value.equals(bare.get(name))) {
                        delta.put(name, value);
                    }
                });
        return delta;
    }
}
