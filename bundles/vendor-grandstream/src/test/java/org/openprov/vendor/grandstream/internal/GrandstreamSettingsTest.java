package org.openprov.vendor.grandstream.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.Test;
import org.openprov.api.registry.Device;
import org.openprov.api.registry.SipLine;
import org.openprov.api.settings.DeviceConfig;
import org.openprov.api.settings.Setting;
import org.openprov.testing.LogCapture;

/**
 * Every setting of the vocabulary, each on its own: the parameters it adds to or changes in the
 * file of a two-line GXP2170, or, for a setting Grandstream phones cannot take, no parameter and
 * one log line naming it. A new setting fails {@link #everySettingOfTheVocabularyHasADecision}
 * until it is given one.
 */
public class GrandstreamSettingsTest {

    /** A value for each setting, as an administrator would type it. */
    private static final Map<Setting, String> VALUES = new EnumMap<>(Setting.class);
    /** The parameters each value adds or changes; empty for a setting left out. */
    private static final Map<Setting, Map<String, String>> EXPECTED =
            new EnumMap<>(Setting.class);

    static {
        expect(Setting.SIP_SERVER, "sip2.example.com", "P47", "sip2.example.com:5060");
        expect(Setting.SIP_PORT, "5070", "P47", "pbx.example.com:5070");
        expect(Setting.SIP_TRANSPORT, "tls", "P130", "2");
        expect(Setting.SIP_OUTBOUND_PROXY, "sbc.example.com:5070",
                "P48", "sbc.example.com:5070", "P403", "sbc.example.com:5070");
        expect(Setting.SIP_REGISTRATION_EXPIRY, "300", "P32", "5", "P412", "5");
        expect(Setting.CODECS, "g729, pcma",
                "P57", "18", "P58", "8", "P59", "8", "P60", "8", "P61", "8", "P62", "8",
                "P46", "8", "P98", "8", "P451", "18", "P452", "8", "P453", "8", "P454", "8",
                "P455", "8", "P456", "8", "P457", "8", "P458", "8");
        expect(Setting.NTP_SERVER, "ntp.example.com", "P30", "ntp.example.com", "P144", "0");
        expect(Setting.TIME_ZONE, "Europe/Paris", "P64", "customize",
                "P246", "STD-1DST-2,M3.5.0/02:00:00,M10.5.0/03:00:00", "P143", "0");
        expect(Setting.DATE_FORMAT, "dmy", "P102", "2");
        expect(Setting.TIME_FORMAT, "24h", "P122", "1");
        expect(Setting.LANGUAGE, "cs", "P1362", "cz");
        expect(Setting.ADMIN_PASSWORD, "Adm1nSecret42", "P2", "Adm1nSecret42");
        expect(Setting.USER_PASSWORD, "User42", "P196", "User42");
        expect(Setting.VLAN_ID, "20", "P51", "20");
        expect(Setting.VLAN_PRIORITY, "5", "P87", "5");
        expect(Setting.LLDP, "disabled", "P1684", "0");
        expect(Setting.SYSLOG_SERVER, "log.example.com:514", "P207", "log.example.com",
                "P208", "2");
        expect(Setting.VOICEMAIL_NUMBER, "*97", "P33", "*97", "P426", "*97");
        expect(Setting.DIAL_PLAN, "[2-9]xxx|0T");
        expect(Setting.FIRMWARE_URL, "https://fw.example.com/gs/gxp2170",
                "P6767", "2", "P192", "fw.example.com/gs/gxp2170");
        expect(Setting.PHONEBOOK_URL, "http://dir.example.com/book",
                "P330", "1", "P331", "dir.example.com/book");
        expect(Setting.CALL_WAITING, "off", "P91", "1");
    }

    @Test
    public void everySettingOfTheVocabularyHasADecision() {
        assertEquals(EnumSet.allOf(Setting.class), EXPECTED.keySet());
    }

    @Test
    public void everySettingIsWrittenEitherPerAccountOrForTheDevice() {
        EnumSet<Setting> perAccount = EnumSet.of(Setting.SIP_SERVER, Setting.SIP_PORT,
                Setting.SIP_TRANSPORT, Setting.SIP_OUTBOUND_PROXY,
                Setting.SIP_REGISTRATION_EXPIRY, Setting.CODECS, Setting.VOICEMAIL_NUMBER);
        EnumSet<Setting> all = EnumSet.copyOf(perAccount);
        all.addAll(GrandstreamSettings.DEVICE_WIDE);

        assertEquals(EnumSet.allOf(Setting.class), all);
        assertTrue(GrandstreamSettings.DEVICE_WIDE.stream().noneMatch(perAccount::contains));
    }

