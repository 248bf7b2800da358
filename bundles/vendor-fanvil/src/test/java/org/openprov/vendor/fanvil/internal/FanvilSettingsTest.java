package org.openprov.vendor.fanvil.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.Test;
import org.openprov.api.settings.DeviceConfig;
import org.openprov.api.settings.ResolvedValue;
import org.openprov.api.settings.Setting;
import org.openprov.testing.LogCapture;

/**
 * Every setting of the vocabulary, each on its own: the parameters it adds to or changes in the
 * file of a two-line X4U, or, for a setting Fanvil cannot express, none and one log line. A
 * setting added to the vocabulary fails {@link #everySettingOfTheVocabularyHasAnExpectation}
 * until a decision is written here.
 */
public class FanvilSettingsTest {

    private static final String SIP = "SIP CONFIG MODULE|SIP Line List|";
    private static final String TIME = "PHONE FEATURE MODULE|DateTime Config|";
    private static final String MMI = "MMI CONFIG MODULE|MMI Account|";
    private static final String QOS = "QOS CONFIG MODULE||";

    /** A value for each setting, as an administrator would type it. */
    private static final Map<Setting, String> VALUES = new EnumMap<>(Setting.class);
    /** The parameters each value adds or changes; empty for a setting left out. */
    private static final Map<Setting, Map<String, String>> EXPECTED =
            new EnumMap<>(Setting.class);

    static {
        expect(Setting.SIP_SERVER, "sip2.example.com",
                SIP + "SIP1 Register Addr", "sip2.example.com",
                SIP + "SIP2 Register Addr", "sip2.example.com");
        expect(Setting.SIP_PORT, "5070",
                SIP + "SIP1 Register Port", "5070", SIP + "SIP2 Register Port", "5070");
        expect(Setting.SIP_TRANSPORT, "tls",
                SIP + "SIP1 Transport", "3", SIP + "SIP2 Transport", "3");
        expect(Setting.SIP_OUTBOUND_PROXY, "sbc.example.com:5070",
                SIP + "SIP1 Proxy Addr", "sbc.example.com", SIP + "SIP1 Proxy Port", "5070",
                SIP + "SIP2 Proxy Addr", "sbc.example.com", SIP + "SIP2 Proxy Port", "5070");
        expect(Setting.SIP_REGISTRATION_EXPIRY, "300",
                SIP + "SIP1 Register TTL", "300", SIP + "SIP2 Register TTL", "300");
        expect(Setting.CODECS, "g729, pcma, g726, ilbc",
                SIP + "SIP1 VoiceCodecMap", "G729,PCMA,G726-32,iLBC",
                SIP + "SIP2 VoiceCodecMap", "G729,PCMA,G726-32,iLBC");
        expect(Setting.NTP_SERVER, "ntp.example.com",
                TIME + "Enable SNTP", "1", TIME + "SNTP Server", "ntp.example.com");
        expect(Setting.TIME_ZONE, "UTC",
                TIME + "Time Zone", "0", TIME + "Time Zone Name", "UTC", TIME + "DST Type", "0");
        expect(Setting.DATE_FORMAT, "dmy");
        expect(Setting.TIME_FORMAT, "24h");
        expect(Setting.LANGUAGE, "cs",
                "PHONE FEATURE MODULE|Display Input|Default Language", "cz");
        expect(Setting.ADMIN_PASSWORD, FanvilTestDevices.ADMIN_PASSWORD,
                MMI + "Account1 Name", "admin",
                MMI + "Account1 Password", FanvilTestDevices.ADMIN_PASSWORD,
                MMI + "Account1 Level", "10");
        expect(Setting.USER_PASSWORD, FanvilTestDevices.USER_PASSWORD,
                MMI + "Account2 Name", "guest",
                MMI + "Account2 Password", FanvilTestDevices.USER_PASSWORD,
                MMI + "Account2 Level", "5");
        expect(Setting.VLAN_ID, "20", QOS + "Enable VLAN", "1", QOS + "VLAN ID", "20");
        expect(Setting.VLAN_PRIORITY, "5",
                QOS + "Signalling Priority", "5", QOS + "Voice Priority", "5");
        expect(Setting.LLDP, "disabled", QOS + "LLDP Transmit", "0");
        expect(Setting.SYSLOG_SERVER, "log.example.com",
                "LOG CONFIG MODULE||Syslog Server", "log.example.com",
                "LOG CONFIG MODULE||Syslog Server Port", "514");
        expect(Setting.VOICEMAIL_NUMBER, "*97",
                SIP + "SIP1 MWI Num", "*97", SIP + "SIP2 MWI Num", "*97");
        expect(Setting.DIAL_PLAN, "[2-9]xxx|0T");
        expect(Setting.FIRMWARE_URL, "https://fw.example.com/fanvil/",
                "FIRMWARE CHECK MODULE||Enable Auto Upgrade", "1",
                "FIRMWARE CHECK MODULE||Upgrade Server 1", "https://fw.example.com/fanvil/");
        expect(Setting.PHONEBOOK_URL, "https://dir.example.com/book.xml",
                "PHONE FEATURE MODULE|Xml PhoneBook|XML-PBook1 Name", "Phonebook",
                "PHONE FEATURE MODULE|Xml PhoneBook|XML-PBook1 Addr",
                "https://dir.example.com/book.xml");
        expect(Setting.CALL_WAITING, "off", "CALL FEATURE MODULE|Port Config|P1 CallWaiting",
                "0");
    }

