package org.openprov.vendor.cisco.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import org.junit.Test;
import org.openprov.api.generator.ModelInfo;
import org.openprov.api.settings.DeviceConfig;
import org.openprov.api.settings.KeyType;
import org.openprov.testing.LogCapture;

/** Line keys: each type's function, the line binding, capacity, modules and labels. */
public class CiscoKeysTest {

    @Test
    public void eachTypeBecomesItsFunctionOnMpp() {
        Map<String, String> cfg = keys("8841", "blf;target=1002;label=Bob",
                "speed-dial;target=0800123;label=Help", "pickup;target=1003;label=Pick",
                "call-park;target=700;label=Park", "call-park;label=My park", "dnd;label=DND",
                "url;target=http://x.example.com/menu.xml;label=Menu", "empty");

        assertEquals("fnc=blf+sd+cp;sub=1002@pbx.example.com:5060;vid=1;nme=Bob",
                cfg.get("Extended_Function_1_"));
        assertEquals("fnc=sd;ext=0800123@pbx.example.com:5060;vid=1;nme=Help",
                cfg.get("Extended_Function_2_"));
        assertEquals("fnc=blf+cp;sub=1003@pbx.example.com:5060;vid=1;nme=Pick",
                cfg.get("Extended_Function_3_"));
        assertEquals("fnc=prk;sub=700@pbx.example.com:5060;vid=1;nme=Park",
                cfg.get("Extended_Function_4_"));
        assertEquals("fnc=prk;sub=$USER@pbx.example.com:5060;vid=1;nme=My park",
                cfg.get("Extended_Function_5_"));
        assertEquals("fnc=dnd;vid=1;nme=DND", cfg.get("Extended_Function_6_"));
        assertEquals("fnc=xml;url=http://x.example.com/menu.xml;vid=1;nme=Menu",
                cfg.get("Extended_Function_7_"));
        assertEquals("", cfg.get("Extended_Function_8_"));
        assertEquals("", cfg.get("Short_Name_8_"));
        for (int n = 1; n <= 8; n++) {
            assertEquals("key " + n, "Disabled", cfg.get("Extension_" + n + "_"));
        }
    }

    @Test
    public void spaFunctionsCarryNoLineIndex() {
        Map<String, String> cfg = keys("SPA504G", "blf;target=1002;label=Bob",
                "speed-dial;target=1000@other.example.com;label=Reception");

        assertEquals("fnc=blf+sd+cp;sub=1002@pbx.example.com:5060;nme=Bob",
                cfg.get("Extended_Function_1_"));
        assertEquals("fnc=sd;ext=1000@other.example.com;nme=Reception",
                cfg.get("Extended_Function_2_"));
    }

    @Test
    public void typesSpaPhonesLackAreLeftOutWithAWarning() {
        try (LogCapture log = new LogCapture()) {
            Map<String, String> cfg = keys("SPA504G", "dnd", "call-park", "url;target="
                    + "http://x.example.com/a.xml", "voicemail");

            assertFalse(cfg.containsKey("Extension_1_"));
            assertFalse(cfg.containsKey("Extended_Function_4_"));
            assertEquals(1, log.count("WARN", "002699a1b2c3", "key.1 (dnd)", "no dnd key"));
            assertEquals(1, log.count("WARN", "002699a1b2c3", "key.2 (call-park)"));
            assertEquals(1, log.count("WARN", "002699a1b2c3", "key.3 (url)"));
            assertEquals(1, log.count("WARN", "002699a1b2c3", "key.4 (voicemail)"));
        }
    }

    @Test
    public void lineKeysNameTheirLineAndFunctionsAreBoundToTheirLinesServer() {
        DeviceConfig config = new CiscoTestDevices.Stack().device("key.1", "line;line=2")
                .device("key.2", "blf;line=2;target=2001")
                .on(CiscoTestDevices.device(CiscoTestDevices.MPP_MAC, "8841",
                        CiscoTestDevices.twoLines()));

        Map<String, String> cfg = CiscoTestDevices.parameters(config);

        assertEquals("2", cfg.get("Extension_1_"));
        assertEquals("Desk", cfg.get("Short_Name_1_"));
        assertEquals("", cfg.get("Extended_Function_1_"));
        assertEquals("fnc=blf+sd+cp;sub=2001@sip.example.com:5061;vid=2",
                cfg.get("Extended_Function_2_"));
    }

    @Test
    public void keysBoundToALineTheDeviceOrModelLacksAreLeftOut() {
        try (LogCapture log = new LogCapture()) {
            Map<String, String> cfg = keys("8841", "blf;line=2;target=1002",
                    "line;line=11");

            assertFalse(cfg.containsKey("Extended_Function_1_"));
            assertFalse(cfg.containsKey("Extension_2_"));
            assertEquals(1, log.count("WARN", "key.1 (blf)", "line 2, which this device"));
            assertEquals(1, log.count("WARN", "key.2 (line)", "has 10 line(s)"));
        }
    }

