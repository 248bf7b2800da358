package org.openprov.vendor.audiocodes.internal;

import static org.junit.Assert.assertEquals;

import java.util.List;
import org.junit.Test;
import org.openprov.api.generator.ModelInfo;
import org.openprov.api.generator.ModelTable;

public class AudioCodesModelTableTest {

    private final ModelTable models = AudioCodesTestDevices.generator().models();

    @Test
    public void theTableListsTheModelsInOrder() {
        assertEquals(List.of("405HD", "420HD", "430HD", "440HD", "445HD"),
                models.models().stream().map(ModelInfo::id).toList());
    }

    @Test
    public void the440hdHasSixLinesAndTwelveKeysWithoutModule() {
        ModelInfo phone = models.find("440 HD").orElseThrow();

        assertEquals(new ModelInfo("440HD", "440HD", 6, 12, 0, 0, "440HD"), phone);
    }

    @Test
    public void theTwoLineModels() {
        assertEquals(2, models.find("405hd").orElseThrow().lines());
        assertEquals(2, models.find("420-HD").orElseThrow().lines());
    }
}
