package org.openprov.vendor.grandstream.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.Test;
import org.openprov.api.generator.FileKind;
import org.openprov.api.generator.FileRequest;
import org.openprov.api.registry.Mac;

/** Which file names are Grandstream's, of which kind, and with which MAC. */
public class GrandstreamRecognitionTest {

    private static final String UA =
            "Grandstream Model HW GXP2170 SW 1.0.11.85 DevId 000b82a1b2c3";

    private final GrandstreamGenerator generator = GrandstreamTestDevices.generator();

    @Test
    public void deviceFileInAnyCaseGivesTheMacFromTheName() {
        Mac mac = Mac.parse("000b82a1b2c3");
        for (String name : List.of("cfg000b82a1b2c3.xml", "CFG000B82A1B2C3.XML",
                "cfg000B82a1b2C3.xml")) {
            FileRequest request = generator.recognise(name, UA).orElseThrow();

            assertEquals(name, FileKind.DEVICE, request.kind());
            assertEquals(name, Optional.of(mac), request.mac());
            assertEquals(name, request.fileName());
        }
    }

    @Test
    public void theMacIsNeverCheckedAgainstAVendorPrefix() {
        FileRequest request = generator.recognise("cfg001565a1b2c3.xml", "").orElseThrow();

        assertEquals(Optional.of(Mac.parse("001565a1b2c3")), request.mac());
        assertFalse(request.userAgentMatched());
    }

    @Test
    public void theNameGivesTheMacEvenWhenTheUserAgentNamesAnother() {
        FileRequest request = generator.recognise("cfg000b82a1b2c3.xml",
                "Grandstream Model HW GXP2170 SW 1.0.11.85 DevId c074ada00013").orElseThrow();

        assertEquals(Optional.of(GrandstreamTestDevices.MAC), request.mac());
        assertTrue(request.userAgentMatched());
    }

    @Test
    public void commonFilesOfTheTableModelsAndTheGenericOne() {
        for (String name : List.of("cfg.xml", "CFG.XML", "cfggxp2170.xml", "cfgGXP2170.xml",
                "cfggrp2614.xml", "cfght801.xml", "cfggxp_2135.xml")) {
            FileRequest request = generator.recognise(name, UA).orElseThrow();

            assertEquals(name, FileKind.COMMON, request.kind());
            assertEquals(name, Optional.empty(), request.mac());
            assertTrue(name, request.userAgentMatched());
        }
    }

    @Test
    public void legacyBinaryFileIsRecognisedAsGrandstreamsButNotServed() {
        for (String name : List.of("cfg000b82a1b2c3", "CFG000B82A1B2C3", "cfg000b82a1b2c3.bin",
                "cfg000b82a1b2c3.BIN")) {
            assertTrue(name, GrandstreamFileNames.binary(name));
            assertEquals(name, Optional.empty(), generator.recognise(name, UA));
        }
        assertFalse(GrandstreamFileNames.binary("cfg000b82a1b2c3.xml"));
        assertFalse(GrandstreamFileNames.binary("cfg.xml"));
    }

    @Test
    public void namesThatAreNotGrandstreamsAreNotRecognised() {
        for (String name : List.of("cfg000000000000.xml", "cfg010000000000.xml",
                "cfg000b82a1b2c.xml", "cfg000b82a1b2c3d.xml", "cfggxp9999.xml", "cfg-.xml",
                "000b82a1b2c3.cfg", "y000000000096.cfg", "000000000000.cfg", "cfg.xml.bak",
                "xcfg.xml", "cfg000b82a1b2c3.xml ", "", "spa504G.cfg", "snomD785.htm")) {
            assertEquals(name, Optional.empty(), generator.recognise(name, UA));
        }
        assertEquals(Optional.empty(), generator.recognise(null, UA));
    }

    @Test
    public void userAgentMatchIsReportedForBothKinds() {
        assertTrue(generator.recognise("cfg.xml", UA).orElseThrow().userAgentMatched());
        assertFalse(generator.recognise("cfg.xml", "Yealink SIP-T54W 96.86.0.100")
                .orElseThrow().userAgentMatched());
        assertFalse(generator.recognise("cfg000b82a1b2c3.xml", "").orElseThrow()
                .userAgentMatched());
    }

    @Test
    public void fileNamesNameTheDeviceFileAndBothCommonFiles() {
        assertEquals(List.of("cfg<mac>.xml", "cfg<model>.xml", "cfg.xml"), generator.fileNames());
        assertEquals(FileKind.DEVICE, generator.recognise(generator.fileNames().get(0)
                .replace("<mac>", GrandstreamTestDevices.MAC.hex()), "").orElseThrow().kind());
    }
}
