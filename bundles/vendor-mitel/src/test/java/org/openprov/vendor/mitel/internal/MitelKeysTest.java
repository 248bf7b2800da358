package org.openprov.vendor.mitel.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.Test;
import org.openprov.api.generator.KeyRules;
import org.openprov.api.registry.Device;
import org.openprov.api.settings.KeyType;
import org.openprov.api.settings.LineKey;
import org.openprov.testing.LogCapture;

public class MitelKeysTest {

    /** A target and the Mitel type of each type Mitel offers. */
    private static final Map<String, String> OFFERED = Map.of(
            "line", "line", "blf;target=201", "blf", "speed-dial;target=0800123456",
            "speeddial", "dnd", "dnd", "transfer", "xfer", "transfer;target=300",
            "speeddialxfer", "call-forward", "callforward", "conference", "conf",
            "url;target=https://xml.example.com/menu.xml", "xml", "empty", "empty");

    @Test
    public void everyOfferedTypeHasItsMitelType() {
        OFFERED.forEach((key, type) -> {
            Map<String, String> cfg = keys("6757i", "key.1", key);

            assertEquals(key, type, cfg.get("topsoftkey1 type"));
            assertEquals(key, "1", cfg.get("topsoftkey1 line"));
        });
        assertEquals("201", keys("6757i", "key.1", "blf;target=201").get("topsoftkey1 value"));
        assertEquals("https://xml.example.com/menu.xml", keys("6757i", "key.1",
                "url;target=https://xml.example.com/menu.xml").get("topsoftkey1 value"));
    }

    @Test
    public void keyRulesOfferTheMappedTypesAndTenCharacters() {
        KeyRules rules = MitelTestDevices.generator().keyRules();

        assertEquals(EnumSet.of(KeyType.LINE, KeyType.BLF, KeyType.SPEED_DIAL, KeyType.DND,
                KeyType.TRANSFER, KeyType.CALL_FORWARD, KeyType.CONFERENCE, KeyType.URL,
                KeyType.EMPTY), rules.types());
        assertEquals(10, rules.labelLength());
        assertEquals(rules.types(), MitelKeyTypes.TYPES.keySet());
    }

    @Test
    public void typesMitelLacksAreLeftOutWithAWarning() {
        String[] keys = {"call-park;target=70", "pickup;target=201", "group-pickup",
            "voicemail", "intercom;target=201"};
        for (String key : keys) {
            try (LogCapture log = new LogCapture()) {
                Map<String, String> cfg = keys("6757i", "key.1", key);

                assertFalse(key, cfg.containsKey("topsoftkey1 type"));
                assertEquals(log.all(), 1, log.count("WARN", "00085da0b2c3", "key.1",
                        "left out"));
            }
        }
    }

    @Test
    public void eachKeyIsBoundToItsLine() {
        Map<String, String> cfg = keys("6757i", "key.1", "line;line=2",
                "key.2", "blf;line=3;target=201");

        assertEquals("2", cfg.get("topsoftkey1 line"));
        assertEquals("3", cfg.get("topsoftkey2 line"));
    }

    @Test
    public void aKeyOnALineTheModelLacksIsLeftOut() {
        try (LogCapture log = new LogCapture()) {
            Map<String, String> cfg = keys("6863i", "key.1", "line;line=3");

            assertFalse(cfg.containsKey("prgkey1 type"));
            assertEquals(log.all(), 1, log.count("WARN", "key.1", "line 3", "2 line(s)"));
        }
    }

    /** 6757i: 10 top softkeys, 20 softkeys, then modules of 60. */
    @Test
    public void positionsFillTheGroupsThenSpillOntoModules() {
        Map<String, String> cfg = keys("6757i", "key.10", "dnd", "key.11", "dnd",
                "key.30", "dnd", "key.31", "dnd", "key.90", "dnd", "key.91", "dnd",
                "key.210", "dnd");

        for (String prefix : new String[] {"topsoftkey10", "softkey1", "softkey20",
            "expmod1 key1", "expmod1 key60", "expmod2 key1", "expmod3 key60"}) {
            assertEquals(prefix, "dnd", cfg.get(prefix + " type"));
        }
    }

    @Test
    public void programmableKeysComeFirstWhereTheModelHasThem() {
        Map<String, String> cfg = keys("6731i", "key.1", "speed-dial;target=1", "key.8",
                "speed-dial;target=8");

        assertEquals("1", cfg.get("prgkey1 value"));
        assertEquals("8", cfg.get("prgkey8 value"));
    }