    @Test
    public void everySettingOfTheVocabularyHasAnExpectation() {
        assertEquals(EnumSet.allOf(Setting.class), EXPECTED.keySet());
    }

    @Test
    public void eachSettingGivesItsParameters() {
        for (Setting setting : Setting.values()) {
            assertEquals(setting.key(), EXPECTED.get(setting),
                    delta(at(setting, VALUES.get(setting))));
        }
    }

    /** The settings left out are exactly those with no parameters, each with one log line. */
    @Test
    public void aSettingLeftOutIsNamedInOneLogLine() {
        for (Setting setting : Setting.values()) {
            try (LogCapture log = new LogCapture()) {
                delta(at(setting, VALUES.get(setting)));

                boolean leftOut = EXPECTED.get(setting).isEmpty();
                assertEquals(setting.key() + ": " + log.all(), leftOut ? 1 : 0,
                        log.count("INFO", FanvilTestDevices.MAC.hex(), "setting "
                                + setting.key(), "left out"));
            }
        }
    }

    @Test
    public void noLogLineCarriesASecret() {
        try (LogCapture log = new LogCapture()) {
            delta(at(Setting.ADMIN_PASSWORD, "Adm1n-xyz"), at(Setting.USER_PASSWORD, "Us3r-xyz"),
                    at(Setting.DIAL_PLAN, "xxx"), at(Setting.LANGUAGE, "sv"));

            assertEquals(log.all(), 2, log.lines("INFO").size());
            assertFalse(log.all(), log.all().contains("xyz"));
        }
    }

    @Test
    public void switchesHaveBothValues() {
        assertEquals(Map.of("CALL FEATURE MODULE|Port Config|P1 CallWaiting", "1"),
                delta(at(Setting.CALL_WAITING, "on")));
        assertEquals(Map.of(QOS + "LLDP Transmit", "1"), delta(at(Setting.LLDP, "yes")));
    }

    @Test
    public void everyLanguageFanvilHasIsWrittenAndTheOthersAreLeftOut() {
        for (String code : List.of("en", "de", "fr", "es", "it", "nl", "pt", "pl", "ru", "tr",
                "ko", "cs", "zh")) {
            assertEquals(code, 1, delta(at(Setting.LANGUAGE, code)).size());
        }
        assertEquals("cn", delta(at(Setting.LANGUAGE, "zh"))
                .get("PHONE FEATURE MODULE|Display Input|Default Language"));
        for (String code : List.of("sv", "da", "nb", "fi", "ja")) {
            try (LogCapture log = new LogCapture()) {
                assertEquals(code, Map.of(), delta(at(Setting.LANGUAGE, code)));
                assertEquals(log.all(), 1, log.count("INFO", "setting language",
                        "'" + code + "'"));
            }
        }
    }

