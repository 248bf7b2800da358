package org.openprov.vendor.mitel.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.Test;
import org.openprov.api.registry.Device;
import org.openprov.api.registry.SipLine;
import org.openprov.api.registry.Transport;
import org.openprov.api.settings.Setting;
import org.openprov.testing.LogCapture;

/**
 * Every setting of the vocabulary and the Mitel parameters it becomes, or the log line that
 * says it is left out. A setting added to the vocabulary fails
 * {@link #everySettingOfTheVocabularyHasADecision} until it is decided here.
 */
public class MitelSettingsTest {

    /** Settings Mitel phones do not take from OpenProv's file; each logs why. */
    private static final Set<Setting> OMITTED = EnumSet.of(Setting.LANGUAGE,
            Setting.VLAN_PRIORITY, Setting.FIRMWARE_URL, Setting.PHONEBOOK_URL);

    private static final Map<Setting, String> VALUES = new EnumMap<>(Map.ofEntries(
            Map.entry(Setting.SIP_SERVER, "pbx.example.com"),
            Map.entry(Setting.SIP_PORT, "5070"),
            Map.entry(Setting.SIP_TRANSPORT, "tcp"),
            Map.entry(Setting.SIP_OUTBOUND_PROXY, "sbc.example.com:5080"),
            Map.entry(Setting.SIP_REGISTRATION_EXPIRY, "600"),
            Map.entry(Setting.CODECS, "G722,PCMU"),
            Map.entry(Setting.NTP_SERVER, "ntp.example.com"),
            Map.entry(Setting.TIME_ZONE, "Asia/Kolkata"),
            Map.entry(Setting.DATE_FORMAT, "dmy"),
            Map.entry(Setting.TIME_FORMAT, "12h"),
            Map.entry(Setting.LANGUAGE, "de"),
            Map.entry(Setting.ADMIN_PASSWORD, "Adm1n-Pass"),
            Map.entry(Setting.USER_PASSWORD, "Us3r-Pass"),
            Map.entry(Setting.VLAN_ID, "20"),
            Map.entry(Setting.VLAN_PRIORITY, "5"),
            Map.entry(Setting.LLDP, "on"),
            Map.entry(Setting.SYSLOG_SERVER, "log.example.com:1514"),
            Map.entry(Setting.VOICEMAIL_NUMBER, "*97"),
            Map.entry(Setting.DIAL_PLAN, "[2-9]xxx|0x.T"),
            Map.entry(Setting.FIRMWARE_URL, "https://fw.example.com/6867i.st"),
            Map.entry(Setting.PHONEBOOK_URL, "https://pb.example.com/book.xml"),
            Map.entry(Setting.CALL_WAITING, "off")));

    private static final Map<Setting, Map<String, String>> EXPECTED = new EnumMap<>(
            Map.ofEntries(
            Map.entry(Setting.SIP_SERVER, Map.of("sip line1 proxy ip", "pbx.example.com",
                    "sip line1 registrar ip", "pbx.example.com")),
            Map.entry(Setting.SIP_PORT, Map.of("sip line1 proxy port", "5070",
                    "sip line1 registrar port", "5070")),
            Map.entry(Setting.SIP_TRANSPORT, Map.of("sip transport protocol", "2")),
            Map.entry(Setting.SIP_OUTBOUND_PROXY, Map.of(
                    "sip line1 outbound proxy", "sbc.example.com",
                    "sip line1 outbound proxy port", "5080")),
            Map.entry(Setting.SIP_REGISTRATION_EXPIRY, Map.of(
                    "sip line1 registration period", "600")),
            Map.entry(Setting.CODECS, Map.of("sip customized codec",
                    "payload=9;ptime=20;silsupp=off,payload=0;ptime=20;silsupp=off")),
            Map.entry(Setting.NTP_SERVER, Map.of("time server disabled", "0",
                    "time server1", "ntp.example.com")),
            Map.entry(Setting.TIME_ZONE, Map.of("time zone name", "Custom",
                    "time zone minutes", "-330", "dst config", "0")),
            Map.entry(Setting.DATE_FORMAT, Map.of("date format", "3")),
            Map.entry(Setting.TIME_FORMAT, Map.of("time format", "0")),
            Map.entry(Setting.ADMIN_PASSWORD, Map.of("admin password", "Adm1n-Pass")),
            Map.entry(Setting.USER_PASSWORD, Map.of("user password", "Us3r-Pass")),
            Map.entry(Setting.VLAN_ID, Map.of("tagging enabled", "1", "vlan id", "20")),
            Map.entry(Setting.LLDP, Map.of("lldp", "1")),
            Map.entry(Setting.SYSLOG_SERVER, Map.of("log server ip", "log.example.com",
                    "log server port", "1514")),
            Map.entry(Setting.VOICEMAIL_NUMBER, Map.of("sip line1 vmail", "*97")),
            Map.entry(Setting.DIAL_PLAN, Map.of("sip dial plan", "[2-9]xxx|0x+")),
            Map.entry(Setting.CALL_WAITING, Map.of("call waiting", "0"))));

