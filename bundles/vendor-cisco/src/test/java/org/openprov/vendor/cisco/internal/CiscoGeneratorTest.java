package org.openprov.vendor.cisco.internal;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.Test;
import org.openprov.api.generator.FileRequest;
import org.openprov.api.generator.RenderedFile;
import org.openprov.api.registry.Mac;
import org.openprov.api.registry.SipLine;
import org.openprov.api.registry.Transport;
import org.openprov.api.settings.DeviceConfig;
import org.openprov.testing.LogCapture;

public class CiscoGeneratorTest {

    private final CiscoGenerator generator = CiscoTestDevices.generator();

    @Test
    public void identifiesItself() {
        assertEquals("cisco", generator.vendor());
        assertEquals("Cisco", generator.displayName());
        assertEquals(32, generator.models().models().size());
    }

    @Test
    public void everyLineHasExplicitServerPortAndTransport() {
        Map<String, String> cfg = CiscoTestDevices.parameters(
                CiscoTestDevices.golden("SPA504G", 4, "Asia/Tokyo"));

        assertEquals("pbx.example.com:5060", cfg.get("Proxy_1_"));
        assertEquals("UDP", cfg.get("SIP_Transport_1_"));
        assertEquals("sip.example.com:5061", cfg.get("Proxy_2_"));
        assertEquals("TLS", cfg.get("SIP_Transport_2_"));
        assertEquals("auth-1002", cfg.get("Auth_ID_2_"));
        assertEquals("1002", cfg.get("User_ID_2_"));
    }

    @Test
    public void accountsTheModelHasButTheDeviceDoesNotUseAreSwitchedOff() {
        Map<String, String> cfg = CiscoTestDevices.parameters(
                CiscoTestDevices.golden("8851", 10, "Asia/Tokyo"));

        assertEquals("Yes", cfg.get("Line_Enable_2_"));
        for (int line = 3; line <= 10; line++) {
            assertEquals("line " + line, "No", cfg.get("Line_Enable_" + line + "_"));
        }
        assertFalse(cfg.containsKey("Line_Enable_11_"));
    }

    @Test
    public void aLineBeyondTheModelsAccountsIsLeftOutWithAWarning() {
        try (LogCapture log = new LogCapture()) {
            Map<String, String> cfg = CiscoTestDevices.parameters(DeviceConfig.ofDevice(
                    CiscoTestDevices.device(CiscoTestDevices.SPA_MAC, "SPA502G",
                            CiscoTestDevices.twoLines())));

            assertEquals("Yes", cfg.get("Line_Enable_1_"));
            assertFalse(cfg.containsKey("Line_Enable_2_"));
            assertEquals(1, log.count("WARN", "002699a1b2c3", "line 2 is left out"));
        }
    }

    @Test
    public void aModelNoLongerInTheTableKeepsItsAccountsButNotItsKeys() {
        try (LogCapture log = new LogCapture()) {
            DeviceConfig config = new CiscoTestDevices.Stack().device("key.1", "line;line=1")
                    .on(CiscoTestDevices.device(CiscoTestDevices.SPA_MAC, "SPA999",
                            CiscoTestDevices.twoLines()));

            Map<String, String> cfg = CiscoTestDevices.parameters(config);

            assertEquals("Yes", cfg.get("Line_Enable_2_"));
            assertFalse(cfg.containsKey("Extension_1_"));
            assertEquals(1, log.count("WARN", "SPA999", "written for SPA firmware"));
            assertEquals(1, log.count("WARN", "1 key(s) left out"));
        }
    }

    @Test
    public void renderingTwiceGivesTheSameBytes() {
        DeviceConfig config = CiscoTestDevices.golden("8851", 10, "Australia/Sydney");

        assertArrayEquals(CiscoTestDevices.render(generator, config).body(),
                CiscoTestDevices.render(generator, config).body());
    }

    @Test
    public void bootstrapsHoldNoSecretEvenAfterDeviceFilesWithSecrets() {
        DeviceConfig secrets = new CiscoTestDevices.Stack()
                .device("admin.password", CiscoTestDevices.ADMIN_PASSWORD)
                .device("user.password", CiscoTestDevices.USER_PASSWORD)
                .on(CiscoTestDevices.device(CiscoTestDevices.MPP_MAC, "8841",
                        CiscoTestDevices.twoLines()));
        CiscoTestDevices.render(generator, secrets);

        for (String name : new String[] {"spa504G.cfg", "8841-3PCC.xml", "ata191.cfg"}) {
            String text = text(generator.renderCommon(generator.recognise(name, "")
                    .orElseThrow()));

            for (String secret : new String[] {"Adm1n", CiscoTestDevices.PASSWORD,
                CiscoTestDevices.SECOND_PASSWORD, CiscoTestDevices.USER_PASSWORD, "Password",
                "00562ba1b2c3", "1001"}) {
                assertFalse(name + " holds " + secret, text.contains(secret));
            }
            assertEquals(name, List.of("Profile_Rule_B"),
                    List.copyOf(Profiles.parse(text.getBytes(StandardCharsets.UTF_8)).keySet()));
        }
    }