    @Test
    public void eachSettingGivesItsParameters() {
        for (Setting setting : Setting.values()) {
            assertEquals(setting.key(), EXPECTED.get(setting), delta(setting,
                    VALUES.get(setting)));
        }
    }

    /** The settings left out are exactly those with no parameters, each with one log line. */
    @Test
    public void aSettingLeftOutIsNamedInOneLogLine() {
        for (Setting setting : Setting.values()) {
            try (LogCapture log = new LogCapture()) {
                delta(setting, VALUES.get(setting));

                boolean leftOut = EXPECTED.get(setting).isEmpty();
                assertEquals(setting.key(), leftOut ? 1 : 0, log.count("INFO",
                        GrandstreamTestDevices.MAC.hex(), "setting " + setting.key(),
                        "is left out"));
                assertEquals(setting.key(), 0, log.count("WARN", "left out"));
            }
        }
    }

    @Test
    public void aLineWithItsOwnServerPortAndTransportKeepsThem() {
        Map<String, String> p = GrandstreamTestDevices.parameters(config("sip.server",
                "sip2.example.com", "sip.port", "5070", "sip.transport", "tcp"));

        assertEquals("sip.example.com:5061", p.get("P402"));
        assertEquals("2", p.get("P448"));
        assertEquals("sip2.example.com:5070", p.get("P47"));
        assertEquals("1", p.get("P130"));
    }

    @Test
    public void passwordsOutsideLettersAndDigitsAreLeftOutWithoutShowingThem() {
        try (LogCapture log = new LogCapture()) {
            Map<String, String> p = delta(Setting.ADMIN_PASSWORD, "Adm1n&<>\"'x");
            Map<String, String> u = delta(Setting.USER_PASSWORD, "us er");

            assertEquals(Map.of(), p);
            assertEquals(Map.of(), u);
            assertEquals(1, log.count("INFO", "setting admin.password is left out"));
            assertEquals(1, log.count("INFO", "setting user.password is left out"));
            assertFalse(log.all().contains("Adm1n"));
            assertFalse(log.all().contains("us er"));
        }
    }

    @Test
    public void languagesInGrandstreamsCodesAndTheOthersLeftOut() {
        assertEquals(Map.of("P1362", "se"), delta(Setting.LANGUAGE, "sv"));
        assertEquals(Map.of("P1362", "de"), delta(Setting.LANGUAGE, "de"));
        try (LogCapture log = new LogCapture()) {
            assertEquals(Map.of(), delta(Setting.LANGUAGE, "nb"));
            assertEquals(1, log.count("INFO", "setting language is left out", "'nb'"));
        }
    }

    @Test
    public void dateAndTimeFormatsHaveEveryValue() {
        assertEquals(Map.of("P102", "0"), delta(Setting.DATE_FORMAT, "ymd"));
        assertEquals(Map.of("P102", "1"), delta(Setting.DATE_FORMAT, "mdy"));
        assertEquals(Map.of("P122", "0"), delta(Setting.TIME_FORMAT, "12h"));
        assertEquals(Map.of("P91", "0"), delta(Setting.CALL_WAITING, "on"));
        assertEquals(Map.of("P1684", "1"), delta(Setting.LLDP, "yes"));
    }

    @Test
    public void urlsBecomeAProtocolCodeAndAPathWithoutScheme() {
        assertEquals(Map.of("P6767", "0", "P192", "tftp.example.com/fw"),
                delta(Setting.FIRMWARE_URL, "tftp://tftp.example.com/fw"));
        assertEquals(Map.of("P6767", "1", "P192", "fw.example.com"),
                delta(Setting.FIRMWARE_URL, "HTTP://fw.example.com"));
        assertEquals(Map.of("P330", "3", "P331", "dir.example.com/gs"),
                delta(Setting.PHONEBOOK_URL, "https://dir.example.com/gs"));
        try (LogCapture log = new LogCapture()) {
            assertEquals(Map.of(), delta(Setting.FIRMWARE_URL, "ftp://fw.example.com/gs"));
            assertEquals(1, log.count("INFO", "setting firmware.url is left out", "'ftp'"));
        }
    }

