package org.openprov.vendor.fanvil.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.Test;
import org.openprov.api.settings.DeviceConfig;
import org.openprov.api.settings.ResolvedValue;
import org.openprov.api.settings.Setting;
import org.openprov.testing.LogCapture;

public class FanvilRawTest {

    private static final String SIP = "SIP CONFIG MODULE|SIP Line List|";

    @Test
    public void aRawNameReadsAsModuleSubsectionAndParameter() {
        assertEquals(Optional.of(new FanvilRaw.Target("SIP CONFIG MODULE", "SIP Line List",
                "SIP1 Register TTL")),
                FanvilRaw.target("SIP_CONFIG_MODULE.SIP_Line_List.SIP1_Register_TTL"));
        assertEquals(Optional.of(new FanvilRaw.Target("SIP CONFIG MODULE", "", "SIP  Port")),
                FanvilRaw.target("SIP_CONFIG_MODULE.SIP__Port"));
        assertEquals(Optional.of(new FanvilRaw.Target("CALL FEATURE MODULE", "Port Config",
                "P1 Extention No.")),
                FanvilRaw.target("CALL_FEATURE_MODULE.Port_Config.P1_Extention_No."));
    }

    @Test
    public void aRawSettingReplacesTheParameterTheGeneratorWrote() {
        DeviceConfig config = FanvilTestDevices.twoLines("X4U",
                at(Setting.SIP_REGISTRATION_EXPIRY.key(), "300"),
                at("raw.fanvil.SIP_CONFIG_MODULE.SIP_Line_List.SIP1_Register_TTL", "120"));

        byte[] body = FanvilTestDevices.render(FanvilTestDevices.generator(), config);
        Map<String, String> cfg = CfgFile.parse(body);

        assertEquals("120", cfg.get(SIP + "SIP1 Register TTL"));
        assertEquals("300", cfg.get(SIP + "SIP2 Register TTL"));
        assertEquals(1, occurrences(body, "SIP1 Register TTL"));
    }

    /** Without a subsection the module's parameter is found where it stands. */
    @Test
    public void aRawSettingWithoutSubsectionReplacesInPlace() {
        DeviceConfig config = FanvilTestDevices.twoLines("X4U",
                at("raw.fanvil.SIP_CONFIG_MODULE.SIP1_Register_Port", "5999"));

        byte[] body = FanvilTestDevices.render(FanvilTestDevices.generator(), config);
        String text = new String(body, StandardCharsets.UTF_8);

        assertEquals("5999", CfgFile.parse(body).get(SIP + "SIP1 Register Port"));
        assertTrue(text.indexOf("SIP1 Register Port       :5999")
                < text.indexOf("SIP1 Register User"));
    }

    @Test
    public void aRawSettingOfItsOwnComesAfterTheGeneratedOnes() {
        try (LogCapture log = new LogCapture()) {
            DeviceConfig config = FanvilTestDevices.twoLines("X4U",
                    at(Setting.VLAN_ID.key(), "20"),
                    at("raw.fanvil.QOS_CONFIG_MODULE.LLDP_Refresh_Time", "30"),
                    at("raw.fanvil.TR069_CONFIG_MODULE.Enable_TR069", "0"));

            byte[] body = FanvilTestDevices.render(FanvilTestDevices.generator(), config);
            String text = new String(body, StandardCharsets.UTF_8);

            assertEquals("30", CfgFile.parse(body).get("QOS CONFIG MODULE||LLDP Refresh Time"));
            assertEquals("0", CfgFile.parse(body).get("TR069 CONFIG MODULE||Enable TR069"));
            assertTrue(text.indexOf("LLDP Refresh Time") > text.indexOf("VLAN ID"));
            assertTrue(text.indexOf("<TR069 CONFIG MODULE>") > text.indexOf("<QOS CONFIG"));
            assertEquals(log.all(), 0, log.lines("WARN").size());
        }
    }

