package org.openprov.vendor.polycom.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.Test;
import org.openprov.api.generator.KeyRules;
import org.openprov.api.generator.ModelInfo;
import org.openprov.api.settings.DeviceConfig;
import org.openprov.api.settings.KeyType;
import org.openprov.api.settings.Level;
import org.openprov.api.settings.LineKey;
import org.openprov.api.settings.ResolvedValue;

public class PolycomKeysTest {

    private static final String MAC = PolycomTestDevices.MAC.hex();

    private final RecordingNotes notes = new RecordingNotes();

    @Test
    public void keyRulesNameLineBlfAndSpeedDialAndTwelveCharacters() {
        KeyRules rules = PolycomTestDevices.generator().keyRules();

        assertEquals(EnumSet.of(KeyType.LINE, KeyType.BLF, KeyType.SPEED_DIAL), rules.types());
        assertEquals(12, rules.labelLength());
    }

    /** What keyRules promises is what the file holds: each type on key 1, bound to line 1. */
    @Test
    public void everyTypeTheRulesOfferIsWrittenAndNoOther() {
        KeyRules rules = PolycomTestDevices.generator().keyRules();
        for (KeyType type : KeyType.values()) {
            RecordingNotes typeNotes = new RecordingNotes();
            String target = type.target() == KeyType.Target.NONE ? ""
                    : ";target=" + (type == KeyType.URL ? "https://x.example.com/a" : "201");
            Map<String, String> cfg = PolycomTestDevices.attributes(
                    keys("VVX450", type.id() + ";line=1" + target), typeNotes);

            boolean written = cfg.containsKey("lineKey.1.category");
            assertEquals(type.id(), rules.types().contains(type) || type == KeyType.EMPTY,
                    written);
            assertEquals(type.id(), !written, typeNotes.warnings().stream()
                    .anyMatch(w -> w.contains("key.1 (" + type.id() + ") is left out")));
        }
    }

    @Test
    public void lineKeysShowTheirRegistrationAndCountPerLine() {
        Map<String, String> cfg = render("VVX450", "line;line=1", "line;line=2", "line;line=1");

        assertEquals("1", cfg.get("lineKey.reassignment.enabled"));
        assertEquals("Line", cfg.get("lineKey.1.category"));
        assertEquals("1", cfg.get("lineKey.1.index"));
        assertEquals("2", cfg.get("lineKey.2.index"));
        assertEquals("1", cfg.get("lineKey.3.index"));
        assertEquals("2", cfg.get("reg.1.lineKeys"));
        assertEquals("1", cfg.get("reg.2.lineKeys"));
        assertTrue(notes.all().isEmpty());
    }

    @Test
    public void blfKeysAreAttendantEntriesInOrderWatchedFromTheirLine() {
        Map<String, String> cfg = render("VVX450", "line;line=1", "line;line=2",
                "blf;line=2;target=201;label=Anna", "blf;line=2;target=202@pbx.example.com");

        assertEquals("BLF", cfg.get("lineKey.3.category"));
        assertEquals("0", cfg.get("lineKey.3.index"));
        assertEquals("0", cfg.get("lineKey.4.index"));
        assertEquals("2", cfg.get("attendant.reg"));
        assertEquals("201", cfg.get("attendant.resourceList.1.address"));
        assertEquals("Anna", cfg.get("attendant.resourceList.1.label"));
        assertEquals("normal", cfg.get("attendant.resourceList.1.type"));
        assertEquals("202@pbx.example.com", cfg.get("attendant.resourceList.2.address"));
        assertNull(cfg.get("attendant.resourceList.2.label"));
    }

    @Test
    public void aBlfKeyOnAnotherLineThanTheFirstBlfKeyIsLeftOut() {
        Map<String, String> cfg = render("VVX450", "line;line=1", "line;line=2",
                "blf;line=1;target=201", "blf;line=2;target=202", "blf;line=1;target=203");

        assertFalse(cfg.containsKey("lineKey.4.category"));
        assertEquals("203", cfg.get("attendant.resourceList.2.address"));
        assertFalse(cfg.containsKey("attendant.resourceList.3.address"));
        notes.assertOneWarning(MAC, "key.4 (blf) is left out", "attendant.reg", "key.3");
    }

    @Test
    public void speedDialsAreEnhancedFeatureKeysThatDialTheTarget() {
        Map<String, String> cfg = render("VVX450", "line;line=1", "line;line=2",
                "speed-dial;line=1;target=0800123456;label=Help", "speed-dial;target=*97");

        assertEquals("EFK", cfg.get("lineKey.3.category"));
        assertEquals("1", cfg.get("lineKey.3.index"));
        assertEquals("2", cfg.get("lineKey.4.index"));
        assertEquals("1", cfg.get("feature.enhancedFeatureKeys.enabled"));
        assertEquals("1", cfg.get("feature.EFKLineKey.enabled"));
        assertEquals("2", cfg.get("efk.version"));
        assertEquals("speeddial1", cfg.get("efk.efklist.1.mname"));
        assertEquals("1", cfg.get("efk.efklist.1.status"));
        assertEquals("0800123456$Tinvite$", cfg.get("efk.efklist.1.action.string"));
        assertEquals("Help", cfg.get("efk.efklist.1.label"));
        assertEquals("*97", cfg.get("efk.efklist.2.label"));
    }

