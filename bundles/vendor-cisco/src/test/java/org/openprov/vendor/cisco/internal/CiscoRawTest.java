package org.openprov.vendor.cisco.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.Test;
import org.openprov.api.settings.DeviceConfig;
import org.openprov.testing.LogCapture;
import org.w3c.dom.Element;

/** Raw settings {@code raw.cisco.<name>}: written last, replacing, escaped. */
public class CiscoRawTest {

    @Test
    public void rawParametersAreWrittenLastInNameOrder() {
        Map<String, String> cfg = CiscoTestDevices.parameters(new CiscoTestDevices.Stack()
                .device("raw.cisco.Resync_Periodic", "600")
                .device("raw.cisco.Enable_802.1X_Authentication", "No")
                .onOneLine("SPA504G"));

        List<String> names = List.copyOf(cfg.keySet());
        assertEquals(List.of("Enable_802.1X_Authentication", "Resync_Periodic"),
                names.subList(names.size() - 2, names.size()));
        assertEquals("600", cfg.get("Resync_Periodic"));
    }

    @Test
    public void aRawNameEqualToAGeneratedParameterReplacesIt() {
        DeviceConfig config = new CiscoTestDevices.Stack()
                .device("ntp.server", "ntp.example.com")
                .device("raw.cisco.Primary_NTP_Server", "ntp2.example.com")
                .device("raw.cisco.SIP_Transport_1_", "Auto").onOneLine("8841");

        String text = new String(CiscoTestDevices.render(CiscoTestDevices.generator(), config)
                .body(), StandardCharsets.UTF_8);
        Map<String, String> cfg = CiscoTestDevices.parameters(config);

        assertEquals("ntp2.example.com", cfg.get("Primary_NTP_Server"));
        assertEquals("Auto", cfg.get("SIP_Transport_1_"));
        assertEquals(1, text.split("<Primary_NTP_Server ", -1).length - 1);
        assertEquals(1, text.split("<SIP_Transport_1_ ", -1).length - 1);
    }

    @Test
    public void rawNamesAreCaseSensitiveAsCiscoTagsAre() {
        Map<String, String> cfg = CiscoTestDevices.parameters(new CiscoTestDevices.Stack()
                .device("ntp.server", "ntp.example.com")
                .device("raw.cisco.primary_ntp_server", "other").onOneLine("SPA504G"));

        assertEquals("ntp.example.com", cfg.get("Primary_NTP_Server"));
        assertEquals("other", cfg.get("primary_ntp_server"));
    }

    @Test
    public void rawValuesAreEscapedAndCarryTheFamilysUserAccess() {
        Map<String, Element> elements = Profiles.elements(CiscoTestDevices.render(
                CiscoTestDevices.generator(), new CiscoTestDevices.Stack()
                        .device("raw.cisco.Text_Logo", "A&B <\"x\"> '1'</Text_Logo>")
                        .onOneLine("8841")).body());

        assertEquals("A&B <\"x\"> '1'</Text_Logo>", elements.get("Text_Logo").getTextContent());
        assertEquals("na", elements.get("Text_Logo").getAttribute("ua"));
    }

    @Test
    public void aRawNameNoElementCanHoldIsLeftOutWithAWarning() {
        try (LogCapture log = new LogCapture()) {
            Map<String, String> cfg = CiscoTestDevices.parameters(new CiscoTestDevices.Stack()
                    .device("raw.cisco.1st_Setting", "x").device("raw.cisco.-dash", "y")
                    .device("raw.cisco.Good", "z").onOneLine("SPA504G"));

            assertFalse(cfg.containsKey("1st_Setting"));
            assertEquals("z", cfg.get("Good"));
            assertEquals(1, log.count("WARN", "002699a1b2c3", "'1st_Setting'", "left out"));
            assertEquals(1, log.count("WARN", "002699a1b2c3", "'-dash'", "left out"));
        }
    }

    @Test
    public void otherVendorsRawSettingsAreIgnored() {
        Map<String, String> cfg = CiscoTestDevices.parameters(new CiscoTestDevices.Stack()
                .device("raw.yealink.Primary_NTP_Server", "x").onOneLine("SPA504G"));

        assertFalse(cfg.containsKey("Primary_NTP_Server"));
    }
}
