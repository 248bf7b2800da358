package org.openprov.vendor.yealink.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.Test;
import org.openprov.api.registry.Device;
import org.openprov.api.settings.DeviceConfig;
import org.openprov.api.settings.ResolvedValue;
import org.openprov.testing.LogCapture;

public class YealinkRawTest {

    private final YealinkGenerator generator = YealinkTestDevices.generator();
    private final Device device = YealinkTestDevices.oneLine("T54W");

    @Test
    public void aRawSettingReplacesTheGeneratedParameterAndComesLast() {
        DeviceConfig config = new YealinkTestDevices.Stack()
                .platform("language", "de")
                .customer("raw.yealink.lang.wui", "English")
                .device("raw.yealink.account.1.label", "Front")
                .on(device);

        String text = text(config);
        Map<String, String> cfg = CfgLines.parse(text.getBytes(StandardCharsets.UTF_8));
        List<String> keys = new ArrayList<>(cfg.keySet());

        assertEquals("English", cfg.get("lang.wui"));
        assertEquals("German", cfg.get("lang.gui"));
        assertEquals("Front", cfg.get("account.1.label"));
        assertEquals(List.of("account.1.label", "lang.wui"),
                keys.subList(keys.size() - 2, keys.size()));
        assertFalse(text.contains("lang.wui = German"));
        assertTrue(text.contains("## Raw settings: written last; each replaces a parameter"));
    }

    @Test
    public void aRawSettingOfANewParameterIsAddedAtTheEnd() {
        DeviceConfig config = new YealinkTestDevices.Stack()
                .provider("raw.yealink.phone_setting.backlight_time", "60")
                .on(device);

        List<String> keys = new ArrayList<>(parameters(config).keySet());

        assertEquals("phone_setting.backlight_time", keys.get(keys.size() - 1));
        assertEquals("60", parameters(config).get("phone_setting.backlight_time"));
    }

    @Test
    public void aRawWebPasswordReplacesOnlyThatUsersLine() {
        DeviceConfig config = new YealinkTestDevices.Stack()
                .device("admin.password", "Adm1n-Pass")
                .device("user.password", "Us3r-Pass")
                .device("raw.yealink.static.security.user_password", "user:Other-Pass")
                .on(device);

        Map<String, String> cfg = parameters(config);

        assertEquals("admin:Adm1n-Pass", cfg.get("static.security.user_password:admin"));
        assertEquals("user:Other-Pass", cfg.get("static.security.user_password:user"));
    }

    @Test
    public void rawSettingsOfAnotherVendorAreNotWritten() {
        DeviceConfig config = new YealinkTestDevices.Stack()
                .device("raw.polycom.lang.gui", "French")
                .on(device);

        String text = text(config);

        assertFalse(text.contains("lang.gui"));
        assertFalse(text.contains("Raw settings"));
    }

    @Test
    public void aRawValueCannotAddALine() {
        Map<String, ResolvedValue> values = Map.of("raw.yealink.account.1.label",
                ResolvedValue.onDevice("raw.yealink.account.1.label",
                        "A\nstatic.security.user_password = admin:x"));

        Map<String, String> cfg = parameters(new DeviceConfig(device, values, false));

        assertEquals("A static.security.user_password = admin:x", cfg.get("account.1.label"));
        assertFalse(cfg.containsKey("static.security.user_password:admin"));
    }

    @Test
    public void aRawNameThatIsNoParameterNameIsLeftOutWithAWarning() {
        String name = "raw.yealink.lang.gui = English\nstatic.x";
        Map<String, ResolvedValue> values = Map.of(name, ResolvedValue.onDevice(name, "1"));

        try (LogCapture log = new LogCapture()) {
            String text = text(new DeviceConfig(device, values, false));

            assertFalse(text, text.contains("static.x"));
            assertFalse(text, text.contains("lang.gui"));
            assertEquals(log.all(), 1, log.count("WARN", YealinkTestDevices.MAC.hex(),
                    "raw setting name"));
        }
    }

    private String text(DeviceConfig config) {
        return new String(YealinkTestDevices.render(generator, config).body(),
                StandardCharsets.UTF_8);
    }

    private Map<String, String> parameters(DeviceConfig config) {
        return CfgLines.parse(YealinkTestDevices.render(generator, config).body());
    }
}
