package org.openprov.vendor.mitel.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.List;
import org.junit.Test;
import org.openprov.api.generator.ModelInfo;
import org.openprov.api.generator.ModelTable;

public class MitelModelTableTest {

    private final MitelGenerator generator = MitelTestDevices.generator();
    private final ModelTable models = generator.models();

    @Test
    public void theTableHasTheModelsOfTheBriefAndTheFixtures() {
        for (String id : new String[] {"6731i", "6757i", "6867i", "6869i", "6940"}) {
            assertTrue(id, models.find(id).isPresent());
        }
        assertEquals(16, models.models().size());
    }

    @Test
    public void everyModelsKeyGroupsAddUpToItsKeys() {
        for (ModelInfo model : models.models()) {
            List<MitelKeyLayout.Group> groups = generator.layout().groups(model.id());

            assertFalse(model.id(), groups.isEmpty());
            assertEquals(model.id(), model.lineKeys(),
                    groups.stream().mapToInt(MitelKeyLayout.Group::keys).sum());
        }
    }

    @Test
    public void rowsAreWhatTheTableSays() {
        ModelInfo phone = models.find("6867i").orElseThrow();

        assertEquals(new ModelInfo("6867i", "6867i", 9, 38, 3, 84, "68xxi"), phone);
        assertEquals(new ModelInfo("6731i", "6731i", 9, 8, 0, 0, "67xxi"),
                models.find("6731I").orElseThrow());
        assertEquals("69xx", models.find("6940").orElseThrow().family());
    }

    @Test
    public void everyFamilyIsOneOfTheThreeFirmwareLines() {
        for (ModelInfo model : models.models()) {
            assertTrue(model.id(), List.of("67xxi", "68xxi", "69xx").contains(model.family()));
            assertTrue(model.id(), model.lines() >= 1);
        }
    }
}