    @Test
    public void aRawValueCannotBreakItsLine() {
        String value = "a:b <<END OF FILE>> <SIP CONFIG MODULE> --x--";
        DeviceConfig config = FanvilTestDevices.twoLines("X4U",
                at("raw.fanvil.PHONE_FEATURE_MODULE.Display_Input.LCD_Title", value));

        assertEquals(value, FanvilTestDevices.parameters(config)
                .get("PHONE FEATURE MODULE|Display Input|LCD Title"));
    }

    @Test
    public void aRawNameTheFileCannotHoldIsLeftOutWithAWarning() {
        try (LogCapture log = new LogCapture()) {
            DeviceConfig config = FanvilTestDevices.twoLines("X4U",
                    at("raw.fanvil.LCD_Title", "x"), at("raw.fanvil.PHONE_FEATURE.LCD_Title", "y"),
                    at("raw.fanvil.QOS_CONFIG_MODULE..VLAN_ID", "z"),
                    at("raw.fanvil.QOS_CONFIG_MODULE.-dash", "w"),
                    at("raw.fanvil.QOS_CONFIG_MODULE._space", "v"));

            Map<String, String> cfg = FanvilTestDevices.parameters(config);

            for (String value : List.of("x", "y", "z", "w", "v")) {
                assertFalse(value, cfg.containsValue(value));
            }
            for (String name : List.of("raw.fanvil.LCD_Title ", "raw.fanvil.PHONE_FEATURE.",
                    "..VLAN_ID", ".-dash", "._space")) {
                assertEquals(log.all(), 1, log.count("WARN", FanvilTestDevices.MAC.hex(), name,
                        "left out"));
            }
        }
    }

    /** Fkey1 Type is in two subsections once two pages are written; say which. */
    @Test
    public void anAmbiguousRawNameIsLeftOutWithAWarning() {
        try (LogCapture log = new LogCapture()) {
            DeviceConfig config = FanvilTestDevices.twoLines("X5U", at("key.1", "line"),
                    at("key.5", "blf;target=201"),
                    at("raw.fanvil.DSSKEY_CONFIG_MODULE.Fkey1_Type", "0"));

            Map<String, String> cfg = FanvilTestDevices.parameters(config);

            assertEquals("2", cfg.get("DSSKEY CONFIG MODULE|Sidekey Config1|Fkey1 Type"));
            assertEquals("1", cfg.get("DSSKEY CONFIG MODULE|Dsskey Config1|Fkey1 Type"));
            assertEquals(log.all(), 1, log.count("WARN", "Fkey1_Type", "several subsections"));
        }
    }

    @Test
    public void rawSettingsOfAnotherVendorAreNotWritten() {
        DeviceConfig config = FanvilTestDevices.twoLines("X4U",
                at("raw.yealink.QOS_CONFIG_MODULE.VLAN_ID", "99"));

        assertFalse(FanvilTestDevices.parameters(config).containsValue("99"));
    }

    @Test
    public void noLogLineCarriesARawValue() {
        try (LogCapture log = new LogCapture()) {
            DeviceConfig config = FanvilTestDevices.twoLines("X4U",
                    at("raw.fanvil.9bad", "s3cret-raw"),
                    at("raw.fanvil.MMI_CONFIG_MODULE.MMI_Account.Account1_Password",
                            "s3cret-raw"));

            FanvilTestDevices.parameters(config);

            assertEquals(log.all(), 1, log.lines("WARN").size());
            assertFalse(log.all().contains("s3cret"));
        }
    }

    private static ResolvedValue at(String name, String value) {
        return FanvilTestDevices.at(name, value);
    }

    private static int occurrences(byte[] body, String text) {
        String file = new String(body, StandardCharsets.UTF_8);
        int count = 0;
        for (int at = file.indexOf(text); at >= 0; at = file.indexOf(text, at + 1)) {
            count++;
        }
        return count;
    }
}
