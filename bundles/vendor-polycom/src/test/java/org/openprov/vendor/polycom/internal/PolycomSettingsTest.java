package org.openprov.vendor.polycom.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.Test;
import org.openprov.api.settings.DeviceConfig;
import org.openprov.api.settings.Level;
import org.openprov.api.settings.ResolvedValue;
import org.openprov.api.settings.Setting;

/**
 * Every setting of the vocabulary, each on its own: the parameters it adds to or changes in the
 * file of a two-line VVX 450, or, for a setting Poly cannot express, no parameter and a note.
 */
public class PolycomSettingsTest {

    /** A value for each setting, as an administrator would type it. */
    private static final Map<Setting, String> VALUES = new EnumMap<>(Setting.class);
    /** The parameters each value adds or changes; empty for a setting left out. */
    private static final Map<Setting, Map<String, String>> EXPECTED =
            new EnumMap<>(Setting.class);

    static {
        expect(Setting.SIP_SERVER, "sip2.example.com",
                "reg.1.server.1.address", "sip2.example.com",
                "reg.2.server.1.address", "sip2.example.com");
        expect(Setting.SIP_PORT, "5070",
                "reg.1.server.1.port", "5070", "reg.2.server.1.port", "5070");
        expect(Setting.SIP_TRANSPORT, "tls",
                "reg.1.server.1.transport", "TLS", "reg.2.server.1.transport", "TLS");
        expect(Setting.SIP_OUTBOUND_PROXY, "sbc.example.com:5070",
                "reg.1.outboundProxy.address", "sbc.example.com",
                "reg.1.outboundProxy.port", "5070",
                "reg.1.outboundProxy.transport", "UDPOnly",
                "reg.2.outboundProxy.address", "sbc.example.com",
                "reg.2.outboundProxy.port", "5070",
                "reg.2.outboundProxy.transport", "UDPOnly");
        expect(Setting.SIP_REGISTRATION_EXPIRY, "300",
                "reg.1.server.1.expires", "300", "reg.2.server.1.expires", "300");
        expect(Setting.CODECS, "g729, pcma",
                "voice.codecPref.G729_AB", "1", "voice.codecPref.G711_A", "2",
                "voice.codecPref.G711_Mu", "0", "voice.codecPref.G722", "0");
        expect(Setting.NTP_SERVER, "ntp.example.com",
                "tcpIpApp.sntp.address", "ntp.example.com",
                "tcpIpApp.sntp.address.overrideDHCP", "1");
        expect(Setting.TIME_ZONE, "UTC",
                "tcpIpApp.sntp.gmtOffset", "0", "tcpIpApp.sntp.gmtOffset.overrideDHCP", "1",
                "tcpIpApp.sntp.daylightSavings.enable", "0");
        expect(Setting.DATE_FORMAT, "dmy", "lcl.datetime.date.format", "D,dM");
        expect(Setting.TIME_FORMAT, "24h", "lcl.datetime.time.24HourClock", "1");
        expect(Setting.LANGUAGE, "nb", "lcl.ml.lang", "Norwegian_Norway");
        expect(Setting.ADMIN_PASSWORD, PolycomTestDevices.ADMIN_PASSWORD,
                "device.auth.localAdminPassword.set", "1",
                "device.auth.localAdminPassword", PolycomTestDevices.ADMIN_PASSWORD);
        expect(Setting.USER_PASSWORD, PolycomTestDevices.USER_PASSWORD,
                "device.auth.localUserPassword.set", "1",
                "device.auth.localUserPassword", PolycomTestDevices.USER_PASSWORD);
        expect(Setting.VLAN_ID, "20", "device.net.vlanId.set", "1", "device.net.vlanId", "20");
        expect(Setting.VLAN_PRIORITY, "5", "qos.ethernet.rtp.user_priority", "5",
                "qos.ethernet.callControl.user_priority", "5");
        expect(Setting.LLDP, "disabled",
                "device.net.lldpEnabled.set", "1", "device.net.lldpEnabled", "0");
        expect(Setting.SYSLOG_SERVER, "log.example.com",
                "device.syslog.serverName.set", "1", "device.syslog.serverName", "log.example.com",
                "device.syslog.transport.set", "1", "device.syslog.transport", "1");
        expect(Setting.VOICEMAIL_NUMBER, "*97",
                "msg.mwi.1.callBackMode", "contact", "msg.mwi.1.callBack", "*97",
                "msg.mwi.2.callBackMode", "contact", "msg.mwi.2.callBack", "*97");
        expect(Setting.DIAL_PLAN, "[2-9]xxx|0T", "dialplan.digitmap", "[2-9]xxx|0T");
        expect(Setting.FIRMWARE_URL, "https://fw.example.com/poly/",
                "device.prov.upgradeServer.set", "1",
                "device.prov.upgradeServer", "https://fw.example.com/poly/");
        expect(Setting.PHONEBOOK_URL, "https://dir.example.com/book.xml");
        expect(Setting.CALL_WAITING, "off", "call.callWaiting.enable", "0");
    }

