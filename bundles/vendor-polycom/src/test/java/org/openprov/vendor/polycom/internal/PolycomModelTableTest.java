package org.openprov.vendor.polycom.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.Test;
import org.openprov.api.generator.ModelInfo;
import org.openprov.api.generator.ModelTable;

public class PolycomModelTableTest {

    private final ModelTable models = PolycomTestDevices.generator().models();

    @Test
    public void requiredModelsArePresentUnderPolysNames() {
        assertEquals(new ModelInfo("VVX250", "VVX 250", 4, 4, 0, 0, "UCS"), find("VVX250"));
        assertEquals("VVX 450", find("vvx-450").displayName());
        assertEquals("VVX 601", find("VVX_601").displayName());
        assertEquals("Edge E450", find("Edge E450").displayName());
        assertEquals("Trio 8800", find("Trio8800").displayName());
    }

    /**
     * Keys per module: a VVX Color Expansion Module has 84 keys ("VVX 600 + 3 LCD EMs = 16 +
     * 252"); the VVX 450 takes the EM50 of 3 pages of 22.
     */
    @Test
    public void expansionModulesHaveTheirKeys() {
        assertEquals(new ModelInfo("VVX601", "VVX 601", 16, 16, 3, 84, "UCS"), find("VVX601"));
        assertEquals(new ModelInfo("VVX450", "VVX 450", 12, 12, 3, 66, "UCS"), find("VVX450"));
        assertEquals(0, find("Trio8800").lineKeys());
    }

    /** The phone's User-Agent writes VVX_450; ModelInfo's normalising finds it. */
    @Test
    public void userAgentModelTokenFindsTheModel() {
        assertEquals("VVX450", find("VVX_450").id());
    }

    @Test
    public void everyRowIsPlausible() {
        Set<String> ids = new HashSet<>();
        for (ModelInfo model : models.models()) {
            assertTrue(model.id(), ids.add(model.id()));
            assertFalse(model.id(), model.id().contains(" "));
            assertTrue(model.id(), model.lines() >= 1 && model.lines() <= 34);
            assertEquals(model.id(), model.expansionModules() == 0, model.keysPerModule() == 0);
            assertTrue(model.id(), Set.of("UCS", "PVOS").contains(model.family()));
        }
    }

    private ModelInfo find(String name) {
        return models.find(name).orElseThrow(() -> new AssertionError(name + " missing"));
    }
}
