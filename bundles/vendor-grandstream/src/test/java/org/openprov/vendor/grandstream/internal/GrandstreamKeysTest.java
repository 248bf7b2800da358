package org.openprov.vendor.grandstream.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.Test;
import org.openprov.api.generator.KeyRules;
import org.openprov.api.registry.Device;
import org.openprov.api.settings.KeyType;
import org.openprov.testing.LogCapture;

/**
 * Keys: the mode of each type on each kind of key, the account each key is bound to, where
 * positions land (VPKs, MPKs, expansion modules), capacity, and labels fitted with a log line.
 */
public class GrandstreamKeysTest {

    private static final String MAC = GrandstreamTestDevices.MAC.hex();

    @Test
    public void eachTypeHasItsModeOnAFixedVpk() {
        Map<KeyType, String> modes = Map.of(KeyType.LINE, "0", KeyType.SPEED_DIAL, "10",
                KeyType.BLF, "11", KeyType.VOICEMAIL, "16", KeyType.TRANSFER, "18",
                KeyType.CALL_PARK, "19", KeyType.INTERCOM, "20", KeyType.EMPTY, "-1");
        modes.forEach((type, mode) -> assertEquals(type.id(), mode,
                keys("GXP2170", "key.1", key(type)).get("P1363")));
    }

    @Test
    public void eachTypeHasItsModeOnADynamicVpkAndLineHasNone() {
        Map<KeyType, String> modes = Map.of(KeyType.SPEED_DIAL, "0", KeyType.BLF, "1",
                KeyType.VOICEMAIL, "6", KeyType.TRANSFER, "8", KeyType.CALL_PARK, "9",
                KeyType.INTERCOM, "10", KeyType.EMPTY, "-1");
        modes.forEach((type, mode) -> assertEquals(type.id(), mode,
                keys("GXP2170", "key.13", key(type)).get("P23824")));
        try (LogCapture log = new LogCapture()) {
            assertFalse(keys("GXP2170", "key.13", "line;line=1").containsKey("P23824"));
            assertEquals(1, log.count("WARN", MAC, "key.13 (line) is left out",
                    "dynamic VPK 13", "no line mode"));
        }
    }

    @Test
    public void everyKeyNamesItsAccountFromZero() {
        Device device = GrandstreamTestDevices.device("GXP2170", List.of(
                GrandstreamTestDevices.first(), GrandstreamTestDevices.second()), Map.of());
        Map<String, String> p = GrandstreamTestDevices.parameters(GrandstreamTestDevices
                .config(device, "key.1", "blf;line=2;target=201;label=Bob"));

        assertEquals("11", p.get("P1363"));
        assertEquals("1", p.get("P1364"));
        assertEquals("Bob", p.get("P1465"));
        assertEquals("201", p.get("P1466"));
        assertEquals("0", keys("GXP2170", "key.6", "speed-dial;target=5").get("P1374"));
    }

    @Test
    public void vpksSevenToFortyEightUseTheHighRange() {
        Map<String, String> p = keys("GXP2170", "key.48", "speed-dial;line=1;target=48");

        assertEquals("0", p.get("P23964"));
        assertEquals("0", p.get("P23965"));
        assertEquals("48", p.get("P23967"));
    }

    @Test
    public void dynamicVpksBeforeTheLastWrittenOneAreWrittenAsNone() {
        Map<String, String> p = keys("GXP2170", "key.20", "blf;line=1;target=220");

        assertEquals("1", p.get("P23852"));
        for (int n = 13; n <= 19; n++) {
            int mode = 23800 + 4 * (n - 7);
            assertEquals("VPK " + n, List.of("-1", "0", "", ""), List.of(p.get("P" + mode),
                    p.get("P" + (mode + 1)), p.get("P" + (mode + 2)), p.get("P" + (mode + 3))));
        }
        assertFalse(p.containsKey("P23820"));
        assertFalse(p.containsKey("P23856"));
    }

    @Test
    public void aKeyBeyondThePhoneSpillsOntoTheExpansionModules() {
        Map<String, String> first = keys("GXP2170", "key.49", "blf;line=1;target=301");
        Map<String, String> last = keys("GXP2170", "key.208", "blf;line=1;target=460");

        assertEquals(List.of("1", "0", "", "301"), List.of(first.get("P23000"),
                first.get("P23001"), first.get("P23002"), first.get("P23003")));
        assertEquals("460", last.get("P23798"));
    }

    @Test
    public void keysBeyondThePhoneAndItsModulesAreLeftOutWithAWarning() {
        try (LogCapture log = new LogCapture()) {
            Map<String, String> gxp2170 = keys("GXP2170", "key.209", "blf;target=1");
            Map<String, String> gxp2160 = keys("GXP2160", "key.49", "blf;target=1");

            assertFalse(gxp2170.keySet().stream().anyMatch(name -> name.startsWith("P23")));
            assertFalse(gxp2160.keySet().stream().anyMatch(name -> name.startsWith("P23")));
            assertEquals(1, log.count("WARN", MAC, "key.209 (blf) is left out", "48 keys",
                    "4 expansion module(s) of 40 keys"));
            assertEquals(1, log.count("WARN", MAC, "key.49 (blf) is left out",
                    "takes no expansion module"));
        }
    }

    @Test
    public void gxp2160MpksFollowItsVpks() {
        Map<String, String> mpk1 = keys("GXP2160", "key.25", "blf;line=1;target=101");
        Map<String, String> mpk8 = keys("GXP2160", "key.32", "blf;line=1;target=108");
        Map<String, String> mpk24 = keys("GXP2160", "key.48", "blf;line=1;target=124");

        assertEquals(List.of("1", "0", "101"), List.of(mpk1.get("P323"), mpk1.get("P301"),
                mpk1.get("P303")));
        assertEquals(List.of("1", "0", "108"), List.of(mpk8.get("P353"), mpk8.get("P354"),
                mpk8.get("P356")));
        assertEquals(List.of("1", "0", "124"), List.of(mpk24.get("P1460"), mpk24.get("P1461"),
                mpk24.get("P1463")));
    }