    @Test
    public void everySettingOfTheVocabularyHasADecision() {
        for (Setting setting : Setting.values()) {
            assertTrue(setting.key() + " is neither mapped nor documented as omitted",
                    EXPECTED.containsKey(setting) ^ OMITTED.contains(setting));
            assertTrue(setting.key() + " has no test value", VALUES.containsKey(setting));
        }
    }

    @Test
    public void eachSettingAloneGivesExactlyItsParameters() {
        for (Setting setting : EXPECTED.keySet()) {
            Map<String, String> without = parameters(base());
            Map<String, String> with = parameters(base().customer(setting.key(),
                    VALUES.get(setting)));

            assertEquals(setting.key(), EXPECTED.get(setting), delta(without, with));
            EXPECTED.get(setting).forEach((name, value) -> assertNotEquals(setting.key(),
                    value, without.get(name)));
        }
    }

    @Test
    public void aSettingLeftOutChangesNothingAndIsNamedInOneLogLine() {
        for (Setting setting : OMITTED) {
            try (LogCapture log = new LogCapture()) {
                Map<String, String> with = parameters(base().customer(setting.key(),
                        VALUES.get(setting)));

                assertEquals(setting.key(), Map.of(), delta(parameters(base()), with));
                assertEquals(log.all(), 1, log.count("INFO", "00085da0b2c3",
                        "setting " + setting.key() + " is left out"));
                if (VALUES.get(setting).contains("://")) {
                    assertFalse(log.all(), log.all().contains(VALUES.get(setting)));
                }
            }
        }
    }

    @Test
    public void allSettingsTogetherGiveEveryParameterOnceAndLogNoSecret() {
        try (LogCapture log = new LogCapture()) {
            MitelTestDevices.Stack stack = base();
            VALUES.forEach((setting, value) -> stack.platform(setting.key(), value));

            Map<String, String> cfg = parameters(stack);

            EXPECTED.values().forEach(lines -> lines.forEach((name, value) ->
                    assertEquals(name, value, cfg.get(name))));
            assertFalse(log.all().contains("Adm1n-Pass") || log.all().contains("Us3r-Pass"));
            assertEquals(log.all(), OMITTED.size(), log.count("INFO", "is left out"));
        }
    }

    @Test
    public void dateAndTimeFormatsHaveTheirMitelCodes() {
        Map<String, String> expected = Map.of("dmy", "3", "mdy", "6", "ymd", "2");
        expected.forEach((format, code) -> assertEquals(format, code,
                parameters(base().provider("date.format", format)).get("date format")));
        assertEquals("1", parameters(base().provider("time.format", "24h"))
                .get("time format"));
    }

    @Test
    public void switchesAreOneAndZero() {
        Map<String, String> on = parameters(base().device("lldp", "yes")
                .device("call.waiting", "on"));
        Map<String, String> off = parameters(base().device("lldp", "off")
                .device("call.waiting", "no"));

        assertEquals("1", on.get("lldp"));
        assertEquals("1", on.get("call waiting"));
        assertEquals("0", off.get("lldp"));
        assertEquals("0", off.get("call waiting"));
    }

    @Test
    public void portsDefaultWhenTheSettingGivesNone() {
        Map<String, String> cfg = parameters(base().platform("sip.outbound_proxy",
                "sbc.example.com").platform("syslog.server", "[2001:db8::5]"));

        assertEquals("5060", cfg.get("sip line1 outbound proxy port"));
        assertEquals("[2001:db8::5]", cfg.get("log server ip"));
        assertEquals("514", cfg.get("log server port"));
    }

    @Test
    public void codecsWithoutAMitelPayloadAreLeftOutOfTheListAndLogged() {
        try (LogCapture log = new LogCapture()) {
            Map<String, String> cfg = parameters(base().provider("codecs", "OPUS,PCMA,ILBC"));
            Map<String, String> none = parameters(base().provider("codecs", "GSM"));

            assertEquals("payload=8;ptime=20;silsupp=off", cfg.get("sip customized codec"));
            assertFalse(none.containsKey("sip customized codec"));
            assertEquals(log.all(), 1, log.count("INFO", "codecs", "OPUS"));
            assertEquals(log.all(), 1, log.count("INFO", "codecs", "ILBC"));
            assertEquals(log.all(), 1, log.count("INFO", "codecs", "GSM"));
        }
    }

