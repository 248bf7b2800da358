package org.openprov.api.settings;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.Test;

/** The rule and the canonical form of every {@link SettingType}. */
public class SettingTypeTest {

    @Test
    public void aHostIsANameAnIpv4AddressOrABracketedIpv6Address() {
        for (String host : List.of("pbx.example.com", "192.0.2.10", "[2001:db8::10]", "[::1]")) {
            assertEquals(host, SettingType.HOST.validate("sip.server", host));
        }
        assertEquals("pbx.example.com", SettingType.HOST.validate("sip.server",
                "  pbx.example.com "));
    }

    @Test
    public void aHostRefusalSaysWhatIsWrongAndTheRule() {
        assertEquals("Setting sip.server: '2001:db8::10' is not valid (an IPv6 address is"
                + " written in brackets, as [2001:db8::10]); expected a host name, an IPv4"
                + " address or an IPv6 address in brackets, e.g. pbx.example.com",
                refusal(SettingType.HOST, "sip.server", "2001:db8::10"));
        assertEquals("Setting sip.server: 'pbx.example.com:5060' is not valid (it includes a"
                + " port); expected a host name, an IPv4 address or an IPv6 address in"
                + " brackets, e.g. pbx.example.com",
                refusal(SettingType.HOST, "sip.server", "pbx.example.com:5060"));
    }

    @Test
    public void anIpv4OnlyHostRefusesIpv6() {
        assertEquals("Setting ntp.server: '[2001:db8::1]' is not valid (it is an IPv6 address,"
                + " which is not accepted here); expected a host name or an IPv4 address,"
                + " e.g. pool.ntp.org", refusal(SettingType.HOST_V4, "ntp.server",
                        "[2001:db8::1]"));
        assertEquals("192.0.2.1", SettingType.HOST_V4.validate("ntp.server", "192.0.2.1"));
    }

    @Test
    public void aHostAndPortTakesAnOptionalPortInRange() {
        for (String server : List.of("sbc.example.com", "sbc.example.com:5060",
                "192.0.2.1:514", "[2001:db8::1]:5061", "[2001:db8::1]")) {
            assertEquals(server, SettingType.HOST_AND_PORT.validate("syslog.server", server));
        }
        assertEquals("Setting syslog.server: 'log.example.com:70000' is not valid (70000 is"
                + " out of range); expected a host name or address, optionally with :port,"
                + " e.g. sbc.example.com:5060",
                refusal(SettingType.HOST_AND_PORT, "syslog.server", "log.example.com:70000"));
        assertEquals("Setting syslog.server: 'log.example.com:0' is not valid (0 is out of"
                + " range); expected a host name or address, optionally with :port,"
                + " e.g. sbc.example.com:5060",
                refusal(SettingType.HOST_AND_PORT, "syslog.server", "log.example.com:0"));
    }

    @Test
    public void aPortIsAWholeNumberFrom1To65535() {
        assertEquals("1", SettingType.PORT.validate("sip.port", "1"));
        assertEquals("65535", SettingType.PORT.validate("sip.port", " 65535 "));
        assertEquals("Setting sip.port: '0' is not valid (0 is out of range); expected a port"
                + " from 1 to 65535", refusal(SettingType.PORT, "sip.port", "0"));
        assertEquals("Setting sip.port: '65536' is not valid (65536 is out of range); expected"
                + " a port from 1 to 65535", refusal(SettingType.PORT, "sip.port", "65536"));
        for (String port : List.of("05060", "+5060", "5060.0", "five", "12345678901")) {
            assertEquals("Setting sip.port: '" + port + "' is not valid (it is not a whole"
                    + " number); expected a port from 1 to 65535",
                    refusal(SettingType.PORT, "sip.port", port));
        }
    }

    @Test
    public void numbersHaveTheirOwnRanges() {
        assertEquals("30", SettingType.EXPIRY_SECONDS.validate("e", "30"));
        assertEquals("86400", SettingType.EXPIRY_SECONDS.validate("e", "86400"));
        assertTrue(refusal(SettingType.EXPIRY_SECONDS, "e", "29").contains("(29 is out of"
                + " range); expected a number of seconds from 30 to 86400"));
        assertTrue(refusal(SettingType.EXPIRY_SECONDS, "e", "86401").contains("86401 is out"));
        assertEquals("1", SettingType.VLAN_ID.validate("vlan.id", "1"));
        assertEquals("4094", SettingType.VLAN_ID.validate("vlan.id", "4094"));
        assertEquals("Setting vlan.id: '4095' is not valid (4095 is out of range); expected a"
                + " VLAN id from 1 to 4094", refusal(SettingType.VLAN_ID, "vlan.id", "4095"));
        assertTrue(refusal(SettingType.VLAN_ID, "vlan.id", "0").contains("0 is out of range"));
        assertEquals("0", SettingType.VLAN_PRIORITY.validate("vlan.priority", "0"));
        assertEquals("7", SettingType.VLAN_PRIORITY.validate("vlan.priority", "7"));
        assertEquals("Setting vlan.priority: '8' is not valid (8 is out of range); expected a"
                + " priority from 0 to 7", refusal(SettingType.VLAN_PRIORITY, "vlan.priority",
                        "8"));
    }