    @Test
    public void codecsFanvilCannotNameAreLeftOutWithOneNote() {
        try (LogCapture log = new LogCapture()) {
            Map<String, String> codecs = delta(at(Setting.CODECS, "OPUS,G722,GSM,PCMU"));

            assertEquals(Map.of(SIP + "SIP1 VoiceCodecMap", "G722,PCMU",
                    SIP + "SIP2 VoiceCodecMap", "G722,PCMU"), codecs);
            assertEquals(log.all(), 1, log.count("INFO", "OPUS,GSM", "left out"));
        }
    }

    @Test
    public void aCodecListFanvilCannotExpressAtAllIsLeftOut() {
        try (LogCapture log = new LogCapture()) {
            assertEquals(Map.of(), delta(at(Setting.CODECS, "OPUS,GSM")));
            assertEquals(log.all(), 1, log.count("INFO", "setting codecs", "left out"));
        }
    }

    @Test
    public void syslogAndProxyKeepTheirPorts() {
        assertEquals("1514", delta(at(Setting.SYSLOG_SERVER, "log.example.com:1514"))
                .get("LOG CONFIG MODULE||Syslog Server Port"));
        Map<String, String> proxy = delta(at(Setting.SIP_OUTBOUND_PROXY, "sbc.example.com"));
        assertEquals("sbc.example.com", proxy.get(SIP + "SIP1 Proxy Addr"));
        assertFalse(proxy.containsKey(SIP + "SIP1 Proxy Port"));
    }

    @Test
    public void aLineWithoutAnyServerIsLeftOutWithAWarning() {
        DeviceConfig config = DeviceConfig.ofDevice(FanvilTestDevices.device("X4U",
                List.of(FanvilTestDevices.line(1, "1001")), Map.of()));
        try (LogCapture log = new LogCapture()) {
            Map<String, String> cfg = FanvilTestDevices.parameters(config);

            assertFalse(cfg.containsKey(SIP + "SIP1 Phone Number"));
            assertEquals(log.all(), 1, log.count("WARN", FanvilTestDevices.MAC.hex(), "line 1",
                    "sip.server"));
        }
    }

    @Test
    public void aLineBeyondTheModelsLinesIsWrittenWithAWarning() {
        DeviceConfig config = DeviceConfig.ofDevice(FanvilTestDevices.device("i10SV",
                List.of(FanvilTestDevices.line(1, "1001"), FanvilTestDevices.line(2, "1002"),
                        FanvilTestDevices.line(3, "1003")),
                Map.of(Setting.SIP_SERVER.key(), "pbx.example.com")));
        try (LogCapture log = new LogCapture()) {
            Map<String, String> cfg = FanvilTestDevices.parameters(config);

            assertEquals("1003", cfg.get(SIP + "SIP3 Phone Number"));
            assertEquals(log.all(), 1, log.count("WARN", FanvilTestDevices.MAC.hex(),
                    "line 3 is beyond the 2 lines", "i10SV"));
            assertEquals(log.all(), 0, log.count("WARN", "line 2"));
        }
    }

    private static void expect(Setting setting, String value, String... pairs) {
        VALUES.put(setting, value);
        Map<String, String> parameters = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            parameters.put(pairs[i], pairs[i + 1]);
        }
        EXPECTED.put(setting, parameters);
    }

    private static ResolvedValue at(Setting setting, String value) {
        return FanvilTestDevices.at(setting.key(), value);
    }

    /** @return the parameters that the values add to, or change in, the bare file */
    private static Map<String, String> delta(ResolvedValue... values) {
        Map<String, String> bare = FanvilTestDevices.parameters(
                FanvilTestDevices.twoLines("X4U"));
        Map<String, String> delta = new LinkedHashMap<>();
        FanvilTestDevices.parameters(FanvilTestDevices.twoLines("X4U", values))
                .forEach((name, value) -> {
                    if (!value.equals(bare.get(name))) {
                        delta.put(name, value);
                    }
                });
        return delta;
    }
}
