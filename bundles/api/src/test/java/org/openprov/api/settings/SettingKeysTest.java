package org.openprov.api.settings;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.Test;

/** The names and values {@link SettingKeys} accepts for all three families. */
public class SettingKeysTest {

    private static final String SETTINGS = "sip.server sip.port sip.transport sip.outbound_proxy"
            + " sip.registration_expiry codecs ntp.server time.zone date.format time.format"
            + " language admin.password user.password vlan.id vlan.priority lldp syslog.server"
            + " voicemail.number dial.plan firmware.url phonebook.url call.waiting";

    @Test
    public void vocabularyNamesAreReadInAnyCase() {
        assertEquals("ntp.server", SettingKeys.name("NTP.Server"));
        assertEquals("sip.outbound_proxy", SettingKeys.name(" Sip.Outbound_Proxy "));
        assertEquals("admin.password", SettingKeys.name("ADMIN.PASSWORD"));
    }

    @Test
    public void keyNamesAreNumberedFrom1To256() {
        assertEquals("key.1", SettingKeys.name("KEY.1"));
        assertEquals("key.7", SettingKeys.name("key.007"));
        assertEquals("key.256", SettingKeys.name("Key.256"));
        assertEquals("Key position 0 is out of range; keys are numbered from 1 to 256",
                refusedName("key.0"));
        assertEquals("Key position 257 is out of range; keys are numbered from 1 to 256",
                refusedName("key.257"));
    }

    @Test
    public void rawNamesLowerTheVendorAndKeepTheNameAsTyped() {
        assertEquals("raw.yealink.features.DND_Mode",
                SettingKeys.name("RAW.Yealink.features.DND_Mode"));
        assertEquals("raw.snom.user-idle-text", SettingKeys.name("raw.snom.user-idle-text"));
    }

    @Test
    public void aMalformedRawNameIsExplained() {
        String hint = "' is not valid; write raw.<vendor>.<name>, the vendor as in vendor:list"
                + " and the name of 1 to 128 letters, digits, '.', '_' or '-'";
        assertEquals("The raw setting name 'raw.yealink' is not valid; write"
                + " raw.<vendor>.<name>, the vendor as in vendor:list and the name of 1 to 128"
                + " letters, digits, '.', '_' or '-'", refusedName("raw.yealink"));
        assertEquals("The raw setting name 'Raw.y.name" + hint, refusedName("Raw.y.name"));
        assertEquals("The raw setting name 'raw.yealink.a b" + hint,
                refusedName("raw.yealink.a b"));
        assertEquals("The raw setting name 'raw.yealink." + "n".repeat(48) + "..." + hint,
                refusedName("raw.yealink." + "n".repeat(129)));
    }

    @Test
    public void anUnknownNameListsTheFamilies() {
        assertEquals("There is no setting 'ntp.sever'; the settings are " + SETTINGS
                + ", key.<n> for line keys and raw.<vendor>.<name> for a vendor's own",
                refusedName("ntp.sever"));
        assertTrue(refusedName("key.1000").startsWith("There is no setting 'key.1000';"));
        assertTrue(refusedName(null).startsWith("There is no setting '';"));
        assertTrue(refusedName("ntp\nserver").startsWith("There is no setting 'ntp?server';"));
    }

    @Test
    public void validateUsesTheVocabularyRule() {
        assertEquals("on", SettingKeys.validate("call.waiting", "Yes"));
        assertEquals("Setting sip.port: 'x' is not valid (it is not a whole number); expected"
                + " a port from 1 to 65535", refusedValue("sip.port", "x"));
    }

    @Test
    public void validateStoresAKeyInItsCanonicalForm() {
        assertEquals("blf;line=1;target=201;label=Reception",
                SettingKeys.validate("key.3", "BLF;label= Reception ;target=201"));
        assertEquals("key.3: a blf key needs a target (the number or extension)",
                refusedValue("key.3", "blf"));
    }

