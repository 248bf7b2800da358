package org.openprov.vendor.fanvil.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.Test;
import org.openprov.api.generator.ModelInfo;
import org.openprov.api.generator.ModelTable;

public class FanvilModelTableTest {

    private final ModelTable models = FanvilTestDevices.generator().models();
    private final FanvilKeyLayout layout = FanvilKeyLayout.load();

    /** The four models of the User-Agent fixture are there under the names they send. */
    @Test
    public void fixtureModelsArePresent() {
        assertEquals(new ModelInfo("X4", "X4", 4, 3, 0, 0, "X"), find("X4"));
        assertEquals(new ModelInfo("X5U-V2", "X5U-V2", 16, 34, 0, 0, "X"), find("x5u_v2"));
        assertEquals("H", find("H2U-V2").family());
        assertEquals("i", find("I10SV").family());
    }

    /** Every model's pages hold exactly its keys, so no key lands outside the table. */
    @Test
    public void everyModelsPagesHoldItsKeys() {
        for (ModelInfo model : models.models()) {
            assertEquals(model.id(), model.lineKeys(), layout.of(model).keys());
        }
    }

    @Test
    public void pagesNumberKeysFromOneOnEachPage() {
        FanvilKeyLayout.Pages x6u = layout.of(find("X6U"));

        assertEquals(new FanvilKeyLayout.Slot("Sidekey Config1", 5), x6u.slot(5).orElseThrow());
        assertEquals(new FanvilKeyLayout.Slot("Dsskey Config1", 12), x6u.slot(17).orElseThrow());
        assertEquals(new FanvilKeyLayout.Slot("Dsskey Config2", 1), x6u.slot(18).orElseThrow());
        assertEquals(new FanvilKeyLayout.Slot("Dsskey Config5", 12), x6u.slot(65).orElseThrow());
        assertFalse(x6u.slot(66).isPresent());
        assertFalse(x6u.slot(0).isPresent());
    }

    @Test
    public void everyRowIsPlausible() {
        Set<String> ids = new HashSet<>();
        for (ModelInfo model : models.models()) {
            assertTrue(model.id(), ids.add(model.id()));
            assertFalse(model.id(), model.id().contains(" "));
            assertTrue(model.id(), model.lines() >= 1 && model.lines() <= 20);
            assertEquals(model.id(), 0, model.expansionModules());
            assertTrue(model.id(), Set.of("X", "V", "H", "i").contains(model.family()));
        }
    }

    private ModelInfo find(String name) {
        return models.find(name).orElseThrow(() -> new AssertionError(name + " missing"));
    }
}
