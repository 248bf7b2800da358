package org.openprov.vendor.cisco.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.Optional;
import org.junit.Test;
import org.openprov.api.generator.FileKind;
import org.openprov.api.generator.FileRequest;
import org.openprov.api.generator.ModelInfo;
import org.openprov.api.registry.Mac;

public class CiscoRecognitionTest {

    private static final String UA = "Cisco/SPA504G-7.5.5 (0002FDA00011)(CBT0000TEST)";

    private final CiscoGenerator generator = CiscoTestDevices.generator();

    @Test
    public void bootstrapsOfEveryFamilyInAnyCaseAreCommonFiles() {
        for (String name : new String[] {"spa504G.cfg", "SPA504G.CFG", "spa504g.cfg",
            "spa942.cfg", "spa122.cfg", "spa525G2.cfg", "8841-3PCC.xml", "CP-8841-3PCC.xml",
            "cp-8841-3pcc.xml", "7832-3PCC.xml", "ata191.cfg", "ATA191.CFG"}) {
            FileRequest request = generator.recognise(name, UA).orElseThrow();

            assertEquals(name, FileKind.COMMON, request.kind());
            assertEquals(name, name, request.fileName());
            assertEquals(name, Optional.empty(), request.mac());
        }
    }

    @Test
    public void everyModelOfTheTableHasARecognisedBootstrap() {
        for (ModelInfo model : generator.models().models()) {
            String name = bootstrapName(model);

            assertEquals(name, Optional.of(model.id()),
                    CiscoFileNames.bootstrapModel(name, generator.models()).map(ModelInfo::id));
        }
    }

    @Test
    public void deviceFilesInAnyCaseGiveTheMacFromTheName() {
        Mac mac = Mac.parse("00562ba1b2c3");
        for (String name : new String[] {"00562ba1b2c3.xml", "00562BA1B2C3.xml",
            "00562ba1b2c3.XML"}) {
            FileRequest request = generator.recognise(name, "").orElseThrow();

            assertEquals(name, FileKind.DEVICE, request.kind());
            assertEquals(name, Optional.of(mac), request.mac());
        }
    }

    @Test
    public void theNameWinsOverAnotherMacInTheUserAgent() {
        FileRequest request = generator.recognise("00562ba1b2c3.xml",
                "Cisco-CP-8841-3PCC/11.0 (00562ba0000f)").orElseThrow();

        assertEquals(Optional.of(Mac.parse("00562ba1b2c3")), request.mac());
        assertTrue(request.userAgentMatched());
    }

    @Test
    public void namesOpenProvDoesNotServeAreNotRecognised() {
        String[] names = {"spa999.cfg", "spa.cfg", "8841.xml", "9999-3PCC.xml",
            "spa8841-3PCC.cfg", "SPA504G.xml", "CP-8841-3PCC.cfg", "ata199.cfg",
            "000000000000.xml", "010000000000.xml", "00562ba1b2c3.cfg", "00562ba1b2c.xml",
            "00562ba1b2c3.xml.bak", "SEP00562BA1B2C3.cnf.xml", "cfg00562ba1b2c3.xml",
            "y000000000096.cfg", "000000000000.cfg", "spa-phone.xml", "cp-phone.xml",
            "spa504G.cfg ", "", "cfg.xml"};
        for (String name : names) {
            assertEquals(name, Optional.empty(), generator.recognise(name, UA));
        }
        assertEquals(Optional.empty(), generator.recognise(null, UA));
    }

    @Test
    public void fileNamesNameEveryKindOfFile() {
        assertEquals(java.util.List.of("spa<psn>.cfg", "<model>-3PCC.xml",
                "CP-<model>-3PCC.xml", "ata191.cfg", "<mac>.xml"), generator.fileNames());
        assertEquals(FileKind.DEVICE, generator.recognise(
                "<mac>.xml".replace("<mac>", "00562ba1b2c3"), "").orElseThrow().kind());
    }

    private static String bootstrapName(ModelInfo model) {
        if (model.family().equals("spa")) {
            return "spa" + model.id().substring(3) + ".cfg";
        }
        return model.id().startsWith("ATA") ? model.id().toLowerCase(java.util.Locale.ROOT) + ".cfg"
                : model.id() + "-3PCC.xml";
    }
}
