package org.openprov.vendor.fanvil.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.Test;
import org.openprov.api.generator.KeyRules;
import org.openprov.api.settings.DeviceConfig;
import org.openprov.api.settings.KeyType;
import org.openprov.api.settings.Level;
import org.openprov.api.settings.LineKey;
import org.openprov.api.settings.ResolvedValue;
import org.openprov.testing.LogCapture;

public class FanvilKeysTest {

    private static final String DSS = "DSSKEY CONFIG MODULE|";
    private static final String SIDE1 = DSS + "Sidekey Config1|";
    private static final String PAGE1 = DSS + "Dsskey Config1|";

    @Test
    public void aLineKeyNamesItsSipLineAndTakesTheLinesLabel() {
        assertEquals(key(SIDE1, 2, "2", "SIP2", "1002"), keys("X5U", "key.2", "line;line=2"));
    }

    @Test
    public void aBlfKeyIsAMemoryKeyBoundToItsLine() {
        assertEquals(key(PAGE1, 1, "1", "201@2/ba", "Ann"),
                keys("X5U", "key.5", "blf;line=2;target=201;label=Ann"));
    }

    @Test
    public void aSpeedDialIsAMemoryKeyOnLineOneByDefault() {
        assertEquals(key(PAGE1, 2, "1", "0800123456@1/f", ""),
                keys("X5U", "key.6", "speed-dial;target=0800123456"));
    }

    @Test
    public void aParkKeyNamesItsOrbit() {
        assertEquals(key(PAGE1, 3, "1", "700@1/c", "Park"),
                keys("X5U", "key.7", "call-park;target=700;label=Park"));
    }

    @Test
    public void aDndKeyIsAKeyEvent() {
        assertEquals(key(PAGE1, 4, "3", "F_DND", "DND"), keys("X5U", "key.8", "dnd;label=DND"));
    }

    @Test
    public void anEmptyKeyIsTypeZero() {
        assertEquals(key(SIDE1, 3, "0", "", ""), keys("X5U", "key.3", "empty"));
    }

    /** 4 side keys on one page, then DSS pages of 6: key.11 opens the second page. */
    @Test
    public void positionsFillSideKeysThenDssPages() {
        assertEquals(key(DSS + "Dsskey Config2|", 1, "1", "1@1/f", ""),
                keys("X5U", "key.11", "speed-dial;target=1"));
        assertEquals(key(DSS + "Dsskey Config5|", 6, "1", "2@1/f", ""),
                keys("X5U", "key.34", "speed-dial;target=2"));
    }

    @Test
    public void aKeyBeyondTheModelsKeysIsLeftOutWithAWarning() {
        try (LogCapture log = new LogCapture()) {
            assertEquals(Map.of(), keys("X5U", "key.35", "blf;target=216"));
            assertEquals(log.all(), 1, log.count("WARN", FanvilTestDevices.MAC.hex(),
                    "key.35", "34 keys", "X5U"));
        }
    }

    @Test
    public void anEmptyKeyBeyondTheModelIsSilentlySkipped() {
        try (LogCapture log = new LogCapture()) {
            assertEquals(Map.of(), keys("X5U", "key.35", "empty"));
            assertEquals(log.all(), 0, log.count("WARN", "key.35"));
        }
    }

    @Test
    public void aModelMissingFromTheTableGetsNoKeys() {
        try (LogCapture log = new LogCapture()) {
            assertEquals(Map.of(), keys("X9Z", "key.1", "line"));
            assertEquals(log.all(), 1, log.count("WARN", "key.1", "missing from the model"));
        }
    }

    @Test
    public void everyOtherTypeIsLeftOutWithAWarning() {
        for (KeyType type : EnumSet.complementOf(EnumSet.copyOf(FanvilKeys.TYPES))) {
            String value = type.id() + (type.target() == KeyType.Target.NONE ? ""
                    : type == KeyType.URL ? ";target=http://x.example.com/a" : ";target=9");
            try (LogCapture log = new LogCapture()) {
                assertEquals(type.id(), Map.of(), keys("X5U", "key.5", value));
                assertEquals(log.all(), 1, log.count("WARN", FanvilTestDevices.MAC.hex(),
                        "key.5", type.id()));
            }
        }
    }

