package org.openprov.vendor.yealink.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.Test;
import org.openprov.api.registry.Device;
import org.openprov.api.registry.SipLine;
import org.openprov.api.registry.Transport;
import org.openprov.api.settings.DeviceConfig;
import org.openprov.api.settings.Level;
import org.openprov.testing.Golden;

/**
 * A T54W whose values come from a platform, a provider and a customer template and from the
 * device itself: two lines, keys that spill onto the first expansion module, raw settings and
 * a display name with non-ASCII text and {@code & < "}.
 */
public class YealinkTemplateStackTest {

    static final String GOLDEN = "yealink-template-stack-001565a1b2c3.cfg";
    static final String DISPLAY_NAME = "Zoë \"Z\" Müller & <Co>";

    private final YealinkGenerator generator = YealinkTestDevices.generator();

    /** @return the configuration of the golden file */
    static DeviceConfig stack() {
        SipLine first = new SipLine(1, "1001", null, YealinkTestDevices.PASSWORD, DISPLAY_NAME,
                "Zoë", "", 0, null);
        SipLine second = new SipLine(2, "1002", "auth-1002", "S3cret-1002", "Reception",
                "Desk", "sip2.example.com", 5061, Transport.TLS);
        Device device = YealinkTestDevices.device("T54W", List.of(first, second), Map.of());
        return new YealinkTestDevices.Stack()
                .platform("ntp.server", "ntp.example.com")
                .platform("time.zone", "Europe/Paris")
                .platform("codecs", "G722,PCMU,PCMA")
                .platform("language", "en")
                .platform("lldp", "on")
                .platform("date.format", "dmy")
                .platform("firmware.url", "https://prov.example.com/fw/T54W-96.86.0.100.rom")
                .provider("sip.server", "pbx.example.com")
                .provider("sip.port", "5070")
                .provider("sip.transport", "tcp")
                .provider("sip.outbound_proxy", "sbc.example.com:5080")
                .provider("sip.registration_expiry", "600")
                .provider("syslog.server", "log.example.com")
                .provider("vlan.id", "20")
                .provider("vlan.priority", "5")
                .provider("phonebook.url", "https://pb.example.com/acme.xml")
                .provider("call.waiting", "on")
                .customer("language", "de")
                .customer("time.format", "24h")
                .customer("voicemail.number", "*97")
                .customer("dial.plan", "[2-9]xxx|0[1-9]xxxxxxxxx|00x.T")
                .customer("user.password", "Us3r-Pass")
                .customer("key.1", "line;line=1;label=Zoë")
                .customer("key.2", "line;line=2")
                .customer("key.3", "blf;line=2;target=201;label=Reception desk")
                .device("admin.password", YealinkTestDevices.ADMIN_PASSWORD)
                .device("key.27", "speed-dial;target=0800123456;label=Help")
                .device("key.28", "blf;target=228;label=Ann")
                .device("key.29", "call-park;line=2;target=*700")
                .device("raw.yealink.lang.wui", "English")
                .device("raw.yealink.account.2.sip_server.1.expires", "300")
                .device("raw.yealink.phone_setting.backlight_time", "60")
                .on(device);
    }

    @Test
    public void theStackUsesEveryLevel() {
        assertEquals(List.of(Level.PLATFORM, Level.PROVIDER, Level.CUSTOMER, Level.DEVICE),
                stack().values().values().stream().map(v -> v.level()).distinct().sorted()
                        .toList());
    }

    @Test
    public void deviceFileMatchesGoldenFile() {
        Golden.assertSame(GOLDEN, YealinkTestDevices.render(generator, stack()).body());
    }

    @Test
    public void theGoldenFileFollowsYealinkRules() {
        Map<String, String> cfg = parameters();

        assertEquals(DISPLAY_NAME, cfg.get("account.1.display_name"));
        assertEquals("pbx.example.com", cfg.get("account.1.sip_server.1.address"));
        assertEquals("5070", cfg.get("account.1.sip_server.1.port"));
        assertEquals("1", cfg.get("account.1.sip_server.1.transport_type"));
        assertEquals("sip2.example.com", cfg.get("account.2.sip_server.1.address"));
        assertEquals("5061", cfg.get("account.2.sip_server.1.port"));
        assertEquals("2", cfg.get("account.2.sip_server.1.transport_type"));
        assertEquals("0", cfg.get("account.3.enable"));
        assertEquals("German", cfg.get("lang.gui"));
        assertEquals("admin:" + YealinkTestDevices.ADMIN_PASSWORD,
                cfg.get("static.security.user_password:admin"));
        assertEquals("user:Us3r-Pass", cfg.get("static.security.user_password:user"));
    }

    @Test
    public void keysAreBoundToTheirLinesAndSpillOntoTheModule() {
        Map<String, String> cfg = parameters();

        assertEquals("15", cfg.get("linekey.2.type"));
        assertEquals("2", cfg.get("linekey.2.line"));
        assertEquals("2", cfg.get("linekey.3.line"));
        assertEquals("Reception", cfg.get("linekey.3.label"));
        assertEquals("13", cfg.get("linekey.27.type"));
        assertEquals("16", cfg.get("expansion_module.1.key.1.type"));
        assertEquals("228", cfg.get("expansion_module.1.key.1.value"));
        assertEquals("10", cfg.get("expansion_module.1.key.2.type"));
        assertEquals("2", cfg.get("expansion_module.1.key.2.line"));
        assertFalse(cfg.containsKey("linekey.28.type"));
    }

    @Test
    public void rawSettingsReplaceTheGeneratedOnesAtTheEnd() {
        String text = new String(YealinkTestDevices.render(generator, stack()).body(),
                StandardCharsets.UTF_8);
        Map<String, String> cfg = parameters();

        assertEquals("English", cfg.get("lang.wui"));
        assertEquals("300", cfg.get("account.2.sip_server.1.expires"));
        assertEquals("600", cfg.get("account.1.sip_server.1.expires"));
        assertFalse(text.contains("lang.wui = German"));
        assertTrue(text.endsWith("phone_setting.backlight_time = 60\n"));
    }

    private Map<String, String> parameters() {
        return CfgLines.parse(YealinkTestDevices.render(generator, stack()).body());
    }
}
