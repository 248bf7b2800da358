package org.openprov.vendor.cisco.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import java.util.EnumMap;
import java.util.Map;
import org.junit.Test;
import org.openprov.api.settings.Setting;
import org.openprov.testing.LogCapture;

/**
 * Every setting of the vocabulary and the Cisco parameters it becomes. A setting added to the
 * vocabulary fails {@link #everySettingOfTheVocabularyHasADecision} until it is mapped here or
 * listed as omitted with the reason.
 */
public class CiscoSettingsTest {

    /** Settings Cisco phones cannot take at all, with the reason. */
    private static final Map<Setting, String> OMITTED = Map.of(Setting.VLAN_PRIORITY,
            "no Cisco field sets the voice VLAN's 802.1p priority");

    private static final Map<Setting, String> VALUES = new EnumMap<>(Map.ofEntries(
            Map.entry(Setting.SIP_SERVER, "pbx3.example.com"),
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
            Map.entry(Setting.DIAL_PLAN, "[2-9]xxx|0[1-9]xxxxxxxx"),
            Map.entry(Setting.FIRMWARE_URL, "https://fw.example.com/$PN/sip88xx.loads"),
            Map.entry(Setting.PHONEBOOK_URL, "https://pb.example.com/book.xml"),
            Map.entry(Setting.CALL_WAITING, "off")));

    /** The MPP parameters of each setting; SPA differs only where {@link #spaDiffers} says. */
    private static final Map<Setting, Map<String, String>> EXPECTED = new EnumMap<>(
            Map.ofEntries(
            Map.entry(Setting.SIP_SERVER, Map.of("Proxy_1_", "pbx3.example.com:5060")),
            Map.entry(Setting.SIP_PORT, Map.of("Proxy_1_", "pbx2.example.com:5070")),
            Map.entry(Setting.SIP_TRANSPORT, Map.of("SIP_Transport_1_", "TCP")),
            Map.entry(Setting.SIP_OUTBOUND_PROXY, Map.of("Use_Outbound_Proxy_1_", "Yes",
                    "Outbound_Proxy_1_", "sbc.example.com:5080")),
            Map.entry(Setting.SIP_REGISTRATION_EXPIRY, Map.of("Register_Expires_1_", "600")),
            Map.entry(Setting.CODECS, Map.of("Preferred_Codec_1_", "G722",
                    "Second_Preferred_Codec_1_", "G711u")),
            Map.entry(Setting.NTP_SERVER, Map.of("Primary_NTP_Server", "ntp.example.com")),
            Map.entry(Setting.TIME_ZONE, Map.of("Time_Zone", "GMT+05:00",
                    "Time_Offset__HH_mm_", "00/30", "Daylight_Saving_Time_Enable", "No")),
            Map.entry(Setting.DATE_FORMAT, Map.of("Date_Format", "day/month")),
            Map.entry(Setting.TIME_FORMAT, Map.of("Time_Format", "12hr")),
            Map.entry(Setting.LANGUAGE, Map.of("Language_Selection", "German",
                    "Locale", "de-DE")),
            Map.entry(Setting.ADMIN_PASSWORD, Map.of("Admin_Password", "Adm1n-Pass")),
            Map.entry(Setting.USER_PASSWORD, Map.of("User_Password", "Us3r-Pass")),
            Map.entry(Setting.VLAN_ID, Map.of("Enable_VLAN", "Yes", "VLAN_ID", "20")),
            Map.entry(Setting.LLDP, Map.of("Enable_LLDP-MED", "Yes")),
            Map.entry(Setting.SYSLOG_SERVER, Map.of("Syslog_Server", "log.example.com:1514")),
            Map.entry(Setting.VOICEMAIL_NUMBER, Map.of("Voice_Mail_Number", "*97")),
            Map.entry(Setting.DIAL_PLAN, Map.of("Dial_Plan_1_",
                    "([2-9]xxx|0[1-9]xxxxxxxx)")),
            Map.entry(Setting.FIRMWARE_URL, Map.of("Upgrade_Enable", "Yes",
                    "Upgrade_Rule", "https://fw.example.com/$$PN/sip88xx.loads")),
            Map.entry(Setting.PHONEBOOK_URL, Map.of("XML_Directory_Service_Name", "Phonebook",
                    "XML_Directory_Service_URL", "https://pb.example.com/book.xml")),
            Map.entry(Setting.CALL_WAITING, Map.of("CW_Setting", "No"))));

    @Test
    public void everySettingOfTheVocabularyHasADecision() {
        for (Setting setting : Setting.values()) {
            assertTrue(setting.key() + " is neither mapped nor documented as omitted",
                    EXPECTED.containsKey(setting) ^ OMITTED.containsKey(setting));
        }
    }

    @Test
    public void eachSettingAloneGivesItsParametersOnMpp() {
        for (Setting setting : EXPECTED.keySet()) {
            Map<String, String> without = parameters("8841", null);
            Map<String, String> with = parameters("8841", setting);

            EXPECTED.get(setting).forEach((key, value) -> {
                assertEquals(setting.key() + ": " + key, value, with.get(key));
                assertNotEquals(setting.key() + ": " + key + " without it", value,
                        without.get(key));
            });
        }
    }

    @Test
    public void eachSettingAloneGivesItsParametersOnSpa() {
        for (Setting setting : EXPECTED.keySet()) {
            Map<String, String> with = parameters("SPA504G", setting);

            spaDiffers(EXPECTED.get(setting)).forEach((key, value) ->
                    assertEquals(setting.key() + ": " + key, value, with.get(key)));
        }
    }

