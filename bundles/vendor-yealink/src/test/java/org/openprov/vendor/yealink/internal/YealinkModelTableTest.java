package org.openprov.vendor.yealink.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.HashSet;
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

    private ModelInfo find(String name) {
        return models.find(name).orElseThrow(() -> new AssertionError(name + " missing"));
    }
}
