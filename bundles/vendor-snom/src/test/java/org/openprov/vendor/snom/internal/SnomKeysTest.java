package org.openprov.vendor.snom.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.Test;
import org.openprov.api.generator.KeyRules;
import org.openprov.api.settings.DeviceConfig;
import org.openprov.api.settings.KeyType;
import org.openprov.api.settings.ResolvedValue;
import org.openprov.testing.LogCapture;

/** Function keys: each type's text, the line binding, capacity and module spill, labels. */
public class SnomKeysTest {

    @Test
    public void eachTypeBecomesItsSnomFunction() {
        Map<String, String> expected = Map.ofEntries(
                Map.entry("line;line=2", "1|2||line"),
                Map.entry("blf;line=1;target=201", "1|1||blf sip:201@pbx.example.com"),
                Map.entry("blf;line=1;target=201@other.example.com",
                        "1|1||blf sip:201@other.example.com"),
                Map.entry("speed-dial;line=1;target=0800123456", "1|1||speed 0800123456"),
                Map.entry("call-park;line=1;target=700", "1|1||orbit 700"),
                Map.entry("dnd;line=1", "1|1||keyevent F_DND"),
                Map.entry("voicemail;line=1;target=*97", "1|1||speed *97"),
                Map.entry("intercom;line=2;target=203", "1|2||icom 203"),
                Map.entry("transfer;line=1;target=204", "1|1||transfer 204"),
                Map.entry("call-forward;line=1;target=0612345678", "1|1||redirect 0612345678"),
                Map.entry("call-forward;line=1", "1|1||keyevent F_REDIRECT"),
                Map.entry("conference;line=1", "1|1||keyevent F_CONFERENCE"),
                Map.entry("url;line=1;target=https://apps.example.com/menu.xml?a=1&b=2",
                        "1|1||url https://apps.example.com/menu.xml?a=1&b=2"),
                Map.entry("empty", "1|1||none"));
        expected.forEach((key, fkey) -> assertEquals(key, List.of(fkey),
                SnomTestDevices.keys(withKeys("D785", "key.2", key))));
    }

    /** A voicemail key without a number dials voicemail.number. */
    @Test
    public void voicemailKeyFallsBackToTheVoicemailSetting() {
        DeviceConfig config = SnomTestDevices.twoLines("D785",
                SnomTestDevices.at("key.1", "voicemail;line=1"),
                SnomTestDevices.at("voicemail.number", "*98"));

        assertEquals(List.of("0|1||speed *98"), SnomTestDevices.keys(config));
    }

    @Test
    public void keysWithoutTheNumberSnomNeedsAreLeftOutWithAWarning() {
        for (String key : new String[] {"call-park;line=1", "transfer;line=1",
            "voicemail;line=1"}) {
            try (LogCapture log = new LogCapture()) {
                assertEquals(key, List.of(), SnomTestDevices.keys(withKeys("D785", "key.4", key)));
                assertEquals(key, 1, log.count("WARN", SnomTestDevices.MAC.hex(), "key.4",
                        "left out"));
            }
        }
    }

    @Test
    public void typesSnomCannotDoAreLeftOutWithAWarning() {
        for (String key : new String[] {"pickup;line=1;target=201", "group-pickup;line=1"}) {
            try (LogCapture log = new LogCapture()) {
                assertEquals(key, List.of(), SnomTestDevices.keys(withKeys("D785", "key.3", key)));
                assertEquals(key, 1, log.count("WARN", SnomTestDevices.MAC.hex(), "key.3",
                        "Snom phones have no"));
            }
        }
    }

    /** Every key names its line in context, never "active". */
    @Test
    public void eachKeyIsBoundToItsLineExplicitly() {
        DeviceConfig config = withKeys("D785", "key.1", "line;line=1", "key.2", "line;line=2",
                "key.3", "blf;line=2;target=201", "key.4", "dnd");

        assertEquals(List.of("0|1||line", "1|2||line", "2|2||blf sip:201@pbx.example.com",
                "3|1||keyevent F_DND"), SnomTestDevices.keys(config));
    }

    /** A D785 has 24 keys and three modules of 18: positions 25 to 78 are module keys. */
    @Test
    public void keysBeyondThePhoneSpillOntoItsModulesAndStopAtTheLastModule() {
        try (LogCapture log = new LogCapture()) {
            DeviceConfig config = withKeys("D785", "key.24", "speed-dial;target=24",
                    "key.25", "speed-dial;target=25", "key.78", "speed-dial;target=78",
                    "key.79", "speed-dial;target=79");

            assertEquals(List.of("23|1||speed 24", "24|1||speed 25", "77|1||speed 78"),
                    SnomTestDevices.keys(config));
            assertEquals(1, log.count("WARN", SnomTestDevices.MAC.hex(), "key.79", "78 keys"));
        }
    }

