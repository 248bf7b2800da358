package org.openprov.vendor.snom.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.List;
import org.junit.Test;
import org.openprov.api.generator.ModelInfo;
import org.openprov.api.generator.ModelTable;

public class SnomModelTableTest {

    private final ModelTable models = SnomTestDevices.generator().models();

    @Test
    public void theTableListsTheModelsInOrder() {
        assertEquals(List.of("D785", "D765", "D745", "D735", "D725", "D717", "D715", "D385",
                "D345", "710", "720", "760", "320"),
                models.models().stream().map(ModelInfo::id).toList());
    }

    @Test
    public void d785HasTwentyFourKeysAndThreeModulesOfEighteen() {
        assertEquals(new ModelInfo("D785", "Snom D785", 12, 24, 3, 18, "D7xx"),
                models.find("D785").orElseThrow());
    }

    /** Types as they appear in file names and User-Agents find their row. */
    @Test
    public void modelsAreFoundInEverySpelling() {
        for (String name : List.of("D785", "d785", "snomD785", "Snom D785", "snom_d785")) {
            assertEquals(name, "D785", models.find(name).orElseThrow().id());
        }
        assertEquals("710", models.find("snom710").orElseThrow().id());
        assertTrue(models.find("D865").isEmpty());
    }

    @Test
    public void everyRowIsConsistent() {
        for (ModelInfo model : models.models()) {
            assertTrue(model.id(), model.lines() >= 1 && model.lines() <= 12);
            assertTrue(model.id(), model.lineKeys() >= 1);
            assertEquals(model.id(), model.expansionModules() == 0, model.keysPerModule() == 0);
            assertTrue(model.id(), model.id().matches(SnomFileNames.MODEL));
        }
    }
}