    @Test
    public void noPasswordAndNoWholeFileIsEverLogged() {
        try (LogCapture log = new LogCapture()) {
            DeviceConfig config = new CiscoTestDevices.Stack()
                    .device("admin.password", CiscoTestDevices.ADMIN_PASSWORD)
                    .device("user.password", "a b")
                    .device("key.1", "blf;line=1;target=1002;label=Reception Desk Long")
                    .device("key.99", "dnd")
                    .on(CiscoTestDevices.device(CiscoTestDevices.SPA_MAC, "SPA504G",
                            CiscoTestDevices.twoLines()));
            CiscoTestDevices.render(generator, config);

            assertTrue(log.lines("INFO").size() + log.lines("WARN").size() >= 2);
            for (String secret : new String[] {CiscoTestDevices.PASSWORD,
                CiscoTestDevices.SECOND_PASSWORD, CiscoTestDevices.ADMIN_PASSWORD,
                "flat-profile"}) {
                assertFalse(secret, log.all().contains(secret));
            }
        }
    }

    @Test
    public void bootstrapWithoutBaseUrlIsServedWithoutTheRuleAndWarns() {
        CiscoGenerator unset = new CiscoGenerator(CiscoTestDevices.CLOCK, "");

        try (LogCapture log = new LogCapture()) {
            RenderedFile file = unset.renderCommon(unset.recognise("spa504G.cfg", "")
                    .orElseThrow());

            assertEquals(Map.of(), Profiles.parse(file.body()));
            assertEquals(1, log.count("WARN", "SPA504G", "profileBaseUrl",
                    "org.openprov.vendor.cisco.cfg"));
        }
    }

    @Test
    public void baseUrlIsTrimmedCheckedAndMacroEscaped() {
        assertEquals(Optional.of("https://p.example.com/a$$b/prov"),
                CiscoGenerator.base(" https://p.example.com/a$b/prov/ "));
        assertEquals(Optional.empty(), CiscoGenerator.base(""));
        assertEquals(Optional.empty(), CiscoGenerator.base(null));
        try (LogCapture log = new LogCapture()) {
            assertEquals(Optional.empty(), CiscoGenerator.base("tftp://p.example.com/prov"));
            assertEquals(Optional.empty(), CiscoGenerator.base("http://p.example.com/?x=1"));
            assertEquals(2, log.count("WARN", "profileBaseUrl"));
        }
    }

    @Test
    public void deviceFileIsNotRenderedForAnotherDevicesName() {
        FileRequest other = FileRequest.device("00562b000001.xml",
                Optional.of(Mac.parse("00562b000001")), true);
        DeviceConfig golden = CiscoTestDevices.golden("8841", 10, "Asia/Tokyo");

        assertThrows(IllegalArgumentException.class, () -> generator.renderDevice(other, golden));
    }

    @Test
    public void kindsAreNotMixedUp() {
        FileRequest common = generator.recognise("spa504G.cfg", "").orElseThrow();
        FileRequest device = generator.recognise("002699a1b2c3.xml", "").orElseThrow();
        DeviceConfig golden = CiscoTestDevices.golden("SPA504G", 4, "Asia/Tokyo");

        assertThrows(IllegalArgumentException.class, () -> generator.renderDevice(common, golden));
        assertThrows(IllegalArgumentException.class, () -> generator.renderCommon(device));
    }

    @Test
    public void unsetSettingsGiveNoElementsAndAnEmptyPasswordIsWrittenEmpty() {
        SipLine line = new SipLine(1, "1001", null, null, null, null, "pbx.example.com", 5060,
                Transport.TCP);
        Map<String, String> cfg = CiscoTestDevices.parameters(DeviceConfig.ofDevice(
                CiscoTestDevices.device(CiscoTestDevices.MPP_MAC, "7821", List.of(line))));

        assertFalse(cfg.containsKey("Time_Zone"));
        assertFalse(cfg.containsKey("Admin_Password"));
        assertEquals("", cfg.get("Password_1_"));
        assertEquals("1001", cfg.get("Display_Name_1_"));
        assertEquals("TCP", cfg.get("SIP_Transport_1_"));
        assertEquals("No", cfg.get("Line_Enable_2_"));
        assertEquals(9, cfg.size());
    }

    private static String text(RenderedFile file) {
        return new String(file.body(), StandardCharsets.UTF_8);
    }
}