    @Test
    public void validateTakesARawValueAsIsWithinLimits() {
        assertEquals(" a value; kept ", SettingKeys.validate("raw.yealink.x", " a value; kept "));
        assertEquals("", SettingKeys.validate("raw.yealink.x", ""));
        assertEquals("v".repeat(512), SettingKeys.validate("raw.yealink.x", "v".repeat(512)));
        String message = "Setting raw.yealink.x: the value is not valid; a raw value has at"
                + " most 512 characters and no control characters such as line breaks";
        assertEquals(message, refusedValue("raw.yealink.x", "v".repeat(513)));
        assertEquals(message, refusedValue("raw.yealink.x", "pw\nline"));
        assertEquals(message, refusedValue("raw.yealink.x", null));
    }

    @Test
    public void onlyPasswordsAreSecret() {
        assertTrue(SettingKeys.secret("admin.password"));
        assertTrue(SettingKeys.secret("user.password"));
        assertFalse(SettingKeys.secret("sip.server"));
        assertFalse(SettingKeys.secret("key.1"));
        assertFalse(SettingKeys.secret("raw.yealink.x"));
        // Provisioning URLs may carry a fetch token or credentials.
        for (String url : new String[] {"raw.cisco.Profile_Rule", "raw.snom.setting_server",
            "raw.yealink.static.auto_provision.server.url", "raw.polycom.device.prov.serverName",
            "raw.audiocodes.provisioning.configuration.url", "raw.fanvil.Flash_Server_IP", "raw.grandstream.P237",
            "raw.grandstream.P1361", "raw.mitel.https_path"}) {
            assertTrue(url, SettingKeys.secret(url));
        }
        assertFalse(SettingKeys.secret("raw.grandstream.P2370"));
        assertFalse(SettingKeys.secret("raw.mitel.time_server1x"));
        assertTrue(SettingKeys.secret("raw.yealink.account.1.password"));
        assertTrue(SettingKeys.secret("raw.polycom.device.prov.serverPwd"));
        assertFalse(SettingKeys.secret("raw.yealink.features.dnd.enable"));
        assertTrue(SettingKeys.secret("raw.snom.user_pass"));
        assertTrue(SettingKeys.secret("raw.grandstream.P34"));
        assertTrue(SettingKeys.secret("raw.grandstream.P406"));
        assertFalse(SettingKeys.secret("raw.grandstream.P340"));
        assertFalse(SettingKeys.secret("raw.grandstream.P47"));
        assertEquals("********", SettingKeys.shown("user.password", "1234"));
        assertEquals("1234", SettingKeys.shown("voicemail.number", "1234"));
    }

    @Test
    public void rawVendorIsTheLowerCaseVendorOfARawName() {
        assertEquals(Optional.of("yealink"), SettingKeys.rawVendor("raw.yealink.a.b"));
        assertEquals(Optional.of("snom"), SettingKeys.rawVendor("raw.Snom.x"));
        assertEquals(Optional.empty(), SettingKeys.rawVendor("ntp.server"));
        assertEquals(Optional.empty(), SettingKeys.rawVendor("key.1"));
    }

    @Test
    public void keyPositionIsTheNumberOfAKeyName() {
        assertEquals(Optional.of(12), SettingKeys.keyPosition("key.12"));
        assertEquals(Optional.of(256), SettingKeys.keyPosition("key.256"));
        assertEquals(Optional.empty(), SettingKeys.keyPosition("key.x"));
        assertEquals(Optional.empty(), SettingKeys.keyPosition("raw.yealink.key.1"));
        assertEquals(Optional.empty(), SettingKeys.keyPosition("ntp.server"));
    }

    @Test
    public void theVocabularyListsEverySettingInOrder() {
        assertEquals(SETTINGS, SettingKeys.vocabulary());
    }

    private static String refusedName(String name) {
        return assertThrows(IllegalArgumentException.class, () -> SettingKeys.name(name))
                .getMessage();
    }

    private static String refusedValue(String name, String value) {
        return assertThrows(IllegalArgumentException.class,
                () -> SettingKeys.validate(name, value)).getMessage();
    }

    @Test
    public void keysAreListedByNumber() {
        List<String> names = new ArrayList<>(List.of("key.12",
                "raw.grandstream.P34", "key.2", "codecs", "key.207", "raw.grandstream.P2"));

        names.sort(SettingKeys.ORDER);

        assertEquals(List.of("codecs", "key.2", "key.12", "key.207",
                "raw.grandstream.P2", "raw.grandstream.P34"), names);
    }
}
