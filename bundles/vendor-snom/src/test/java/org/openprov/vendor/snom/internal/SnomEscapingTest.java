package org.openprov.vendor.snom.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.Test;
import org.openprov.api.registry.SipLine;
import org.openprov.api.registry.Transport;
import org.openprov.api.settings.DeviceConfig;
import org.openprov.testing.StrictXml;
import org.w3c.dom.Element;

/** Values in element text and in attributes, each escaped for where it lands. */
public class SnomEscapingTest {

    @Test
    public void displayNameAndPasswordAreEscapedAsElementText() {
        String text = text(SnomTestDevices.golden("UTC"));

        assertTrue(text, text.contains("<user_realname idx=\"1\" perm=\"R\">Zoë \"Z\" Müller"
                + " &amp; &lt;Co&gt;</user_realname>"));
        assertTrue(text, text.contains("<user_pass idx=\"1\" perm=\"R\">p&amp;ss&lt;w&gt;rd\"1'"
                + "</user_pass>"));
    }

    @Test
    public void theParsedValuesAreTheOriginals() {
        Map<String, String> settings = SnomTestDevices.settings(SnomTestDevices.golden("UTC"));

        assertEquals(SnomTestDevices.DISPLAY_NAME, settings.get("user_realname[1]"));
        assertEquals(SnomTestDevices.PASSWORD, settings.get("user_pass[1]"));
        assertEquals(SnomTestDevices.ADMIN_PASSWORD, settings.get("admin_mode_password"));
    }

    /** Quotes of both kinds, & and < in a label attribute. */
    @Test
    public void labelsAreEscapedAsAttributes() {
        DeviceConfig config = SnomKeysTest.withKeys("D785", "key.1",
                "speed-dial;target=1;label=A\"b'<c>&d");
        String text = text(config);

        assertTrue(text, text.contains("label=\"A&quot;b&apos;&lt;c&gt;&amp;d\""));
        Element fkey = (Element) StrictXml.parse(text.getBytes(StandardCharsets.UTF_8))
                .getElementsByTagName("fkey").item(0);
        assertEquals("A\"b'<c>&d", fkey.getAttribute("label"));
    }

    /** A URL key's & is escaped in the element text, so the file stays well-formed. */
    @Test
    public void ampersandsInKeyTargetsAreEscaped() {
        String text = text(SnomKeysTest.withKeys("D785", "key.1",
                "url;target=https://a.example.com/x?a=1&b=2"));

        assertTrue(text, text.contains(">url https://a.example.com/x?a=1&amp;b=2</fkey>"));
    }

    /** Control characters XML cannot carry are dropped; tabs and line breaks stay as text. */
    @Test
    public void forbiddenCharactersAreDroppedAndTheFileStillParses() {
        SipLine line = new SipLine(1, "1001", null, "pw\u0001x", "Bell\u0007 Name", null,
                "pbx.example.com", 5060, Transport.UDP);
        DeviceConfig config = DeviceConfig.ofDevice(SnomTestDevices.device("D785",
                List.of(line), Map.of()));
        Map<String, String> settings = SnomTestDevices.settings(config);

        assertEquals("Bell Name", settings.get("user_realname[1]"));
        assertEquals("pwx", settings.get("user_pass[1]"));
    }

    @Test
    public void elementNamesComeOnlyFromTheBundleOrCheckedRawNames() {
        assertTrue(SnomXmlWriter.isName("user_host"));
        assertTrue(SnomXmlWriter.isName("_x1"));
        for (String name : new String[] {"", "9a", "a-b", "a.b", "a b", "a<b", "a\"b", null}) {
            assertFalse(String.valueOf(name), SnomXmlWriter.isName(name));
        }
    }

    @Test(expected = IllegalStateException.class)
    public void aSettingIsNeverWrittenTwice() {
        new SnomXmlWriter().set("ntp_server", "a").set("ntp_server", "b");
    }

    @Test
    public void theSameNameForTwoIdentitiesIsTwoSettings() {
        String text = new SnomXmlWriter().set("user_name", 1, "a").set("user_name", 2, "b")
                .render("test");

        assertTrue(text, text.contains("<user_name idx=\"1\" perm=\"R\">a</user_name>"));
        assertTrue(text, text.contains("<user_name idx=\"2\" perm=\"R\">b</user_name>"));
    }

    private static String text(DeviceConfig config) {
        return new String(SnomTestDevices.render(SnomTestDevices.generator(), config),
                StandardCharsets.UTF_8);
    }
}