    @Test
    public void keysBeyondTheModelAndItsModulesAreLeftOutWithAWarning() {
        try (LogCapture log = new LogCapture()) {
            Map<String, String> cfg = keys("6731i", "key.9", "dnd", "key.10", "empty");
            Map<String, String> full = keys("6757i", "key.211", "dnd");

            assertFalse(cfg.keySet().stream().anyMatch(k -> k.contains("key9")));
            assertFalse(full.keySet().stream().anyMatch(k -> k.startsWith("expmod4")));
            assertEquals(log.all(), 1, log.count("WARN", "key.9", "has 8 keys"));
            assertEquals(log.all(), 1, log.count("WARN", "key.211", "has 210 keys"));
            assertEquals(log.all(), 0, log.count("WARN", "key.10"));
        }
    }

    @Test
    public void labelsAreFittedAndTheChangeLogged() {
        try (LogCapture log = new LogCapture()) {
            Map<String, String> cfg = keys("6757i", "key.1", "blf;target=201;label=Reception Desk",
                    "key.2", "blf;target=202;label=Ann 😀", "key.3", "blf;target=203;label=Bob");

            assertEquals("Reception", cfg.get("topsoftkey1 label"));
            assertEquals("Ann", cfg.get("topsoftkey2 label"));
            assertEquals("Bob", cfg.get("topsoftkey3 label"));
            assertEquals(log.all(), 1, log.count("INFO", "00085da0b2c3", "key.1", "shortened",
                    "'Reception'"));
            assertEquals(log.all(), 1, log.count("INFO", "key.2", "cannot show"));
            assertEquals(log.all(), 0, log.count("INFO", "key.3"));
        }
    }

    /** The bottom softkeys of 6800 phones take no BLF (Wazo); top softkeys do. */
    @Test
    public void aBlfOnTheBottomSoftkeysOfA6800PhoneIsLeftOut() {
        try (LogCapture log = new LogCapture()) {
            Map<String, String> cfg = keys("6867i", "key.20", "blf;target=1", "key.21",
                    "blf;target=2", "key.22", "speed-dial;target=3");

            assertEquals("blf", cfg.get("topsoftkey20 type"));
            assertFalse(cfg.containsKey("softkey1 type"));
            assertEquals("speeddial", cfg.get("softkey2 type"));
            assertEquals(log.all(), 1, log.count("WARN", "key.21", "softkey1", "no BLF"));
        }
    }

    @Test
    public void aCallForwardTargetIsNotWrittenAndTheLogSaysSo() {
        try (LogCapture log = new LogCapture()) {
            Map<String, String> cfg = keys("6757i", "key.1", "call-forward;target=0800");

            assertEquals("callforward", cfg.get("topsoftkey1 type"));
            assertEquals("", cfg.get("topsoftkey1 value"));
            assertEquals(log.all(), 1, log.count("INFO", "key.1", "0800", "not written"));
        }
    }

    @Test
    public void anEmptyKeyKeepsItsPlaceOnLineOne() {
        Map<String, String> cfg = keys("6757i", "key.1", "empty");

        assertEquals(Map.of("topsoftkey1 type", "empty", "topsoftkey1 value", "",
                "topsoftkey1 label", "", "topsoftkey1 line", "1"), keyLines(cfg));
    }

    @Test
    public void keysOfAModelNotInTheTableAreLeftOutWithOneWarning() {
        try (LogCapture log = new LogCapture()) {
            Map<String, String> cfg = keys("9143i", "key.1", "dnd", "key.2", "dnd");

            assertTrue(keyLines(cfg).isEmpty());
            assertEquals("1001", cfg.get("sip line1 user name"));
            assertEquals(log.all(), 1, log.count("WARN", "not in the Mitel model table",
                    "2 key(s)"));
        }
    }

    @Test
    public void theConsoleRulesAgreeWithTheFile() {
        KeyRules rules = MitelTestDevices.generator().keyRules();
        var model = MitelTestDevices.generator().models().find("6757i").orElseThrow();

        List<String> problems = rules.problems(List.of(LineKey.parse(1, "dnd"),
                LineKey.parse(2, "call-park"), LineKey.parse(211, "dnd")), "Mitel", model);

        assertEquals(2, problems.size());
        assertTrue(problems.get(0), problems.get(0).startsWith("key.2 is of type call-park"));
        assertTrue(problems.get(1), problems.get(1).startsWith("key.211 does not fit"));
    }

    private static Map<String, String> keys(String model, String... keys) {
        MitelTestDevices.Stack stack = new MitelTestDevices.Stack();
        for (int i = 0; i < keys.length; i += 2) {
            stack.device(keys[i], keys[i + 1]);
        }
        Device device = MitelTestDevices.device(model, List.of(MitelTestDevices.line(1)),
                Map.of());
        return MitelTestDevices.parameters(stack.on(device));
    }

    private static Map<String, String> keyLines(Map<String, String> cfg) {
        Map<String, String> lines = new TreeMap<>();
        cfg.forEach((name, value) -> {
            if (name.matches("(prgkey|topsoftkey|softkey|expmod).*")) {
                lines.put(name, value);
            }
        });
        return lines;
    }
}