    @Test
    public void everySettingOfTheVocabularyHasAnExpectation() {
        assertEquals(EnumSet.allOf(Setting.class), EXPECTED.keySet());
    }

    @Test
    public void eachSettingGivesItsParameters() {
        for (Setting setting : Setting.values()) {
            assertEquals(setting.key(), EXPECTED.get(setting),
                    delta(new RecordingNotes(), at(setting, VALUES.get(setting))));
        }
    }

    /** The settings left out are exactly those with no parameters, each with one note. */
    @Test
    public void aSettingLeftOutIsNamedInOneNote() {
        for (Setting setting : Setting.values()) {
            RecordingNotes notes = new RecordingNotes();
            delta(notes, at(setting, VALUES.get(setting)));

            boolean leftOut = EXPECTED.get(setting).isEmpty();
            assertEquals(setting.key(), leftOut ? 1 : 0, notes.all().size());
            if (leftOut) {
                notes.assertOneInfo(PolycomTestDevices.MAC.hex(), "setting " + setting.key(),
                        "left out");
            }
        }
    }

    @Test
    public void noNoteCarriesASecret() {
        RecordingNotes notes = new RecordingNotes();
        delta(notes, at(Setting.ADMIN_PASSWORD, "Adm1n-xyz"), at(Setting.USER_PASSWORD,
                "Us3r-xyz"), at(Setting.PHONEBOOK_URL, "https://dir.example.com/book.xml"),
                at(Setting.LANGUAGE, "tr"));

        assertEquals(2, notes.all().size());
        assertTrue(notes.all().stream().noneMatch(n -> n.contains("xyz")));
    }

    @Test
    public void switchesAndFormatsHaveBothValues() {
        assertEquals(Map.of("call.callWaiting.enable", "1"),
                delta(new RecordingNotes(), at(Setting.CALL_WAITING, "on")));
        assertEquals("1", delta(new RecordingNotes(), at(Setting.LLDP, "yes"))
                .get("device.net.lldpEnabled"));
        assertEquals(Map.of("lcl.datetime.time.24HourClock", "0"),
                delta(new RecordingNotes(), at(Setting.TIME_FORMAT, "12h")));
        assertEquals(Map.of("lcl.datetime.date.format", "D,Md"),
                delta(new RecordingNotes(), at(Setting.DATE_FORMAT, "mdy")));
    }

    @Test
    public void yearFirstKeepsMonthBeforeDayWithANote() {
        RecordingNotes notes = new RecordingNotes();

        assertEquals(Map.of("lcl.datetime.date.format", "D,Md"),
                delta(notes, at(Setting.DATE_FORMAT, "ymd")));
        notes.assertOneInfo(PolycomTestDevices.MAC.hex(), "date.format ymd", "no year");
    }

    @Test
    public void everyLanguagePolyHasIsWrittenAndTheOthersAreLeftOut() {
        for (String code : List.of("en", "de", "fr", "es", "it", "nl", "pt", "pl", "ru", "sv",
                "da", "nb", "zh", "ja", "ko")) {
            String folder = delta(new RecordingNotes(), at(Setting.LANGUAGE, code))
                    .get("lcl.ml.lang");
            assertTrue(code + " -> " + folder, folder != null && folder.contains("_"));
        }
        for (String code : List.of("tr", "fi", "cs")) {
            RecordingNotes notes = new RecordingNotes();

            assertEquals(code, Map.of(), delta(notes, at(Setting.LANGUAGE, code)));
            notes.assertOneInfo("setting language", "'" + code + "'");
        }
    }

