package org.openprov.vendor.cisco.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.Optional;
import org.junit.Test;
import org.openprov.api.generator.ModelInfo;
import org.openprov.api.generator.ModelTable;
import org.openprov.api.generator.RenderedFile;

public class CiscoModelTableTest {

    private final ModelTable models = CiscoTestDevices.generator().models();

    @Test
    public void everyRowHasAFamilyAndConsistentModules() {
        for (ModelInfo model : models.models()) {
            assertTrue(model.id(), CiscoFamily.of(model).isPresent());
            assertTrue(model.id(), model.lines() >= 1);
            assertEquals(model.id(), model.expansionModules() > 0, model.keysPerModule() > 0);
        }
    }

    @Test
    public void modelsAreFoundInTheSpellingsAdministratorsAndPhonesUse() {
        Map<String, String> spellings = Map.of("CP-8841-3PCC", "8841", "cp_8851_3pcc", "8851",
                "spa-504g", "SPA504G", "SPA 942", "SPA942", "ATA191-MPP", "ATA191",
                "SPA525G2", "SPA525G2");
        spellings.forEach((typed, id) -> assertEquals(typed, Optional.of(id),
                models.find(typed).map(ModelInfo::id)));
    }

    @Test
    public void verifiedModuleFiguresAreInTheTable() {
        assertEquals("1x28", modules("6851"));
        assertEquals("2x28", modules("8851"));
        assertEquals("3x28", modules("8861"));
        assertEquals("3x28", modules("8865"));
        assertEquals("0x0", modules("8841"));
    }

    @Test
    public void declarativeServicesConstructorTakesTheConfiguredBaseUrl() {
        CiscoGeneratorConfig config = (CiscoGeneratorConfig) Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {CiscoGeneratorConfig.class},
                (proxy, method, args) -> "profileBaseUrl".equals(method.getName())
                        ? "https://prov.example.net/prov/" : method.getDefaultValue());
        CiscoGenerator generator = new CiscoGenerator(config);

        RenderedFile file = generator.renderCommon(generator.recognise("spa122.cfg", "")
                .orElseThrow());

        assertEquals(Map.of("Profile_Rule_B", "https://prov.example.net/prov/$MA.xml"),
                Profiles.parse(file.body()));
    }

    private String modules(String id) {
        ModelInfo model = models.find(id).orElseThrow();
        return model.expansionModules() + "x" + model.keysPerModule();
    }
}
