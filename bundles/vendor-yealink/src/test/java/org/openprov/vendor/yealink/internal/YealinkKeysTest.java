package org.openprov.vendor.yealink.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.Test;
import org.openprov.api.generator.KeyRules;
import org.openprov.api.generator.ModelInfo;
import org.openprov.api.registry.SipLine;
import org.openprov.api.registry.Transport;
import org.openprov.api.settings.DeviceConfig;
import org.openprov.api.settings.KeyType;
import org.openprov.api.settings.LineKey;
import org.openprov.testing.LogCapture;

public class YealinkKeysTest {

    /** The DSS key type codes, as the Administrator's Guide lists them. */
    private static final Map<KeyType, String> GUIDE_CODES = Map.ofEntries(
            Map.entry(KeyType.LINE, "15"), Map.entry(KeyType.BLF, "16"),
            Map.entry(KeyType.SPEED_DIAL, "13"), Map.entry(KeyType.CALL_PARK, "10"),
            Map.entry(KeyType.PICKUP, "9"), Map.entry(KeyType.GROUP_PICKUP, "23"),
            Map.entry(KeyType.DND, "5"), Map.entry(KeyType.VOICEMAIL, "12"),
            Map.entry(KeyType.INTERCOM, "14"), Map.entry(KeyType.TRANSFER, "3"),
            Map.entry(KeyType.CALL_FORWARD, "2"), Map.entry(KeyType.CONFERENCE, "1"),
            Map.entry(KeyType.URL, "27"), Map.entry(KeyType.EMPTY, "0"));

    private final YealinkGenerator generator = YealinkTestDevices.generator();

    @Test
    public void everyKeyTypeIsWrittenWithItsYealinkCode() {
        for (KeyType type : KeyType.values()) {
            String target = switch (type.target()) {
                case REQUIRED -> type == KeyType.URL ? "http://xml.example.com/menu" : "201";
                default -> "";
            };
            String key = type.id() + (target.isEmpty() ? "" : ";target=" + target);

            Map<String, String> cfg = render("T54W", "key.1", key);

            assertEquals(type.id(), GUIDE_CODES.get(type), cfg.get("linekey.1.type"));
            assertEquals(type.id(), target, cfg.get("linekey.1.value"));
            assertEquals(type.id(), "1", cfg.get("linekey.1.line"));
        }
    }

    @Test
    public void keyRulesOfferEveryTypeAndTenCharacters() {
        KeyRules rules = generator.keyRules();

        assertEquals(EnumSet.allOf(KeyType.class), rules.types());
        assertEquals(10, rules.labelLength());
    }

    @Test
    public void keyRulesRefuseWhatTheModelCannotHold() {
        ModelInfo t41s = generator.models().find("T41S").orElseThrow();
        List<LineKey> keys = List.of(LineKey.parse(15, "blf;target=201"),
                LineKey.parse(16, "blf;target=202"));

        List<String> problems = generator.keyRules().problems(keys, "Yealink", t41s);

        assertEquals(1, problems.size());
        assertTrue(problems.get(0), problems.get(0).startsWith("key.16 does not fit"));
    }

    @Test
    public void aKeyForLineTwoIsBoundToLineTwo() {
        Map<String, String> cfg = render("T54W", "key.3", "blf;line=2;target=202;label=Bob");

        assertEquals("2", cfg.get("linekey.3.line"));
        assertEquals("16", cfg.get("linekey.3.type"));
        assertEquals("202", cfg.get("linekey.3.value"));
        assertEquals("Bob", cfg.get("linekey.3.label"));
    }

    @Test
    public void aKeyWithoutLineIsBoundToLineOneExplicitly() {
        Map<String, String> cfg = render("T54W", "key.2", "speed-dial;target=0800123456");

        assertEquals("1", cfg.get("linekey.2.line"));
        assertEquals("", cfg.get("linekey.2.label"));
    }

    @Test
    public void keysBeyondThePhonesOwnSpillOntoTheExpansionModules() {
        ModelInfo t54w = generator.models().find("T54W").orElseThrow();

        assertEquals(Optional.of("linekey.27"), YealinkKeys.prefix(27, t54w));
        assertEquals(Optional.of("expansion_module.1.key.1"), YealinkKeys.prefix(28, t54w));
        assertEquals(Optional.of("expansion_module.1.key.60"), YealinkKeys.prefix(87, t54w));
        assertEquals(Optional.of("expansion_module.2.key.1"), YealinkKeys.prefix(88, t54w));
        assertEquals(Optional.of("expansion_module.3.key.60"), YealinkKeys.prefix(207, t54w));
        assertEquals(Optional.empty(), YealinkKeys.prefix(208, t54w));
    }

    @Test
    public void aSpilledKeyIsWrittenOnItsModule() {
        Map<String, String> cfg = render("T46S", "key.30", "blf;line=2;target=230;label=Ann");

        assertEquals("16", cfg.get("expansion_module.1.key.3.type"));
        assertEquals("2", cfg.get("expansion_module.1.key.3.line"));
        assertEquals("230", cfg.get("expansion_module.1.key.3.value"));
        assertEquals("Ann", cfg.get("expansion_module.1.key.3.label"));
        assertFalse(cfg.containsKey("linekey.30.type"));
    }

    @Test
    public void aKeyBeyondCapacityIsLeftOutWithAWarning() {
        try (LogCapture log = new LogCapture()) {
            Map<String, String> cfg = render("T41S", "key.16", "blf;target=216");

            assertTrue(cfg.keySet().stream().noneMatch(k -> k.contains("key.16")));
            assertTrue(cfg.keySet().stream().noneMatch(k -> k.startsWith("expansion_module")));
            assertEquals(log.all(), 1, log.count("WARN", YealinkTestDevices.MAC.hex(),
                    "key.16", "15 keys"));
        }
    }

