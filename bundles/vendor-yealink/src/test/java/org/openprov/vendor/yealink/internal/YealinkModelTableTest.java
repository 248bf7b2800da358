package org.openprov.vendor.yealink.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.Test;
import org.openprov.api.generator.ModelInfo;
import org.openprov.api.generator.ModelTable;

public class YealinkModelTableTest {

    private final ModelTable models = YealinkTestDevices.generator().models();

    @Test
    public void requiredModelsArePresentWithTheirFamilies() {
        assertEquals(new ModelInfo("T31G", "SIP-T31G", 2, 2, 0, 0, "124"), find("T31G"));
        assertEquals("108", find("T46U").family());
        assertEquals("96", find("t54w").family());
        assertEquals("96", find("SIP-T57W").family());
        assertEquals(new ModelInfo("CP960", "CP960", 1, 0, 0, 0, "73"), find("CP960"));
    }

    @Test
    public void everyRowIsPlausible() {
        Set<String> ids = new HashSet<>();
        for (ModelInfo model : models.models()) {
            assertTrue(model.id(), ids.add(model.id()));
            assertTrue(model.id(), model.lines() >= 1 && model.lines() <= 16);
            assertTrue(model.id(), model.family().matches("\\d{1,3}"));
            assertEquals(model.id(), model.expansionModules() == 0, model.keysPerModule() == 0);
            assertTrue(model.id(), model.displayName().endsWith(model.id()));
        }
    }

    /** Account ranges of the Administrator's Guide ("X is the account ID. For ..."). */
    @Test
    public void accountsMatchTheAdministratorsGuide() {
        Map<String, Integer> guide = Map.ofEntries(Map.entry("T41S", 6), Map.entry("T42S", 12),
                Map.entry("T46S", 16), Map.entry("T48S", 16), Map.entry("T46G", 16),
                Map.entry("T46U", 16), Map.entry("T48U", 16), Map.entry("T53W", 12),
                Map.entry("T54W", 16), Map.entry("T57W", 16), Map.entry("T58A", 16),
                Map.entry("CP960", 1));

        guide.forEach((id, lines) -> assertEquals(id, (int) lines, find(id).lines()));
    }

    /** Line key and ext key ranges of the guide: "X ranges from 1 to 6, Y from 1 to 40". */
    @Test
    public void keysAndModulesMatchTheAdministratorsGuide() {
        assertKeys("T41S", 15, 0, 0);
        assertKeys("T42S", 15, 0, 0);
        assertKeys("T46G", 27, 6, 40);
        assertKeys("T46S", 27, 6, 40);
        assertKeys("T48S", 29, 6, 40);
    }

    private void assertKeys(String id, int lineKeys, int modules, int keysPerModule) {
        ModelInfo model = find(id);
        assertEquals(id, List.of(lineKeys, modules, keysPerModule),
                List.of(model.lineKeys(), model.expansionModules(), model.keysPerModule()));
    }

    private ModelInfo find(String name) {
        return models.find(name).orElseThrow(() -> new AssertionError(name + " missing"));
    }
}
