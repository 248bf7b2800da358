package org.openprov.vendor.grandstream.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.Test;
import org.openprov.api.generator.ModelInfo;
import org.openprov.api.generator.ModelTable;
import org.openprov.api.settings.LineKey;

/** The model table as data: its rows, its families, and what the console checks against it. */
public class GrandstreamModelTableTest {

    private final GrandstreamGenerator generator = GrandstreamTestDevices.generator();
    private final ModelTable models = generator.models();

    @Test
    public void theTableHoldsTheModelsInOrder() {
        assertEquals(List.of("GXP1620", "GXP1625", "GXP1628", "GXP1630", "GXP2130", "GXP2135",
                "GXP2140", "GXP2160", "GXP2170", "GXP2000", "HT801", "HT802", "GRP2612",
                "GRP2614", "GRP2616"), models.models().stream().map(ModelInfo::id).toList());
    }

    @Test
    public void everyRowIsSane() {
        Set<String> families = Set.of("GXP16xx", "GXP21xx", "GXP20xx", "HT80x", "GRP26xx");
        for (ModelInfo model : models.models()) {
            assertTrue(model.id(), model.lines() >= 1 && model.lines() <= 8);
            assertTrue(model.id(), model.lineKeys() >= 0 && model.lineKeys() <= 48 + 24);
            assertTrue(model.id(), model.expansionModules() * model.keysPerModule() <= 160);
            assertTrue(model.id(), families.contains(model.family()));
        }
    }

    @Test
    public void theFixtureModelsAreInTheTableInEverySpelling() {
        for (String name : List.of("GXP1628", "gxp2000", "HT801", "GXP 2170", "gxp_2135")) {
            assertTrue(name, models.find(name).isPresent());
        }
    }

    @Test
    public void theConsoleRefusesWhatTheGeneratorWouldLeaveOut() {
        ModelInfo gxp2170 = models.find("GXP2170").orElseThrow();
        List<LineKey> keys = List.of(LineKey.parse(208, "blf;line=1;target=1"),
                LineKey.parse(209, "blf;line=1;target=1"), LineKey.parse(3, "dnd;line=1"),
                LineKey.parse(4, "blf;line=7;target=1"));

        List<String> problems = generator.keyRules().problems(keys, generator.displayName(),
                gxp2170);

        assertEquals(3, problems.size());
        assertTrue(problems.get(0), problems.get(0).startsWith("key.209 does not fit"));
        assertTrue(problems.get(1), problems.get(1).startsWith("key.3 is of type dnd"));
        assertTrue(problems.get(2), problems.get(2).startsWith("key.4 is bound to line 7"));
    }
}