    @Test
    public void syslogWithAnotherPortIsLeftOutAndWithoutPortIsWritten() {
        assertEquals(Map.of("P207", "log.example.com", "P208", "2"),
                delta(Setting.SYSLOG_SERVER, "log.example.com"));
        try (LogCapture log = new LogCapture()) {
            assertEquals(Map.of(), delta(Setting.SYSLOG_SERVER, "log.example.com:1514"));
            assertEquals(1, log.count("INFO", "setting syslog.server is left out", "1514"));
        }
    }

    @Test
    public void expiryInSecondsIsRoundedUpToMinutesWithALogLine() {
        try (LogCapture log = new LogCapture()) {
            assertEquals(Map.of("P32", "2", "P412", "2"),
                    delta(Setting.SIP_REGISTRATION_EXPIRY, "90"));
            assertEquals(1, log.count("INFO", "sip.registration_expiry 90 s", "2 minute(s)"));
        }
        assertEquals(Map.of("P32", "1", "P412", "1"),
                delta(Setting.SIP_REGISTRATION_EXPIRY, "30"));
    }

    @Test
    public void codecsWithoutACommonCodeAreLeftOutEachNamed() {
        try (LogCapture log = new LogCapture()) {
            Map<String, String> p = delta(Setting.CODECS, "opus,g722,gsm");

            assertEquals("9", p.get("P57"));
            assertEquals("9", p.get("P98"));
            assertEquals(1, log.count("INFO", "codec OPUS of setting codecs is left out"));
            assertEquals(1, log.count("INFO", "codec GSM of setting codecs is left out"));
        }
        assertEquals(Map.of(), delta(Setting.CODECS, "opus"));
    }

    @Test
    public void aGxp1628HasSevenVocoderChoices() {
        Map<String, String> p = GrandstreamTestDevices.parameters(GrandstreamTestDevices
                .config(GrandstreamTestDevices.oneLine("GXP1628"), "codecs", "pcmu,g722"));

        assertEquals(List.of("0", "9", "9", "9", "9", "9", "9"), List.of(p.get("P57"),
                p.get("P58"), p.get("P59"), p.get("P60"), p.get("P61"), p.get("P62"),
                p.get("P46")));
        assertFalse(p.containsKey("P98"));
    }

    @Test
    public void noSettingMeansNoSettingParameter() {
        Map<String, String> p = base();

        for (String name : List.of("P30", "P64", "P246", "P102", "P122", "P1362", "P2", "P196",
                "P51", "P87", "P1684", "P207", "P192", "P331", "P91", "P32", "P48", "P57")) {
            assertFalse(name, p.containsKey(name));
        }
        assertTrue(p.containsKey("P47"));
    }

    private static void expect(Setting setting, String value, String... parameters) {
        VALUES.put(setting, value);
        Map<String, String> expected = new LinkedHashMap<>();
        for (int i = 0; i < parameters.length; i += 2) {
            expected.put(parameters[i], parameters[i + 1]);
        }
        EXPECTED.put(setting, expected);
    }

    /** @return the two-line GXP2170's file without any setting */
    private static Map<String, String> base() {
        return GrandstreamTestDevices.parameters(config());
    }

    /** @return the parameters one setting adds or changes, compared with {@link #base()} */
    private static Map<String, String> delta(Setting setting, String value) {
        Map<String, String> base = base();
        Map<String, String> with = GrandstreamTestDevices.parameters(config(setting.key(),
                value));
        Map<String, String> delta = new LinkedHashMap<>();
        with.forEach((name, v) -> {
            if (!v.equals(base.get(name))) {
                delta.put(name, v);
            }
        });
        assertTrue(setting.key() + " removed parameters", with.keySet().containsAll(
                base.keySet()));
        return delta;
    }

    /**
     * @param settings settings to add, name then value
     * @return the configuration of a GXP2170 whose line 1 takes server, port and transport
     *         from the settings (sip.server pbx.example.com unless given) and whose line 2 has
     *         its own
     */
    private static DeviceConfig config(String... settings) {
        SipLine first = new SipLine(1, "1001", "1001", "pw", "Ann", "Ann", "", 0, null);
        Device device = GrandstreamTestDevices.device("GXP2170", List.of(first,
                GrandstreamTestDevices.second()), Map.of());
        GrandstreamTestDevices.Stack stack = new GrandstreamTestDevices.Stack()
                .device("sip.server", "pbx.example.com");
        for (int i = 0; i < settings.length; i += 2) {
            stack.device(settings[i], settings[i + 1]);
        }
        return stack.on(device);
    }
}