    @Test
    public void digitMapsAreTranslatedOrLeftOutWithALogLine() {
        assertEquals("x+#|[2-8]xxxx|91xxxxxxxxxx",
                MitelDialPlan.translate("x.#|[2-8]xxxx|91xxxxxxxxxx").orElseThrow());
        assertEquals("00x+|(1|2)xx", MitelDialPlan.translate("00X.T|(1|2)xx").orElseThrow());
        assertTrue(MitelDialPlan.translate("0T|1xx").isEmpty());
        assertTrue(MitelDialPlan.translate("+44x.").isEmpty());
        try (LogCapture log = new LogCapture()) {
            Map<String, String> cfg = parameters(base().device("dial.plan", "0T|1xx"));

            assertFalse(cfg.containsKey("sip dial plan"));
            assertEquals(log.all(), 1, log.count("INFO", "setting dial.plan is left out"));
        }
    }

    @Test
    public void perLineSettingsAreWrittenForEveryLine() {
        SipLine first = new SipLine(1, "1001", null, "pw", null, null, "", 0, null);
        SipLine second = new SipLine(2, "1002", null, "pw", null, null, "", 0, null);
        Device device = MitelTestDevices.device("6757i", List.of(first, second), Map.of());

        Map<String, String> cfg = MitelTestDevices.parameters(base()
                .platform("voicemail.number", "*98").platform("sip.registration_expiry", "300")
                .platform("sip.outbound_proxy", "sbc.example.com").on(device));

        for (int line = 1; line <= 2; line++) {
            assertEquals("*98", cfg.get("sip line" + line + " vmail"));
            assertEquals("300", cfg.get("sip line" + line + " registration period"));
            assertEquals("sbc.example.com", cfg.get("sip line" + line + " outbound proxy"));
        }
    }

    /** One transport for the phone: the first line's; another line's is warned about. */
    @Test
    public void aSecondTransportIsWarnedAboutAndTheFirstWritten() {
        SipLine first = new SipLine(1, "1001", null, "pw", null, null, "a.example.com", 5061,
                Transport.TLS);
        SipLine second = new SipLine(2, "1002", null, "pw", null, null, "b.example.com", 5060,
                Transport.UDP);
        Device device = MitelTestDevices.device("6757i", List.of(first, second), Map.of());
        try (LogCapture log = new LogCapture()) {
            Map<String, String> cfg = MitelTestDevices.parameters(base().on(device));

            assertEquals("4", cfg.get("sip transport protocol"));
            assertEquals("5061", cfg.get("sip line1 proxy port"));
            assertEquals(log.all(), 1, log.count("WARN", "line 2 uses UDP", "TLS"));
        }
    }

    @Test
    public void transportsHaveTheirMitelCodes() {
        assertEquals(1, MitelLines.transportCode(Transport.UDP));
        assertEquals(2, MitelLines.transportCode(Transport.TCP));
        assertEquals(4, MitelLines.transportCode(Transport.TLS));
    }

    @Test
    public void aLineBeyondTheModelIsWrittenWithAWarning() {
        Device device = MitelTestDevices.device("6863i", List.of(MitelTestDevices.line(1),
                MitelTestDevices.line(3)), Map.of());
        try (LogCapture log = new LogCapture()) {
            Map<String, String> cfg = MitelTestDevices.parameters(base().on(device));

            assertEquals("1003", cfg.get("sip line3 user name"));
            assertEquals(log.all(), 1, log.count("WARN", "line 3 is beyond the 2 lines"));
        }
    }

    /** @return a stack with only a default SIP server, for a line that names none */
    private static MitelTestDevices.Stack base() {
        return new MitelTestDevices.Stack().platform("sip.server", "base.example.com");
    }

    private static Map<String, String> parameters(MitelTestDevices.Stack stack) {
        SipLine line = new SipLine(1, "1001", null, "pw", "Ann", null, "", 0, null);
        Device device = MitelTestDevices.device("6731i", List.of(line), Map.of());
        return MitelTestDevices.parameters(stack.on(device));
    }

    /** @return the parameters {@code with} adds or changes */
    private static Map<String, String> delta(Map<String, String> without,
            Map<String, String> with) {
        Map<String, String> delta = new HashMap<>();
        with.forEach((name, value) -> {
            if (!value.equals(without.get(name))) {
                delta.put(name, value);
            }
        });
        assertTrue(without.keySet().stream().allMatch(with::containsKey));
        return delta;
    }
}