    @Test
    public void codecsPolyCannotNameAreNotedAndTheRanksStayConsecutive() {
        RecordingNotes notes = new RecordingNotes();

        Map<String, String> codecs = delta(notes, at(Setting.CODECS, "OPUS,G722,ILBC,PCMU"));

        assertEquals(Map.of("voice.codecPref.G722", "1", "voice.codecPref.G711_Mu", "2",
                "voice.codecPref.G711_A", "0", "voice.codecPref.G729_AB", "0"), codecs);
        notes.assertOneInfo(PolycomTestDevices.MAC.hex(), "codec(s) OPUS,ILBC", "left out");
        assertEquals(1, notes.all().size());
    }

    @Test
    public void aCodecListPolyCannotExpressAtAllIsLeftOut() {
        RecordingNotes notes = new RecordingNotes();

        assertEquals(Map.of(), delta(notes, at(Setting.CODECS, "OPUS,GSM")));
        notes.assertOneInfo("setting codecs", "left out");
        assertEquals(1, notes.all().size());
    }

    @Test
    public void syslogOnPort514IsWrittenAndOnAnotherPortLeftOut() {
        assertEquals("log.example.com", delta(new RecordingNotes(),
                at(Setting.SYSLOG_SERVER, "log.example.com:514"))
                .get("device.syslog.serverName"));
        RecordingNotes notes = new RecordingNotes();

        assertEquals(Map.of(), delta(notes, at(Setting.SYSLOG_SERVER, "log.example.com:1514")));
        notes.assertOneInfo("setting syslog.server", "1514");
    }

    @Test
    public void anOutboundProxyWithoutPortLeavesThePortToThePhone() {
        Map<String, String> proxy = delta(new RecordingNotes(),
                at(Setting.SIP_OUTBOUND_PROXY, "sbc.example.com"),
                at(Setting.SIP_TRANSPORT, "tcp"));

        assertEquals("sbc.example.com", proxy.get("reg.1.outboundProxy.address"));
        assertEquals("TCPOnly", proxy.get("reg.2.outboundProxy.transport"));
        assertFalse(proxy.containsKey("reg.1.outboundProxy.port"));
    }

    /** Without sip.server a line that names no server cannot register; it is reported. */
    @Test
    public void aLineWithoutAnyServerIsLeftOutWithAWarning() {
        RecordingNotes notes = new RecordingNotes();
        DeviceConfig config = PolycomTestDevices.config(PolycomTestDevices.device("VVX450",
                List.of(PolycomTestDevices.line(1, "1001")), Map.of()));

        Map<String, String> cfg = PolycomTestDevices.attributes(config, notes);

        assertFalse(cfg.containsKey("reg.1.address"));
        notes.assertOneWarning(PolycomTestDevices.MAC.hex(), "line 1", "sip.server");
    }

    private static void expect(Setting setting, String value, String... pairs) {
        VALUES.put(setting, value);
        Map<String, String> attributes = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            attributes.put(pairs[i], pairs[i + 1]);
        }
        EXPECTED.put(setting, attributes);
    }

    private static ResolvedValue at(Setting setting, String value) {
        return PolycomTestDevices.at(Level.CUSTOMER, setting.key(), value);
    }

    /** @return the parameters that the values add to, or change in, the bare file */
    private static Map<String, String> delta(RecordingNotes notes, ResolvedValue... values) {
        Map<String, String> bare = PolycomTestDevices.attributes(
                PolycomTestDevices.twoLines("VVX450"), new RecordingNotes());
        DeviceConfig config = PolycomTestDevices.twoLines("VVX450", values);
        Map<String, String> delta = new LinkedHashMap<>();
        PolycomTestDevices.attributes(config, notes).forEach((name, value) -> {
            if (!value.equals(bare.get(name))) {
                delta.put(name, value);
            }
        });
        return delta;
    }
}