    @Test
    public void wordsAreStoredInLowerCase() {
        assertEquals("tls", SettingType.TRANSPORT.validate("sip.transport", "TLS"));
        assertEquals("udp", SettingType.TRANSPORT.validate("sip.transport", " Udp "));
        assertEquals("ymd", SettingType.DATE_FORMAT.validate("date.format", "YMD"));
        assertEquals("24h", SettingType.TIME_FORMAT.validate("time.format", "24H"));
        assertEquals("de", SettingType.LANGUAGE.validate("language", "DE"));
    }

    @Test
    public void wordsOutsideTheListAreRefusedWithTheList() {
        assertEquals("Setting sip.transport: 'sctp' is not valid; expected udp, tcp or tls",
                refusal(SettingType.TRANSPORT, "sip.transport", "sctp"));
        assertEquals("Setting date.format: 'dd.mm.yyyy' is not valid; expected dmy, mdy or ymd"
                + " (the order of day, month and year)",
                refusal(SettingType.DATE_FORMAT, "date.format", "dd.mm.yyyy"));
        assertEquals("Setting time.format: '12' is not valid; expected 12h or 24h",
                refusal(SettingType.TIME_FORMAT, "time.format", "12"));
        assertEquals("Setting language: 'english' is not valid; expected a language code, one"
                + " of en de fr es it nl pt pl ru tr sv da nb fi cs zh ja ko",
                refusal(SettingType.LANGUAGE, "language", "english"));
    }

    @Test
    public void codecsAreUpperCaseInOrderWithAliasesResolved() {
        assertEquals("OPUS,G722,PCMU", SettingType.CODECS.validate("codecs", "opus, g722,pcmu"));
        assertEquals("PCMU,PCMA", SettingType.CODECS.validate("codecs", "ulaw,alaw"));
        assertEquals("PCMU,PCMA,G729", SettingType.CODECS.validate("codecs",
                "G711U, G.711a, g729"));
        assertEquals("PCMA,PCMU", SettingType.CODECS.validate("codecs", "G711ALAW,G711ULAW"));
    }

    @Test
    public void codecsRefuseUnknownNamesAndDuplicates() {
        String rule = "; expected codec names separated by commas, most preferred first, from"
                + " OPUS G722 PCMU PCMA G729 G726 ILBC GSM";
        assertEquals("Setting codecs: 'PCMU,G711' is not valid (G711 is not a known codec)"
                + rule, refusal(SettingType.CODECS, "codecs", "PCMU,G711"));
        assertEquals("Setting codecs: 'PCMU,ulaw' is not valid (PCMU is listed twice)" + rule,
                refusal(SettingType.CODECS, "codecs", "PCMU,ulaw"));
        assertEquals("Setting codecs: 'PCMU,,G722' is not valid (it has an empty name)" + rule,
                refusal(SettingType.CODECS, "codecs", "PCMU,,G722"));
    }

    @Test
    public void codecsWithoutAnyNameAreRefused() {
        for (String value : List.of(",", ",,", "PCMU,", ",PCMU")) {
            assertTrue(value, refusal(SettingType.CODECS, "codecs", value)
                    .contains("(it has an empty name)"));
        }
    }

    @Test
    public void aZoneIsAnIanaName() {
        assertEquals("America/New_York", SettingType.ZONE.validate("time.zone",
                " America/New_York "));
        assertEquals("Setting time.zone: 'Europe/Atlantis' is not valid; expected an IANA time"
                + " zone name such as Europe/Paris",
                refusal(SettingType.ZONE, "time.zone", "Europe/Atlantis"));
    }

    @Test
    public void aNumericPasswordStaysAString() {
        assertEquals("1234", SettingType.PASSWORD.validate("admin.password", "1234"));
        assertEquals("0007", SettingType.PASSWORD.validate("admin.password", "0007"));
    }

    @Test
    public void aPasswordKeepsItsSpacesAndItsCase() {
        assertEquals(" Pass word ", SettingType.PASSWORD.validate("user.password",
                " Pass word "));
        String longest = "p".repeat(64);
        assertEquals(longest, SettingType.PASSWORD.validate("user.password", longest));
    }

    @Test
    public void aRefusedPasswordIsNeverShown() {
        String secret = "Top" + "x".repeat(62);
        Map<String, String> refused = Map.of(
                secret, "Setting user.password: (hidden) is not valid; expected 1 to 64"
                        + " printable characters",
                "Top\tsecret", "Setting user.password: (hidden) is not valid; expected 1 to 64"
                        + " printable characters",
                "", "Setting user.password: (hidden) is not valid; expected 1 to 64"
                        + " printable characters");
        refused.forEach((value, message) -> {
            String actual = refusal(SettingType.PASSWORD, "user.password", value);
            assertEquals(message, actual);
            assertFalse(actual, !value.isEmpty() && actual.contains("Top"));
        });
    }