    @Test
    public void aKeyBoundToALineTheDeviceLacksIsLeftOut() {
        try (LogCapture log = new LogCapture()) {
            assertEquals(Map.of(), keys("X5U", "key.5", "blf;line=3;target=201"));
            assertEquals(log.all(), 1, log.count("WARN", "key.5", "line 3"));
        }
    }

    @Test
    public void aParkKeyWithoutOrbitAndATargetWithAtAreLeftOut() {
        try (LogCapture log = new LogCapture()) {
            assertEquals(Map.of(), keys("X5U", "key.7", "call-park"));
            assertEquals(Map.of(), keys("X5U", "key.6", "speed-dial;target=201@pbx"));
            assertEquals(log.all(), 1, log.count("WARN", "key.7", "needs a number"));
            assertEquals(log.all(), 1, log.count("WARN", "key.6", "'@'"));
        }
    }

    @Test
    public void aLongOrSpecialLabelIsFittedWithANote() {
        try (LogCapture log = new LogCapture()) {
            assertEquals(key(PAGE1, 1, "1", "201@1/ba", "Reception de"),
                    keys("X5U", "key.5", "blf;target=201;label=Reception desk!"));
            assertEquals(log.all(), 1, log.count("INFO", FanvilTestDevices.MAC.hex(), "key.5",
                    "'Reception de'", "12 characters"));
        }
    }

    @Test
    public void aLabelThatFitsIsWrittenWithoutANote() {
        try (LogCapture log = new LogCapture()) {
            keys("X5U", "key.5", "blf;target=201;label=Zoë Müller_2");
            assertEquals(log.all(), 0, log.count("INFO", "key.5"));
        }
    }

    @Test
    public void fittingCountsCharactersNotUtf16Units() {
        String script = "\uD835\uDC9C";
        assertEquals(script.repeat(12), FanvilKeys.fit(script.repeat(13)));
        assertEquals("東京東京東京東京東京東京", FanvilKeys.fit("東京東京東京東京東京東京東京"));
        assertEquals("Ann", FanvilKeys.fit("\uD83D\uDE00Ann"));
        assertEquals("a b", FanvilKeys.fit(" a<>&\"' b "));
    }

    @Test
    public void keyRulesListTheWrittenTypesAndTheLabelLength() {
        KeyRules rules = FanvilTestDevices.generator().keyRules();

        assertEquals(EnumSet.of(KeyType.LINE, KeyType.BLF, KeyType.SPEED_DIAL,
                KeyType.CALL_PARK, KeyType.DND, KeyType.EMPTY), rules.types());
        assertEquals(12, rules.labelLength());
    }

    /** What the console accepts, the file writes: the rules agree with the model table. */
    @Test
    public void keyRulesAgreeWithTheModelTable() {
        FanvilGenerator generator = FanvilTestDevices.generator();
        List<String> problems = generator.keyRules().problems(List.of(
                LineKey.parse(34, "blf;target=1"), LineKey.parse(35, "blf;target=1")), "Fanvil",
                generator.models().find("X5U").orElseThrow());

        assertEquals(1, problems.size());
        assertTrue(problems.get(0), problems.get(0).startsWith("key.35 does not fit"));
    }

    private static Map<String, String> key(String section, int index, String type,
            String value, String title) {
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put(section + "Fkey" + index + " Type", type);
        expected.put(section + "Fkey" + index + " Value", value);
        expected.put(section + "Fkey" + index + " Title", title);
        return expected;
    }

    /** @return the DSS parameters a two-line device of the model gets for the one key */
    private static Map<String, String> keys(String model, String name, String value) {
        ResolvedValue key = new ResolvedValue(name, value, Level.CUSTOMER, "keys", false);
        DeviceConfig config = FanvilTestDevices.twoLines(model, key);
        Map<String, String> keys = new LinkedHashMap<>();
        FanvilTestDevices.parameters(config).forEach((k, v) -> {
            if (k.startsWith(DSS)) {
                keys.put(k, v);
            }
        });
        return keys;
    }
}