    @Test
    public void anEmptyKeyBeyondCapacityIsNotWarnedAbout() {
        try (LogCapture log = new LogCapture()) {
            render("T41S", "key.16", "empty");

            assertEquals(log.all(), 0, log.count("WARN", "key.16"));
        }
    }

    @Test
    public void aTypeWithoutYealinkCodeIsLeftOutWithAWarning() {
        Map<KeyType, Integer> withoutBlf = new EnumMap<>(YealinkKeyTypes.CODES);
        withoutBlf.remove(KeyType.BLF);
        YealinkCfgWriter cfg = new YealinkCfgWriter();
        ModelInfo t54w = generator.models().find("T54W").orElseThrow();
        YealinkKeys keys = new YealinkKeys(YealinkTestDevices.MAC, Optional.of(t54w),
                withoutBlf, 10, cfg);

        try (LogCapture log = new LogCapture()) {
            keys.write(List.of(LineKey.parse(4, "blf;target=204"),
                    LineKey.parse(5, "dnd")));

            assertEquals(log.all(), 1, log.count("WARN", YealinkTestDevices.MAC.hex(),
                    "key.4", "blf"));
        }
        Map<String, String> written = CfgLines.parse(cfg.text().getBytes(StandardCharsets.UTF_8));
        assertFalse(written.containsKey("linekey.4.type"));
        assertEquals("5", written.get("linekey.5.type"));
    }

    @Test
    public void aKeyOnALineTheModelLacksIsLeftOutWithAWarning() {
        try (LogCapture log = new LogCapture()) {
            Map<String, String> cfg = render("T31G", "key.2", "line;line=3");

            assertFalse(cfg.containsKey("linekey.2.type"));
            assertEquals(log.all(), 1, log.count("WARN", "key.2", "line 3"));
        }
    }

    @Test
    public void keysOfAModelNotInTheTableAreLeftOutWithAWarning() {
        try (LogCapture log = new LogCapture()) {
            Map<String, String> cfg = render("T99X", "key.1", "dnd");

            assertTrue(cfg.keySet().stream().noneMatch(k -> k.startsWith("linekey.")));
            assertEquals(log.all(), 1, log.count("WARN", YealinkTestDevices.MAC.hex(),
                    "1 key(s) left out"));
        }
    }

    @Test
    public void aLongLabelIsShortenedAndTheChangeLogged() {
        try (LogCapture log = new LogCapture()) {
            Map<String, String> cfg = render("T54W", "key.7", "speed-dial;target=112;"
                    + "label=Reception desk north");

            assertEquals("Reception", cfg.get("linekey.7.label"));
            assertEquals(log.all(), 1, log.count("INFO", YealinkTestDevices.MAC.hex(),
                    "key.7", "shortened", "'Reception'"));
        }
    }

    @Test
    public void charactersYealinkCannotShowAreDroppedAndTheChangeLogged() {
        try (LogCapture log = new LogCapture()) {
            Map<String, String> cfg = render("T54W", "key.8",
                    "speed-dial;target=113;label=Pizza \uD83C\uDF55\u200D!");

            assertEquals("Pizza !", cfg.get("linekey.8.label"));
            assertEquals(log.all(), 1, log.count("INFO", "key.8", "cannot show"));
        }
    }

    @Test
    public void aLabelThatFitsIsKeptAndNothingLogged() {
        try (LogCapture log = new LogCapture()) {
            Map<String, String> cfg = render("T54W", "key.9", "dnd;label=Zoë & Co");

            assertEquals("Zoë & Co", cfg.get("linekey.9.label"));
            assertEquals(log.all(), 0, log.count("INFO", "key.9"));
        }
    }

    @Test
    public void labelsAreFittedToTheLengthAndToWhatCanBeShown() {
        assertEquals("0123456789", YealinkLabels.fit("0123456789", 10));
        assertEquals("0123456789", YealinkLabels.fit("0123456789A", 10));
        assertEquals("Front", YealinkLabels.fit("Front desk", 6));
        assertEquals("ab", YealinkLabels.fit("a\u200Eb\uE000", 10));
        assertEquals("Müller 北京", YealinkLabels.fit("Müller 北京", 10));
        assertEquals("", YealinkLabels.fit("\uD83D\uDE00", 10));
    }

    @Test
    public void anEmptyKeyClearsItsPosition() {
        Map<String, String> cfg = render("T54W", "key.5", "empty");

        assertEquals("0", cfg.get("linekey.5.type"));
        assertEquals("1", cfg.get("linekey.5.line"));
        assertEquals("", cfg.get("linekey.5.value"));
        assertEquals("", cfg.get("linekey.5.label"));
    }

    @Test
    public void positionsTheLayoutDoesNotNameAreNotWritten() {
        Map<String, String> cfg = render("T54W", "key.5", "dnd");

        assertEquals(List.of("linekey.5.type", "linekey.5.line", "linekey.5.value",
                "linekey.5.label"), cfg.keySet().stream()
                        .filter(k -> k.startsWith("linekey.")).toList());
    }

    private Map<String, String> render(String model, String name, String key) {
        SipLine first = new SipLine(1, "1001", null, "pw", "Ann", null, "pbx.example.com",
                5060, Transport.UDP);
        SipLine second = new SipLine(2, "1002", null, "pw", "Bob", null, "pbx.example.com",
                5060, Transport.UDP);
        DeviceConfig config = new YealinkTestDevices.Stack().customer(name, key)
                .on(YealinkTestDevices.device(model, List.of(first, second), Map.of()));
        return CfgLines.parse(YealinkTestDevices.render(generator, config).body());
    }
}
