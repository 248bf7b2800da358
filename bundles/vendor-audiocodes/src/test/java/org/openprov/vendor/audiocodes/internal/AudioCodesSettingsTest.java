package org.openprov.vendor.audiocodes.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.Test;
import org.openprov.api.settings.Setting;
import org.openprov.testing.LogCapture;

public class AudioCodesSettingsTest {

    @Test
    public void everySettingOfTheVocabularyHasADecision() {
        for (Setting setting : Setting.values()) {
            boolean written = AudioCodesSettings.WRITTEN.containsKey(setting);
            boolean omitted = AudioCodesSettings.OMITTED.containsKey(setting);

            assertTrue(setting.key() + " needs a decision: written or omitted",
                    written != omitted);
        }
        Set<Setting> omitted = AudioCodesSettings.OMITTED.keySet();
        assertEquals(EnumSet.of(Setting.CODECS, Setting.ADMIN_PASSWORD, Setting.USER_PASSWORD,
                Setting.SYSLOG_SERVER, Setting.DIAL_PLAN, Setting.PHONEBOOK_URL,
                Setting.CALL_WAITING), omitted);
    }

    @Test
    public void ntpServer() {
        Map<String, String> cfg = with(Setting.NTP_SERVER, "ntp.example.com");

        assertEquals("1", cfg.get("system/ntp/enabled"));
        assertEquals("ntp.example.com", cfg.get("system/ntp/primary_server_address"));
    }

    @Test
    public void registrationExpiryIsTheProxyTimeout() {
        assertEquals("600", with(Setting.SIP_REGISTRATION_EXPIRY, "600")
                .get("voip/signalling/sip/proxy_timeout"));
    }

    @Test
    public void outboundProxyWithAndWithoutPort() {
        String p = "voip/signalling/sip/sip_outbound_proxy/";
        Map<String, String> withPort = with(Setting.SIP_OUTBOUND_PROXY, "sbc.example.com:5080");
        Map<String, String> without = with(Setting.SIP_OUTBOUND_PROXY, "sbc.example.com");

        assertEquals("1", withPort.get(p + "enabled"));
        assertEquals("sbc.example.com", withPort.get(p + "addr"));
        assertEquals("5080", withPort.get(p + "port"));
        assertEquals("5060", without.get(p + "port"));
    }

    @Test
    public void dateAndTimeFormats() {
        assertEquals("EUROPEAN", with(Setting.DATE_FORMAT, "dmy")
                .get("system/ntp/date_display_format"));
        assertEquals("AMERICAN", with(Setting.DATE_FORMAT, "mdy")
                .get("system/ntp/date_display_format"));
        assertEquals("12HOUR", with(Setting.TIME_FORMAT, "12h")
                .get("system/ntp/time_display_format"));
        assertEquals("24HOUR", with(Setting.TIME_FORMAT, "24h")
                .get("system/ntp/time_display_format"));
    }

    @Test
    public void yearFirstDateIsLoggedAndLeftOut() {
        try (LogCapture log = new LogCapture()) {
            Map<String, String> cfg = with(Setting.DATE_FORMAT, "ymd");

            assertFalse(cfg.containsKey("system/ntp/date_display_format"));
            assertEquals(1, log.count("INFO", "00908fa00024", "date.format is not written"));
        }
    }

    @Test
    public void languagesByName() {
        assertEquals("German", with(Setting.LANGUAGE, "de").get("personal_settings/language"));
        assertEquals("English", with(Setting.LANGUAGE, "en").get("personal_settings/language"));
        try (LogCapture log = new LogCapture()) {
            assertFalse(with(Setting.LANGUAGE, "nl").containsKey("personal_settings/language"));
            assertEquals(1, log.count("INFO", "language is not written", "nl"));
        }
    }

    @Test
    public void vlanByHandWithPriority() {
        Map<String, String> cfg = with(Map.of(Setting.VLAN_ID.key(), "20",
                Setting.VLAN_PRIORITY.key(), "5", Setting.LLDP.key(), "on"));

        assertEquals("MANUAL", cfg.get("network/lan/vlan/mode"));
        assertEquals("20", cfg.get("network/lan/vlan/id"));
        assertEquals("5", cfg.get("network/lan/vlan/priority"));
    }

    @Test
    public void lldpChoosesTheVlanModeWithoutAVlanId() {
        assertEquals("LLDP", with(Setting.LLDP, "on").get("network/lan/vlan/mode"));
        assertEquals("DISABLE", with(Setting.LLDP, "off").get("network/lan/vlan/mode"));
    }

    @Test
    public void priorityWithoutVlanIdIsLogged() {
        try (LogCapture log = new LogCapture()) {
            Map<String, String> cfg = with(Setting.VLAN_PRIORITY, "5");

            assertFalse(cfg.containsKey("network/lan/vlan/priority"));
            assertEquals(1, log.count("INFO", "vlan.priority is not written"));
        }
    }

    @Test
    public void voicemailAndFirmware() {
        Map<String, String> cfg = with(Map.of(Setting.VOICEMAIL_NUMBER.key(), "*97",
                Setting.FIRMWARE_URL.key(), "https://fw.example.com/440HD.img"));

        assertEquals("*97", cfg.get("voip/services/msg_waiting_ind/voice_mail_number"));
        assertEquals("https://fw.example.com/440HD.img", cfg.get("provisioning/firmware/url"));
    }

    @Test
    public void eachOmittedSettingIsLoggedOnceByNameNeverByValue() {
        Map<String, String> settings = new HashMap<>();
        settings.put(Setting.CODECS.key(), "G722,PCMU");
        settings.put(Setting.ADMIN_PASSWORD.key(), "Adm1n-S3cret");
        settings.put(Setting.USER_PASSWORD.key(), "Us3r-S3cret");
        settings.put(Setting.SYSLOG_SERVER.key(), "log.example.com");
        settings.put(Setting.DIAL_PLAN.key(), "[2-9]xxx");
        settings.put(Setting.PHONEBOOK_URL.key(), "https://book.example.com/x.xml");
        settings.put(Setting.CALL_WAITING.key(), "on");
        try (LogCapture log = new LogCapture()) {
            Map<String, String> cfg = with(settings);

            for (Setting setting : AudioCodesSettings.OMITTED.keySet()) {
                assertEquals(setting.key(), 1, log.count("INFO", "00908fa00024",
                        setting.key() + " is not written"));
            }
            assertFalse(log.all().contains("Adm1n-S3cret"));
            assertFalse(log.all().contains("Us3r-S3cret"));
            assertFalse(cfg.containsValue("Adm1n-S3cret"));
            assertFalse(cfg.containsValue("Us3r-S3cret"));
        }
    }

    @Test
    public void nothingSetWritesNoDeviceWideParameter() {
        Map<String, String> cfg = with(Map.of());

        List<String> deviceWide = cfg.keySet().stream().filter(k -> k.startsWith("system/")
                || k.startsWith("network/") || k.startsWith("personal_settings/")
                || k.startsWith("provisioning/")).toList();
        assertEquals(List.of(), deviceWide);
    }

    private static Map<String, String> with(Setting setting, String value) {
        return with(Map.of(setting.key(), value));
    }

    private static Map<String, String> with(Map<String, String> settings) {
        return AudioCodesTestDevices.parameters(AudioCodesTestDevices.oneLine(settings));
    }
}
