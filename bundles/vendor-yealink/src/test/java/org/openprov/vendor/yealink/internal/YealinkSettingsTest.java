package org.openprov.vendor.yealink.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.Test;
import org.openprov.api.registry.Device;
import org.openprov.api.registry.SipLine;
import org.openprov.api.settings.Setting;
import org.openprov.testing.LogCapture;

/**
 * Every setting of the vocabulary and the Yealink parameters it becomes. A setting added to
 * the vocabulary fails {@link #everySettingOfTheVocabularyHasAnExpectation} until it is mapped
 * here, or listed as omitted with the reason.
 */
public class YealinkSettingsTest {

    /**
     * Settings Yealink cannot express at all, with the reason; none so far. Some values are
     * left out (a language or codec Yealink lacks, a password outside its rule): see the tests
     * below.
     */
    private static final Map<Setting, String> OMITTED = Map.of();

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
            Map.entry(Setting.DIAL_PLAN, "[2-9]xxx|0T"),
            Map.entry(Setting.FIRMWARE_URL, "https://fw.example.com/t54w.rom"),
            Map.entry(Setting.PHONEBOOK_URL, "https://pb.example.com/book.xml"),
            Map.entry(Setting.CALL_WAITING, "off")));

    private static final Map<Setting, Map<String, String>> EXPECTED = new EnumMap<>(
            Map.ofEntries(
            Map.entry(Setting.SIP_SERVER, Map.of(
                    "account.1.sip_server.1.address", "pbx.example.com")),
            Map.entry(Setting.SIP_PORT, Map.of("account.1.sip_server.1.port", "5070")),
            Map.entry(Setting.SIP_TRANSPORT, Map.of(
                    "account.1.sip_server.1.transport_type", "1")),
            Map.entry(Setting.SIP_OUTBOUND_PROXY, Map.of(
                    "account.1.outbound_proxy_enable", "1",
                    "account.1.outbound_proxy.1.address", "sbc.example.com",
                    "account.1.outbound_proxy.1.port", "5080")),
            Map.entry(Setting.SIP_REGISTRATION_EXPIRY, Map.of(
                    "account.1.sip_server.1.expires", "600")),
            Map.entry(Setting.CODECS, Map.of(
                    "account.1.codec.g722.enable", "1",
                    "account.1.codec.g722.priority", "1",
                    "account.1.codec.pcmu.enable", "1",
                    "account.1.codec.pcmu.priority", "2",
                    "account.1.codec.pcma.enable", "0",
                    "account.1.codec.opus.enable", "0")),
            Map.entry(Setting.NTP_SERVER, Map.of("local_time.ntp_server1", "ntp.example.com")),
            Map.entry(Setting.TIME_ZONE, Map.of("local_time.time_zone", "+5:30",
                    "local_time.summer_time", "0")),
            Map.entry(Setting.DATE_FORMAT, Map.of("local_time.date_format", "3")),
            Map.entry(Setting.TIME_FORMAT, Map.of("local_time.time_format", "0")),
            Map.entry(Setting.LANGUAGE, Map.of("lang.gui", "German", "lang.wui", "German")),
            Map.entry(Setting.ADMIN_PASSWORD, Map.of(
                    "static.security.user_password:admin", "admin:Adm1n-Pass")),
            Map.entry(Setting.USER_PASSWORD, Map.of(
                    "static.security.user_password:user", "user:Us3r-Pass")),
            Map.entry(Setting.VLAN_ID, Map.of(
                    "static.network.vlan.internet_port_enable", "1",
                    "static.network.vlan.internet_port_vid", "20")),
            Map.entry(Setting.VLAN_PRIORITY, Map.of(
                    "static.network.vlan.internet_port_priority", "5")),
            Map.entry(Setting.LLDP, Map.of("static.network.lldp.enable", "1")),
            Map.entry(Setting.SYSLOG_SERVER, Map.of("static.syslog.enable", "1",
                    "static.syslog.server", "log.example.com",
                    "static.syslog.server_port", "1514")),
            Map.entry(Setting.VOICEMAIL_NUMBER, Map.of("voice_mail.number.1", "*97")),
            Map.entry(Setting.DIAL_PLAN, Map.of("dialplan.digitmap.enable", "1",
                    "dialplan.digitmap.string", "[2-9]xxx|0T")),
            Map.entry(Setting.FIRMWARE_URL, Map.of(
                    "static.firmware.url", "https://fw.example.com/t54w.rom")),
            Map.entry(Setting.PHONEBOOK_URL, Map.of(
                    "remote_phonebook.data.1.url", "https://pb.example.com/book.xml",
                    "remote_phonebook.data.1.name", "Phonebook")),
            Map.entry(Setting.CALL_WAITING, Map.of("call_waiting.enable", "0"))));

    /** Yealink's {@code lang.gui} names of the vocabulary's languages it offers. */
    private static final Map<String, String> LANGUAGE_NAMES = Map.of("en", "English",
            "de", "German", "fr", "French", "es", "Spanish", "it", "Italian", "pt", "Portuguese",
            "pl", "Polish", "ru", "Russian", "tr", "Turkish", "zh", "Chinese_S");

    @Test
    public void everySettingOfTheVocabularyHasAnExpectation() {
        for (Setting setting : Setting.values()) {
            assertTrue(setting.key() + " is neither mapped nor documented as omitted",
                    EXPECTED.containsKey(setting) ^ OMITTED.containsKey(setting));
        }
    }

    @Test
    public void eachSettingAloneGivesItsParameters() {
        for (Setting setting : EXPECTED.keySet()) {
            Map<String, String> without = parameters(base());
            Map<String, String> with = parameters(base().customer(setting.key(),
                    VALUES.get(setting)));

            EXPECTED.get(setting).forEach((key, value) -> {
                assertEquals(setting.key() + ": " + key, value, with.get(key));
                assertNotEquals(setting.key() + ": " + key + " without it", value,
                        without.get(key));
            });
        }
    }

    @Test
    public void allSettingsTogetherGiveEveryParameterOnce() {
        YealinkTestDevices.Stack stack = base();
        VALUES.forEach((setting, value) -> stack.platform(setting.key(), value));

        Map<String, String> cfg = parameters(stack);

        EXPECTED.values().forEach(lines -> lines.forEach((key, value) ->
                assertEquals(key, value, cfg.get(key))));
    }

    @Test
    public void everyLanguageIsWrittenOrItsOmissionLogged() {
        String rule = Setting.LANGUAGE.type().rule();
        for (String code : rule.substring(rule.indexOf("one of ") + 7).split(" ")) {
            try (LogCapture log = new LogCapture()) {
                Map<String, String> cfg = parameters(base().device("language", code));

                String name = LANGUAGE_NAMES.get(code);
                assertEquals(code, name, cfg.get("lang.gui"));
                assertEquals(code, name, cfg.get("lang.wui"));
                assertEquals(code, name == null ? 1 : 0, log.count("INFO", "language", code));
            }
        }
    }

    @Test
    public void codecsYealinkLacksAreLeftOutOfTheListAndLogged() {
        try (LogCapture log = new LogCapture()) {
            Map<String, String> cfg = parameters(base().provider("codecs", "GSM,PCMA,ILBC"));

            assertEquals("1", cfg.get("account.1.codec.pcma.priority"));
            assertEquals("1", cfg.get("account.1.codec.pcma.enable"));
            assertEquals("0", cfg.get("account.1.codec.g722.enable"));
            assertTrue(cfg.keySet().stream().noneMatch(k -> k.contains("gsm")
                    || k.contains("ilbc")));
            assertEquals(log.all(), 1, log.count("INFO", "codecs", "GSM"));
            assertEquals(log.all(), 1, log.count("INFO", "codecs", "ILBC"));
        }
    }

    @Test
    public void codecsAndVoicemailAreWrittenForEveryAccount() {
        SipLine first = new SipLine(1, "1001", null, "pw", null, null, "", 0, null);
        SipLine second = new SipLine(2, "1002", null, "pw", null, null, "", 0, null);
        Device device = YealinkTestDevices.device("T54W", List.of(first, second), Map.of());

        Map<String, String> cfg = CfgLines.parse(YealinkTestDevices.render(
                YealinkTestDevices.generator(), base().platform("codecs", "OPUS,G729")
                        .customer("voicemail.number", "*98").on(device)).body());

        for (int account = 1; account <= 2; account++) {
            assertEquals("1", cfg.get("account." + account + ".codec.opus.priority"));
            assertEquals("2", cfg.get("account." + account + ".codec.g729.priority"));
            assertEquals("*98", cfg.get("voice_mail.number." + account));
        }
    }

    @Test
    public void aPasswordOutsideYealinksRuleIsNotWrittenAndNotShownInTheLog() {
        for (String password : new String[] {"pa:ss", "x".repeat(33), "Pässwort"}) {
            try (LogCapture log = new LogCapture()) {
                Map<String, String> cfg = parameters(base().device("admin.password", password)
                        .device("user.password", "Fine-123"));

                assertFalse(password, cfg.containsKey("static.security.user_password:admin"));
                assertEquals("user:Fine-123", cfg.get("static.security.user_password:user"));
                assertEquals(log.all(), 1, log.count("INFO", "admin.password"));
                assertFalse(log.all(), log.all().contains(password));
            }
        }
    }

    @Test
    public void thirtyTwoPrintableAsciiCharactersAreAPassword() {
        String password = " !\"#$%&'()*+,-./0123456789;<=>?@";

        Map<String, String> cfg = parameters(base().device("admin.password", password));

        assertEquals(32, password.length());
        assertEquals("admin:" + password, cfg.get("static.security.user_password:admin"));
    }

    @Test
    public void portsDefaultToTheGuidesWhenTheSettingGivesNone() {
        Map<String, String> cfg = parameters(base().platform("sip.outbound_proxy",
                "sbc.example.com").platform("syslog.server", "[2001:db8::5]"));

        assertEquals("sbc.example.com", cfg.get("account.1.outbound_proxy.1.address"));
        assertEquals("5060", cfg.get("account.1.outbound_proxy.1.port"));
        assertEquals("[2001:db8::5]", cfg.get("static.syslog.server"));
        assertEquals("514", cfg.get("static.syslog.server_port"));
    }

    @Test
    public void dateAndTimeFormatsHaveTheirYealinkCodes() {
        Map<String, String> expected = Map.of("dmy", "3", "mdy", "4", "ymd", "2");
        expected.forEach((format, code) -> assertEquals(format, code,
                parameters(base().provider("date.format", format))
                        .get("local_time.date_format")));
        assertEquals("1", parameters(base().provider("time.format", "24h"))
                .get("local_time.time_format"));
    }

    @Test
    public void switchesAreOneAndZero() {
        Map<String, String> on = parameters(base().device("lldp", "yes")
                .device("call.waiting", "on"));
        Map<String, String> off = parameters(base().device("lldp", "off")
                .device("call.waiting", "no"));

        assertEquals("1", on.get("static.network.lldp.enable"));
        assertEquals("1", on.get("call_waiting.enable"));
        assertEquals("0", off.get("static.network.lldp.enable"));
        assertEquals("0", off.get("call_waiting.enable"));
    }

    /** @return a stack with only a default SIP server, for a line that names none */
    private static YealinkTestDevices.Stack base() {
        return new YealinkTestDevices.Stack().platform("sip.server", "base.example.com");
    }

    private static Map<String, String> parameters(YealinkTestDevices.Stack stack) {
        SipLine line = new SipLine(1, "1001", null, "pw", "Ann", null, "", 0, null);
        Device device = YealinkTestDevices.device("T54W", List.of(line), Map.of());
        return YealinkTestDevices.parameters(stack.on(device));
    }
}