    @Test
    public void aSpeedDialBoundToAnotherLineThanLineOneIsLeftOut() {
        Map<String, String> cfg = render("VVX450", "line;line=1", "line;line=2",
                "speed-dial;line=2;target=0800123456");

        assertFalse(cfg.containsKey("lineKey.3.category"));
        assertFalse(cfg.containsKey("efk.efklist.1.action.string"));
        notes.assertOneWarning(MAC, "key.3 (speed-dial) is left out", "line 1 only");
    }

    @Test
    public void anEmptyKeyIsUnassigned() {
        Map<String, String> cfg = render("VVX450", "line;line=1", "empty", "line;line=2");

        assertEquals("Unassigned", cfg.get("lineKey.2.category"));
        assertNull(cfg.get("lineKey.2.index"));
        assertTrue(notes.all().isEmpty());
    }

    @Test
    public void aLongLabelIsShortenedWithANoteNamingDeviceAndKey() {
        Map<String, String> cfg = render("VVX450", "line;line=1", "line;line=2",
                "blf;line=1;target=201;label=Reception desk north");

        assertEquals("Reception de", cfg.get("attendant.resourceList.1.label"));
        notes.assertOneInfo(MAC, "key.3", "'Reception desk north'", "'Reception de'");
    }

    /** Twelve characters are counted as characters, never splitting a surrogate pair. */
    @Test
    public void labelsAreShortenedByCharacters() {
        Map<String, String> cfg = render("VVX450", "line;line=1", "line;line=2",
                "speed-dial;target=201;label=Zoë 😀😀😀😀😀😀😀😀😀",
                "speed-dial;target=202;label=😀😀😀😀😀😀😀😀😀😀😀😀");

        assertEquals("Zoë 😀😀😀😀😀😀😀😀", cfg.get("efk.efklist.1.label"));
        assertEquals("😀😀😀😀😀😀😀😀😀😀😀😀", cfg.get("efk.efklist.2.label"));
        assertEquals(1, notes.infos().size());
    }

    @Test
    public void theLabelOfALineKeyIsNotShownAndThatIsNoted() {
        Map<String, String> cfg = render("VVX450", "line;line=1;label=Main", "line;line=2");

        assertFalse(cfg.containsValue("Main"));
        notes.assertOneInfo(MAC, "key.1", "reg.1.label");
    }

    /** A VVX 450 has 12 keys; key 13 is the first of its first module, key 79 of its second. */
    @Test
    public void keysSpillOntoTheExpansionModules() {
        Map<String, String> cfg = render("VVX450", keysAt(13, "blf;target=201", 79,
                "speed-dial;target=202"));

        assertEquals("BLF", cfg.get("lineKey.13.category"));
        assertEquals("EFK", cfg.get("lineKey.79.category"));
        assertEquals("201", cfg.get("attendant.resourceList.1.address"));
        assertTrue(notes.warnings().isEmpty());
    }

    @Test
    public void keysBeyondThePhoneAndItsModulesAreLeftOut() {
        ModelInfo vvx450 = PolycomTestDevices.generator().models().find("VVX450").orElseThrow();
        int capacity = vvx450.lineKeys() + vvx450.expansionModules() * vvx450.keysPerModule();

        Map<String, String> cfg = render("VVX450", keysAt(capacity, "blf;target=201",
                capacity + 1, "blf;target=202"));

        assertEquals(210, capacity);
        assertEquals("BLF", cfg.get("lineKey.210.category"));
        assertFalse(cfg.containsKey("lineKey.211.category"));
        assertFalse(cfg.containsKey("attendant.resourceList.2.address"));
        notes.assertOneWarning(MAC, "key.211 (blf) is left out", "210 keys", "VVX 450");
    }

    @Test
    public void aPhoneWithoutModulesTakesOnlyItsOwnKeys() {
        Map<String, String> cfg = render("VVX250", "line;line=1", "line;line=2", "empty",
                "blf;target=201", "blf;target=202", "empty");

        assertEquals("BLF", cfg.get("lineKey.4.category"));
        assertFalse(cfg.containsKey("lineKey.5.category"));
        assertFalse(cfg.containsKey("lineKey.6.category"));
        notes.assertOneWarning(MAC, "key.5 (blf) is left out", "4 keys");
        assertEquals(1, notes.warnings().size());
    }

    @Test
    public void aKeyBoundToALineTheDeviceDoesNotHaveIsLeftOut() {
        Map<String, String> cfg = render("VVX450", "line;line=1", "line;line=2",
                "line;line=3");

        assertFalse(cfg.containsKey("lineKey.3.category"));
        assertFalse(cfg.containsKey("reg.3.lineKeys"));
        notes.assertOneWarning(MAC, "key.3 (line) is left out", "line 3");
    }