    @Test
    public void keysSpillOntoModulesInEachFamilysNames() {
        Map<String, String> spa = keysAt("SPA504G", 4 + 32 + 2, "speed-dial;target=9");
        Map<String, String> mpp = keysAt("8861", 10 + 28 * 2 + 28, "speed-dial;target=9");

        assertEquals("fnc=sd;ext=9@pbx.example.com:5060", spa.get("Unit_2_Key_2"));
        assertEquals("fnc=sd;ext=9@pbx.example.com:5060;vid=1", mpp.get("Unit_3_Key_28_"));
        assertEquals("3", mpp.get("Number_of_Units"));
        assertFalse(spa.containsKey("Number_of_Units"));
    }

    @Test
    public void moduleSlotsFollowTheModelTable() {
        ModelInfo spa = CiscoTestDevices.generator().models().find("SPA504G").orElseThrow();

        assertEquals(Optional.empty(), CiscoKeys.unit(4, spa).map(u -> u[0]));
        assertEquals("1/1", slot(5, spa));
        assertEquals("1/32", slot(36, spa));
        assertEquals("2/1", slot(37, spa));
        assertEquals("2/32", slot(68, spa));
        assertEquals(Optional.empty(), CiscoKeys.unit(69, spa).map(u -> u[0]));
    }

    @Test
    public void keysBeyondCapacityAndLineKeysOnModulesAreLeftOutWithAWarning() {
        try (LogCapture log = new LogCapture()) {
            Map<String, String> cfg = keysAt("8841", 11, "blf;target=1002");
            Map<String, String> onModule = keysAt("8851", 11, "line;line=1");

            assertFalse(cfg.keySet().stream().anyMatch(k -> k.startsWith("Unit_")));
            assertFalse(onModule.containsKey("Unit_1_Key_1_"));
            assertEquals(1, log.count("WARN", "00562ba1b2c3", "key.11 (blf)",
                    "has 10 keys"));
            assertEquals(1, log.count("WARN", "key.11 (line)", "take functions, not lines"));
        }
    }

    @Test
    public void longLabelsAreShortenedWithAnInfoLine() {
        try (LogCapture log = new LogCapture()) {
            Map<String, String> cfg = keys("8841", "speed-dial;target=1;label=Reception Desk 2");

            assertEquals("Reception De", cfg.get("Short_Name_1_"));
            assertTrue(cfg.get("Extended_Function_1_").endsWith(";nme=Reception De"));
            assertEquals(1, log.count("INFO", "00562ba1b2c3", "key.1", "shortened",
                    "'Reception De'", "12 characters"));
        }
    }

    @Test
    public void separatorsAndMacroSignsCannotAddFieldsToAFunction() {
        try (LogCapture log = new LogCapture()) {
            Map<String, String> cfg = keys("8841", "blf;target=1002;label=a=b $USER",
                    "speed-dial;target=1;label=Emoji \uD83D\uDE00");

            assertEquals("fnc=blf+sd+cp;sub=1002@pbx.example.com:5060;vid=1;nme=ab USER",
                    cfg.get("Extended_Function_1_"));
            assertEquals("Emoji", cfg.get("Short_Name_2_"));
            assertEquals(2, log.count("INFO", "stripped of characters"));
        }
    }

    @Test
    public void keyRulesOfferEitherFamilysTypesAndAreNotShared() {
        CiscoGenerator generator = CiscoTestDevices.generator();

        assertEquals(EnumSet.of(KeyType.LINE, KeyType.BLF, KeyType.SPEED_DIAL, KeyType.PICKUP,
                KeyType.CALL_PARK, KeyType.DND, KeyType.URL, KeyType.EMPTY),
                generator.keyRules().types());
        assertEquals(12, generator.keyRules().labelLength());
        generator.keyRules().types().remove(KeyType.BLF);
        assertTrue(generator.keyRules().types().contains(KeyType.BLF));
    }

    private static String slot(int position, ModelInfo model) {
        int[] unit = CiscoKeys.unit(position, model).orElseThrow();
        return unit[0] + "/" + unit[1];
    }

    /** Keys at positions 1, 2, ... on a one-line device of the model. */
    private static Map<String, String> keys(String model, String... keys) {
        CiscoTestDevices.Stack stack = new CiscoTestDevices.Stack();
        for (int i = 0; i < keys.length; i++) {
            stack.device("key." + (i + 1), keys[i]);
        }
        return CiscoTestDevices.parameters(stack.onOneLine(model));
    }

    private static Map<String, String> keysAt(String model, int position, String key) {
        return CiscoTestDevices.parameters(new CiscoTestDevices.Stack()
                .device("key." + position, key).onOneLine(model));
    }
}