    @Test
    public void gxp1628LineKeysTakeNoBlfWhileItsMpksDo() {
        try (LogCapture log = new LogCapture()) {
            Map<String, String> line = keys("GXP1628", "key.2", "blf;line=1;target=201");
            Map<String, String> mpk = keys("GXP1628", "key.3", "blf;line=1;target=201");

            assertFalse(line.containsKey("P1365"));
            assertEquals(1, log.count("WARN", MAC, "key.2 (blf) is left out", "line key 2"));
            assertEquals(List.of("1", "0", "201"), List.of(mpk.get("P323"), mpk.get("P301"),
                    mpk.get("P303")));
        }
        assertEquals("16", keys("GXP1628", "key.1", "voicemail;line=1").get("P1363"));
        assertEquals("9", keys("GXP1628", "key.10", "call-park;line=1").get("P353"));
    }

    @Test
    public void aKeyForALineTheModelOrTheDeviceLacksIsLeftOut() {
        try (LogCapture log = new LogCapture()) {
            Map<String, String> model = keys("GXP1628", "key.3", "blf;line=3;target=201");
            Map<String, String> device = keys("GXP2170", "key.3", "blf;line=2;target=201");

            assertFalse(model.containsKey("P323"));
            assertFalse(device.containsKey("P1367"));
            assertEquals(1, log.count("WARN", MAC, "key.3 (blf)", "GXP1628 has 2 line(s)"));
            assertEquals(1, log.count("WARN", MAC, "key.3 (blf)", "line 2, which this device"
                    + " does not register"));
        }
    }

    @Test
    public void aModelWithoutKeyLayoutGetsNoKeyAndOneWarning() {
        try (LogCapture log = new LogCapture()) {
            Map<String, String> p = keys("GRP2614", "key.1", "blf;line=1;target=201");

            assertFalse(p.containsKey("P1363"));
            assertEquals(1, log.count("WARN", MAC, "no key layout", "1 key(s) left out"));
        }
    }

    @Test
    public void aLongLabelIsShortenedWithAnInfoNamingTheKey() {
        try (LogCapture log = new LogCapture()) {
            Map<String, String> p = keys("GXP2170", "key.3",
                    "blf;line=1;target=201;label=Reception Desk");

            assertEquals("Reception", p.get("P1469"));
            assertEquals(1, log.count("INFO", MAC, "label of key.3", "'Reception Desk'",
                    "'Reception'"));
        }
        assertEquals("Zoë Müller", keys("GXP2170", "key.3", "blf;target=2;label=Zoë Müller")
                .get("P1469"));
    }

    @Test
    public void keyRulesOfferTheWrittenTypesAndTheLabelLength() {
        KeyRules rules = GrandstreamTestDevices.generator().keyRules();

        assertEquals(EnumSet.of(KeyType.LINE, KeyType.BLF, KeyType.SPEED_DIAL,
                KeyType.CALL_PARK, KeyType.VOICEMAIL, KeyType.TRANSFER, KeyType.INTERCOM,
                KeyType.EMPTY), rules.types());
        assertEquals(10, rules.labelLength());
    }

    @Test
    public void slotsFollowTheTemplatesNumbering() {
        assertSlot(KeySlot.vpk(1, KeySlot.Kind.FIXED_VPK), 1363, 1364, 1465, 1466);
        assertSlot(KeySlot.vpk(6, KeySlot.Kind.DYNAMIC_VPK), 1373, 1374, 1475, 1476);
        assertSlot(KeySlot.vpk(7, KeySlot.Kind.DYNAMIC_VPK), 23800, 23801, 23802, 23803);
        assertSlot(KeySlot.mpk(2, KeySlot.Kind.MPK), 324, 304, 305, 306);
        assertSlot(KeySlot.mpk(7, KeySlot.Kind.MPK), 329, 319, 320, 321);
        assertSlot(KeySlot.mpk(9, KeySlot.Kind.MPK), 357, 358, 359, 360);
        assertSlot(KeySlot.mpk(19, KeySlot.Kind.MPK), 1440, 1441, 1442, 1443);
        assertSlot(KeySlot.expansion(41), 23200, 23201, 23202, 23203);
    }

    private static void assertSlot(KeySlot slot, int... params) {
        assertEquals(List.of(params[0], params[1], params[2], params[3]),
                List.of(slot.mode(), slot.account(), slot.description(), slot.value()));
    }

    private static String key(KeyType type) {
        return switch (type.target()) {
            case REQUIRED -> type.id() + ";line=1;target=" + (type == KeyType.URL
                    ? "http://x.example.com/" : "201");
            default -> type.id() + ";line=1";
        };
    }

    /** @return the file of a one-line phone of the model with one key set */
    private static Map<String, String> keys(String model, String key, String value) {
        Device device = GrandstreamTestDevices.oneLine(model);
        return GrandstreamTestDevices.parameters(GrandstreamTestDevices.config(device, key,
                value));
    }

    /** A layout names exactly the keys the model table gives; a model without one has none. */
    @Test
    public void everyKeyLayoutFitsItsModelsKeys() {
        GrandstreamGenerator generator = GrandstreamTestDevices.generator();
        generator.models().models().forEach(model -> generator.layout(model).ifPresentOrElse(
                layout -> assertEquals(model.id(), model.lineKeys(), layout.phoneKeys()),
                () -> assertTrue(model.id(), model.lineKeys() == 0)));
    }
}