    @Test
    public void unsupportedTypesStoredEarlierAreLeftOutWithAWarning() {
        Map<String, String> cfg = render("VVX450", "line;line=1", "line;line=2", "dnd",
                "call-park;target=701", "url;target=https://x.example.com/menu");

        assertEquals(List.of(1, 2), positions(cfg));
        notes.assertOneWarning(MAC, "key.3 (dnd) is left out");
        notes.assertOneWarning(MAC, "key.4 (call-park) is left out");
        notes.assertOneWarning(MAC, "key.5 (url) is left out");
    }

    /** A value stored before its type was dropped no longer reads; it is still reported. */
    @Test
    public void aStoredKeyThatNoLongerReadsIsLeftOutWithAWarning() {
        DeviceConfig config = PolycomTestDevices.twoLines("VVX450",
                PolycomTestDevices.at(Level.DEVICE, "key.1", "line;line=1"),
                new ResolvedValue("key.2", "hotdesk;line=1", Level.DEVICE, "", false));

        Map<String, String> cfg = PolycomTestDevices.attributes(config, notes);

        assertEquals(List.of(1), positions(cfg));
        notes.assertOneWarning(MAC, "key.2", "hotdesk", "left out");
    }

    @Test
    public void aModelMissingFromTheTableGetsNoKeys() {
        Map<String, String> cfg = render("VVX999", "line;line=1", "blf;target=201");

        assertFalse(cfg.containsKey("lineKey.reassignment.enabled"));
        notes.assertOneWarning(MAC, "key.1 (line) is left out", "missing from the model table");
        notes.assertOneWarning(MAC, "key.2 (blf) is left out");
    }

    @Test
    public void aLineWithoutALineKeyIsWarnedOf() {
        render("VVX450", "line;line=1", "blf;target=201");

        notes.assertOneWarning(MAC, "line 2 has no line key");
        assertEquals(1, notes.warnings().size());
    }

    @Test
    public void withoutALayoutThePhoneKeepsItsOwnKeys() {
        Map<String, String> cfg = render("VVX450");

        assertTrue(cfg.keySet().stream().noneMatch(name -> name.startsWith("lineKey.")
                || name.endsWith(".lineKeys") || name.startsWith("attendant.")
                || name.startsWith("efk.")));
        assertTrue(notes.all().isEmpty());
    }

    @Test
    public void keysDoNotDependOnTheLevelTheyAreSetAt() {
        DeviceConfig atCustomer = PolycomTestDevices.twoLines("VVX450",
                PolycomTestDevices.at(Level.CUSTOMER, "key.1", "blf;target=201"));
        DeviceConfig onDevice = PolycomTestDevices.twoLines("VVX450",
                PolycomTestDevices.at(Level.DEVICE, "key.1", "blf;target=201"));

        assertEquals(PolycomTestDevices.attributes(atCustomer, notes),
                PolycomTestDevices.attributes(onDevice, notes));
    }

    private Map<String, String> render(String model, String... layout) {
        return PolycomTestDevices.attributes(keys(model, layout), notes);
    }

    private Map<String, String> render(String model, ResolvedValue[] keys) {
        return PolycomTestDevices.attributes(PolycomTestDevices.twoLines(model, keys), notes);
    }

    /** @return a two-line device whose keys 1, 2, ... are the layout given */
    private static DeviceConfig keys(String model, String... layout) {
        ResolvedValue[] keys = new ResolvedValue[layout.length];
        for (int i = 0; i < layout.length; i++) {
            keys[i] = PolycomTestDevices.at(Level.DEVICE, LineKey.PREFIX + (i + 1), layout[i]);
        }
        return PolycomTestDevices.twoLines(model, keys);
    }

    /** @return keys at the positions given, e.g. {@code 13, "blf;target=201"} */
    private static ResolvedValue[] keysAt(Object... positionsAndValues) {
        List<ResolvedValue> keys = new ArrayList<>();
        keys.add(PolycomTestDevices.at(Level.DEVICE, "key.1", "line;line=1"));
        keys.add(PolycomTestDevices.at(Level.DEVICE, "key.2", "line;line=2"));
        for (int i = 0; i < positionsAndValues.length; i += 2) {
            keys.add(PolycomTestDevices.at(Level.DEVICE, LineKey.PREFIX
                    + positionsAndValues[i], (String) positionsAndValues[i + 1]));
        }
        return keys.toArray(ResolvedValue[]::new);
    }

    private static List<Integer> positions(Map<String, String> cfg) {
        return cfg.keySet().stream().filter(n -> n.matches("lineKey\\.[0-9]+\\.category"))
                .map(n -> Integer.parseInt(n.split("\\.")[1])).sorted()
                .collect(Collectors.toList());
    }
}