    @Test
    public void aPhoneWithoutModulesStopsAtItsOwnKeys() {
        try (LogCapture log = new LogCapture()) {
            DeviceConfig config = withKeys("710", "key.5", "dnd", "key.6", "dnd",
                    "key.7", "empty");

            assertEquals(List.of("4|1||keyevent F_DND"), SnomTestDevices.keys(config));
            assertEquals(1, log.count("WARN", "key.6", "5 keys"));
            assertEquals(0, log.count("WARN", "key.7"));
        }
    }

    @Test
    public void aKeyOnALineTheModelOrDeviceLacksIsLeftOut() {
        try (LogCapture log = new LogCapture()) {
            assertEquals(List.of(), SnomTestDevices.keys(withKeys("710", "key.1",
                    "line;line=5")));
            assertEquals(1, log.count("WARN", "key.1", "line 5", "4 line(s)"));
            assertEquals(List.of(), SnomTestDevices.keys(withKeys("D785", "key.1",
                    "line;line=3")));
            assertEquals(1, log.count("WARN", "key.1", "line 3", "not set up"));
        }
    }

    @Test
    public void aModelNotInTheTableGetsNoKeysAndOneWarning() {
        try (LogCapture log = new LogCapture()) {
            assertEquals(List.of(), SnomTestDevices.keys(withKeys("D865", "key.1", "line",
                    "key.2", "dnd")));
            assertEquals(1, log.count("WARN", SnomTestDevices.MAC.hex(), "2 key(s) left out"));
        }
    }

    @Test
    public void longLabelsAreShortenedWithAnInfoNamingTheKey() {
        try (LogCapture log = new LogCapture()) {
            List<String> keys = SnomTestDevices.keys(withKeys("D785", "key.2",
                    "speed-dial;target=100;label=Reception and front desk"));

            assertEquals(List.of("1|1|Reception an|speed 100"), keys);
            assertEquals(1, log.count("INFO", SnomTestDevices.MAC.hex(), "key.2", "shortened",
                    "'Reception an'", "12 characters"));
        }
    }

    @Test
    public void invisibleCharactersAreDroppedFromLabels() {
        assertEquals("Zoë", SnomLabels.fit("Zo\u200Bë\u200E", 12));
        assertEquals("Bob", SnomLabels.fit("Bob ", 3));
        assertEquals("😀 Party", SnomLabels.fit("😀 Party", 12));
        assertEquals("ab", SnomLabels.fit("ab😀", 2));
        assertTrue(SnomLabels.drawable("Zoë \"Z\" & <Co>"));
    }

    @Test
    public void labelsOfTwelveCharactersAreKeptWithoutALogLine() {
        try (LogCapture log = new LogCapture()) {
            assertEquals(List.of("1|1|Twelve chars|speed 100"), SnomTestDevices.keys(withKeys(
                    "D785", "key.2", "speed-dial;target=100;label=Twelve chars")));
            assertEquals(0, log.lines("INFO").size());
        }
    }

    @Test
    public void keyRulesOfferTheWrittenTypesAndTheLabelLength() {
        KeyRules rules = SnomTestDevices.generator().keyRules();

        assertEquals(EnumSet.complementOf(EnumSet.of(KeyType.PICKUP, KeyType.GROUP_PICKUP)),
                rules.types());
        assertEquals(12, rules.labelLength());
    }

    /** A layout the console accepts is one the generator writes whole. */
    @Test
    public void theConsoleCheckAgreesWithTheGenerator() {
        SnomGenerator generator = SnomTestDevices.generator();
        DeviceConfig config = withKeys("D765", "key.1", "line", "key.70", "dnd",
                "key.71", "dnd", "key.2", "pickup;target=201");
        List<String> problems = generator.keyRules().problems(config.keys(), "Snom",
                generator.models().find("D765").orElseThrow());

        assertEquals(2, problems.size());
        assertEquals(List.of("0|1||line", "69|1||keyevent F_DND"), SnomTestDevices.keys(config));
    }

    /**
     * @param model a model id
     * @param pairs key setting names and values
     * @return a two-line device of that model with those keys
     */
    static DeviceConfig withKeys(String model, String... pairs) {
        List<ResolvedValue> values = new ArrayList<>();
        for (int i = 0; i < pairs.length; i += 2) {
            values.add(SnomTestDevices.at(pairs[i], pairs[i + 1]));
        }
        return SnomTestDevices.twoLines(model, values.toArray(ResolvedValue[]::new));
    }
}
