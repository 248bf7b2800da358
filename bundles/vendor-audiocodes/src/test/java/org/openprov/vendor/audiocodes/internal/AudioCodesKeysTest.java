package org.openprov.vendor.audiocodes.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.Test;
import org.openprov.api.generator.KeyRules;
import org.openprov.api.generator.ModelInfo;
import org.openprov.api.settings.KeyType;
import org.openprov.api.settings.LineKey;
import org.openprov.testing.LogCapture;

public class AudioCodesKeysTest {

    private static final String KEY = "personal_settings/functional_key/";

    private final AudioCodesGenerator generator = AudioCodesTestDevices.generator();

    @Test
    public void speedDialIsWrittenAtIndexFromZero() {
        Map<String, String> cfg = keys("440HD", "key.1", "speed-dial;target=0800123;label=Help");

        assertEquals("SPEED_DIAL", cfg.get(KEY + "0/type"));
        assertEquals("0800123", cfg.get(KEY + "0/speed_dial_number"));
        assertEquals("Help", cfg.get(KEY + "0/key_label"));
    }

    @Test
    public void blfIsASpeedDialWithBusyLamp() {
        Map<String, String> cfg = keys("440HD", "key.12", "blf;target=201;label=Ann");

        assertEquals("SPEED_DIAL_BLF", cfg.get(KEY + "11/type"));
        assertEquals("201", cfg.get(KEY + "11/speed_dial_number"));
        assertEquals("Ann", cfg.get(KEY + "11/key_label"));
    }

    @Test
    public void everyOtherTypeIsLeftOutWithAWarningNamingTheKey() {
        for (KeyType type : KeyType.values()) {
            if (AudioCodesKeys.TYPES.containsKey(type) || type == KeyType.EMPTY) {
                continue;
            }
            String target = switch (type.target()) {
                case REQUIRED -> type == KeyType.URL ? "http://xml.example.com/menu" : "201";
                default -> "";
            };
            try (LogCapture log = new LogCapture()) {
                Map<String, String> cfg = keys("440HD", "key.2",
                        type.id() + (target.isEmpty() ? "" : ";target=" + target));

                assertFalse(type.id(), cfg.containsKey(KEY + "1/type"));
                assertEquals(type.id(), 1, log.count("WARN", "00908fa00024", "key.2",
                        type.id(), "left out"));
            }
        }
    }

    @Test
    public void anEmptyKeyWritesNothingAndWarnsNothing() {
        try (LogCapture log = new LogCapture()) {
            Map<String, String> cfg = keys("440HD", "key.3", "empty");

            assertFalse(cfg.keySet().stream().anyMatch(k -> k.startsWith(KEY)));
            assertEquals(List.of(), log.lines("WARN"));
        }
    }

    @Test
    public void aKeyForLineTwoIsLeftOutNotMovedToLineOne() {
        try (LogCapture log = new LogCapture()) {
            Map<String, String> cfg = keys("440HD", "key.3", "blf;line=2;target=202");

            assertFalse(cfg.containsKey(KEY + "2/type"));
            assertEquals(1, log.count("WARN", "00908fa00024", "key.3", "bound to line 2"));
        }
    }

    @Test
    public void keysBeyondTheModelAreLeftOutWithAWarning() {
        try (LogCapture log = new LogCapture()) {
            Map<String, String> cfg = keys("440HD", "key.13", "speed-dial;target=201");

            assertFalse(cfg.containsKey(KEY + "12/type"));
            assertEquals(1, log.count("WARN", "00908fa00024", "key.13", "12 programmable"));
        }
    }

    @Test
    public void keysOfAModelOutsideTheTableAreLeftOut() {
        try (LogCapture log = new LogCapture()) {
            Map<String, String> cfg = keys("999HD", "key.1", "speed-dial;target=201");

            assertFalse(cfg.containsKey(KEY + "0/type"));
            assertEquals(1, log.count("WARN", "00908fa00024", "not in the AudioCodes model"));
        }
    }

    @Test
    public void aLongLabelIsShortenedWithAnInfoLineNamingMacAndKey() {
        try (LogCapture log = new LogCapture()) {
            Map<String, String> cfg = keys("440HD", "key.4",
                    "speed-dial;target=201;label=Reception desk");

            assertEquals("Reception", cfg.get(KEY + "3/key_label"));
            assertEquals(1, log.count("INFO", "00908fa00024", "key.4", "shortened to"
                    + " 'Reception'"));
        }
    }

    @Test
    public void aLabelOfTenCharactersIsKeptAsItIs() {
        try (LogCapture log = new LogCapture()) {
            Map<String, String> cfg = keys("440HD", "key.4", "speed-dial;target=201;"
                    + "label=Zoë Müller");

            assertEquals("Zoë Müller", cfg.get(KEY + "3/key_label"));
            assertEquals(List.of(), log.lines("INFO"));
        }
    }

    @Test
    public void keyRulesOfferSpeedDialAndBlfWithTenCharacters() {
        KeyRules rules = generator.keyRules();

        assertEquals(EnumSet.of(KeyType.SPEED_DIAL, KeyType.BLF), rules.types());
        assertEquals(10, rules.labelLength());
    }

    @Test
    public void keyRulesRefuseWhatThe440hdCannotHold() {
        ModelInfo phone = generator.models().find("440HD").orElseThrow();
        List<LineKey> keys = List.of(LineKey.parse(12, "blf;target=201"),
                LineKey.parse(13, "blf;target=202"), LineKey.parse(2, "dnd"));

        List<String> problems = generator.keyRules().problems(keys, "AudioCodes", phone);

        assertEquals(2, problems.size());
        assertTrue(problems.get(0), problems.get(0).startsWith("key.13 does not fit"));
        assertTrue(problems.get(1), problems.get(1).startsWith("key.2 is of type dnd"));
    }

    private static Map<String, String> keys(String model, String key, String value) {
        return AudioCodesTestDevices.parameters(AudioCodesTestDevices.device(model,
                List.of(AudioCodesTestDevices.first()), Map.of(key, value)));
    }
}