    @Test
    public void omittedSettingsAreLoggedOnceByNameWithoutTheirValue() {
        for (Setting setting : OMITTED.keySet()) {
            try (LogCapture log = new LogCapture()) {
                Map<String, String> with = parameters("8841", setting);

                assertEquals(parameters("8841", null), with);
                assertEquals(setting.key(), 1, log.count("INFO", "00562ba1b2c3",
                        setting.key() + " is not written"));
            }
        }
    }

    @Test
    public void unsupportedValuesAreLeftOutWithALogLine() {
        try (LogCapture log = new LogCapture()) {
            Map<String, String> cfg = CiscoTestDevices.parameters(new CiscoTestDevices.Stack()
                    .device("date.format", "ymd").device("language", "ja")
                    .device("dial.plan", "[2-9]xxx|00x.T").onOneLine("8841"));

            assertFalse(cfg.containsKey("Date_Format"));
            assertFalse(cfg.containsKey("Language_Selection"));
            assertFalse(cfg.containsKey("Dial_Plan_1_"));
            assertEquals(1, log.count("INFO", "date.format is not written"));
            assertEquals(1, log.count("INFO", "language is not written", "'ja'"));
            assertEquals(1, log.count("INFO", "dial.plan is not written"));
        }
    }

    @Test
    public void codecsAreNamedPerFamilyAndCappedAtThreeSlots() {
        try (LogCapture log = new LogCapture()) {
            Map<String, String> mpp = CiscoTestDevices.parameters(new CiscoTestDevices.Stack()
                    .device("codecs", "OPUS,G726,ILBC,PCMA,G729").onOneLine("8841"));
            Map<String, String> spa = CiscoTestDevices.parameters(new CiscoTestDevices.Stack()
                    .device("codecs", "OPUS,G726,GSM,PCMA").onOneLine("SPA504G"));

            assertEquals("OPUS iLBC G711a", slots(mpp));
            assertEquals("G726-32 G711a null", slots(spa));
            assertEquals(1, log.count("INFO", "00562ba1b2c3", "G726", "do not offer"));
            assertEquals(1, log.count("INFO", "00562ba1b2c3", "G729", "take 3"));
            assertEquals(1, log.count("INFO", "002699a1b2c3", "OPUS", "SPA phones do not"));
            assertEquals(1, log.count("INFO", "002699a1b2c3", "GSM"));
        }
    }

    @Test
    public void mppPasswordsOutsideThePhonesRuleAreNotWrittenNorLogged() {
        String weak = "weakpasswd";
        try (LogCapture log = new LogCapture()) {
            Map<String, String> mpp = CiscoTestDevices.parameters(new CiscoTestDevices.Stack()
                    .device("admin.password", weak).device("user.password", "a b c d")
                    .onOneLine("8841"));
            Map<String, String> spa = CiscoTestDevices.parameters(new CiscoTestDevices.Stack()
                    .device("admin.password", weak).onOneLine("SPA504G"));

            assertFalse(mpp.containsKey("Admin_Password"));
            assertFalse(mpp.containsKey("User_Password"));
            assertEquals(weak, spa.get("Admin_Passwd"));
            assertEquals(1, log.count("INFO", "admin.password is not written"));
            assertEquals(1, log.count("INFO", "user.password is not written"));
            assertFalse(log.all().contains(weak));
            assertFalse(log.all().contains("a b c d"));
        }
    }

    @Test
    public void mppPasswordRule() {
        assertTrue(CiscoSettings.mppPassword("P0ssw0rd_tes89", 8, 3));
        assertTrue(CiscoSettings.mppPassword("abc1", 4, 0));
        assertFalse(CiscoSettings.mppPassword("Short1!", 8, 3));
        assertFalse(CiscoSettings.mppPassword("alllowercase", 8, 3));
        assertFalse(CiscoSettings.mppPassword("Has Space1", 8, 3));
        assertFalse(CiscoSettings.mppPassword("Zoë-Pass1", 8, 3));
    }

    private static Map<String, String> spaDiffers(Map<String, String> mpp) {
        Map<String, String> spa = new java.util.HashMap<>(mpp);
        if (spa.remove("Admin_Password") != null) {
            spa.put("Admin_Passwd", "Adm1n-Pass");
        }
        spa.remove("Locale");
        return spa;
    }

    private static String slots(Map<String, String> cfg) {
        return cfg.get("Preferred_Codec_1_") + " " + cfg.get("Second_Preferred_Codec_1_") + " "
                + cfg.get("Third_Preferred_Codec_1_");
    }

    /** A one-line device whose line leaves server, port and transport to the settings. */
    private static Map<String, String> parameters(String model, Setting setting) {
        CiscoTestDevices.Stack stack = new CiscoTestDevices.Stack()
                .platform("sip.server", "pbx2.example.com");
        if (setting != null) {
            stack.customer(setting.key(), VALUES.get(setting));
        }
        org.openprov.api.registry.SipLine line = new org.openprov.api.registry.SipLine(1,
                "1001", null, "pw", null, null, null, 0, null);
        return CiscoTestDevices.parameters(stack.on(CiscoTestDevices.device(
                model.startsWith("SPA") ? CiscoTestDevices.SPA_MAC : CiscoTestDevices.MPP_MAC,
                model, java.util.List.of(line))));
    }
}