    @Test
    public void switchesReadTheCommonSpellings() {
        for (String on : List.of("on", "ON", "true", "Yes", "1", "enabled")) {
            assertEquals(on, "on", SettingType.SWITCH.validate("lldp", on));
        }
        for (String off : List.of("off", "False", "NO", "0", "disabled")) {
            assertEquals(off, "off", SettingType.SWITCH.validate("lldp", off));
        }
        assertEquals("Setting lldp: 'maybe' is not valid; expected on or off",
                refusal(SettingType.SWITCH, "lldp", "maybe"));
    }

    @Test
    public void aDialStringHasKeypadCharactersOnly() {
        assertEquals("*97#,1+2", SettingType.DIAL_STRING.validate("voicemail.number",
                "*97#,1+2"));
        String longest = "1".repeat(32);
        assertEquals(longest, SettingType.DIAL_STRING.validate("voicemail.number", longest));
        assertEquals("Setting voicemail.number: '" + "1".repeat(33) + "' is not"
                + " valid; expected 1 to 32 of the digits 0-9 and * # + , (a comma is a pause)",
                refusal(SettingType.DIAL_STRING, "voicemail.number", "1".repeat(33)));
        assertTrue(refusal(SettingType.DIAL_STRING, "voicemail.number", "97a")
                .startsWith("Setting voicemail.number: '97a' is not valid; expected"));
    }

    @Test
    public void aDigitMapHasItsOwnAlphabetAndLength() {
        String map = "[2-9]xxx|0[1-9]xxxxxxxx|00x.T|(*xx)";
        assertEquals(map, SettingType.DIGIT_MAP.validate("dial.plan", map));
        assertEquals("x".repeat(512), SettingType.DIGIT_MAP.validate("dial.plan",
                "x".repeat(512)));
        assertTrue(refusal(SettingType.DIGIT_MAP, "dial.plan", "x".repeat(513))
                .endsWith("expected a digit map of 1 to 512 characters from 0-9 * # + x X . [ ]"
                        + " - | T ( ) e.g. [2-9]xxx|0[1-9]xxxxxxxx|00x.T"));
        assertTrue(refusal(SettingType.DIGIT_MAP, "dial.plan", "[2-9]xxx;T")
                .startsWith("Setting dial.plan: '[2-9]xxx;T' is not valid; expected"));
    }

    @Test
    public void aUrlHasAKnownSchemeAndAtMost512Characters() {
        for (String url : List.of("http://fw.example.com/t54w.rom", "HTTPS://fw.example.com",
                "ftp://192.0.2.1/fw", "tftp://[2001:db8::1]/fw.bin",
                "https://pb.example.com/book.xml?group=2")) {
            assertEquals(url, SettingType.URL.validate("firmware.url", url));
        }
        String longest = "http://a.example.com/" + "p".repeat(512 - 21);
        assertEquals(longest, SettingType.URL.validate("firmware.url", longest));

        String rule = "; expected an http, https, ftp or tftp URL of at most 512 characters"
                + " without spaces";
        assertTrue(refusal(SettingType.URL, "firmware.url", longest + "p").endsWith(
                "is not valid" + rule));
        for (String url : List.of("file:///etc/passwd", "sftp://h/x", "http://h/a b",
                "http://user:pw@h/x", "fw.example.com/fw", "http:///x")) {
            assertEquals("Setting firmware.url: '" + url + "' is not valid" + rule,
                    refusal(SettingType.URL, "firmware.url", url));
        }
    }

    @Test
    public void everyTypeRefusesControlCharactersNamingSettingValueAndRule() {
        for (SettingType type : SettingType.values()) {
            if (type == SettingType.PASSWORD) {
                continue;
            }
            String message = refusal(type, "some.setting", "12\u00007\u001b");

            assertEquals(type.name(), "Setting some.setting: '12?7?' is not valid (it contains"
                    + " a control character such as a line break); expected " + type.rule(),
                    message);
        }
    }

    @Test
    public void aLineBreakInsideAValueIsRefusedAndNotRepeated() {
        String message = refusal(SettingType.HOST, "sip.server", "pbx\r\n.example.com");

        assertEquals("Setting sip.server: 'pbx??.example.com' is not valid (it contains a"
                + " control character such as a line break); expected a host name, an IPv4"
                + " address or an IPv6 address in brackets, e.g. pbx.example.com", message);
    }

    @Test
    public void anEmptyValueIsRefusedByEveryType() {
        for (SettingType type : SettingType.values()) {
            String message = refusal(type, "s", "  ");

            String shown = type == SettingType.PASSWORD ? "(hidden)" : "'  '";
            assertEquals(type.name(), "Setting s: " + shown + " is not valid (it is empty);"
                    + " expected " + type.rule(), message);
        }
        assertTrue(refusal(SettingType.PORT, "s", null).startsWith("Setting s: '' is not"
                + " valid (it is empty)"));
    }

    private static String refusal(SettingType type, String key, String value) {
        return assertThrows(String.valueOf(value), IllegalArgumentException.class,
                () -> type.validate(key, value)).getMessage();
    }
}
