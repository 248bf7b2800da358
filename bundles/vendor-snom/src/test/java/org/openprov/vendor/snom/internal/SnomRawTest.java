package org.openprov.vendor.snom.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.Test;
import org.openprov.api.settings.DeviceConfig;
import org.openprov.api.settings.ResolvedValue;
import org.openprov.testing.LogCapture;

/** Raw settings {@code raw.snom.<name>}: written last, replacing, escaped, names checked. */
public class SnomRawTest {

    @Test
    public void rawSettingsAreWrittenAfterEverythingElse() {
        Map<String, String> settings = SnomTestDevices.settings(raw(
                "raw.snom.tone_scheme", "GER", "raw.snom.update_policy", "auto_update"));
        List<String> names = new ArrayList<>(settings.keySet());

        assertEquals(List.of("tone_scheme", "update_policy"),
                names.subList(names.size() - 2, names.size()));
        assertEquals("GER", settings.get("tone_scheme"));
        assertEquals("auto_update", settings.get("update_policy"));
    }

    @Test
    public void aRawNameEqualToAGeneratedSettingReplacesIt() {
        Map<String, String> settings = SnomTestDevices.settings(raw(
                "raw.snom.ntp_server", "ntp2.example.com", "ntp.server", "ntp.example.com"));
        List<String> names = new ArrayList<>(settings.keySet());

        assertEquals("ntp2.example.com", settings.get("ntp_server"));
        assertEquals("ntp_server", names.get(names.size() - 1));
        assertEquals(1, names.stream().filter("ntp_server"::equals).count());
    }

    /** name.N is the setting of identity N, and replaces the generated one of that identity. */
    @Test
    public void aDottedIdentityAddressesOneIdentity() {
        Map<String, String> settings = SnomTestDevices.settings(raw(
                "raw.snom.user_host.2", "other.example.com:5080;transport=tcp",
                "raw.snom.user_srtp.1", "on"));

        assertEquals("other.example.com:5080;transport=tcp", settings.get("user_host[2]"));
        assertEquals("pbx.example.com:5060;transport=udp", settings.get("user_host[1]"));
        assertEquals("on", settings.get("user_srtp[1]"));
    }

    @Test
    public void rawValuesAreEscaped() {
        DeviceConfig config = raw("raw.snom.phone_name", "A&B <desk> \"1\"");
        String text = new String(SnomTestDevices.render(SnomTestDevices.generator(), config),
                StandardCharsets.UTF_8);

        assertTrue(text, text.contains("<phone_name perm=\"R\">A&amp;B &lt;desk&gt; \"1\""
                + "</phone_name>"));
        assertEquals("A&B <desk> \"1\"", SnomTestDevices.settings(config).get("phone_name"));
    }

    @Test
    public void namesSnomCannotHoldAreLeftOutWithAWarning() {
        try (LogCapture log = new LogCapture()) {
            Map<String, String> settings = SnomTestDevices.settings(raw(
                    "raw.snom.web-language", "x", "raw.snom.a.b.c", "x", "raw.snom.9lives", "x",
                    "raw.snom.user_host.0", "x", "raw.snom.tone_scheme", "FRA"));

            assertEquals("FRA", settings.get("tone_scheme"));
            assertEquals(4, log.count("WARN", SnomTestDevices.MAC.hex(), "raw setting name",
                    "left out"));
            assertEquals(1, log.count("WARN", "'web-language'"));
            assertFalse(settings.containsKey("9lives"));
        }
    }

    /** A raw password is neither logged when it replaces nor when its name is refused. */
    @Test
    public void rawSecretsAreNotLogged() {
        try (LogCapture log = new LogCapture()) {
            SnomTestDevices.settings(raw("raw.snom.user_pass.1", "Raw-xyz-secret",
                    "raw.snom.http-pass", "Raw-xyz-secret"));

            assertFalse(log.all(), log.all().contains("xyz"));
        }
    }

    @Test
    public void otherVendorsRawSettingsAreIgnored() {
        Map<String, String> settings = SnomTestDevices.settings(raw(
                "raw.yealink.features.dnd", "1", "raw.snomx.tone_scheme", "GER"));

        assertFalse(settings.containsKey("features.dnd"));
        assertFalse(settings.containsKey("tone_scheme"));
    }

    private static DeviceConfig raw(String... pairs) {
        List<ResolvedValue> values = new ArrayList<>();
        for (int i = 0; i < pairs.length; i += 2) {
            values.add(SnomTestDevices.at(pairs[i], pairs[i + 1]));
        }
        return SnomTestDevices.twoLines("D785", values.toArray(ResolvedValue[]::new));
    }
}
