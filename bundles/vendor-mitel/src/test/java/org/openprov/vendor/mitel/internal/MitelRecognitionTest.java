package org.openprov.vendor.mitel.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.Test;
import org.openprov.api.generator.FileKind;
import org.openprov.api.generator.FileRequest;
import org.openprov.api.registry.Mac;

public class MitelRecognitionTest {

    private static final String UA = "Aastra6731i MAC:00-08-5D-A0-00-22 V:3.2.0.70-SIP";

    private final MitelGenerator generator = MitelTestDevices.generator();

    @Test
    public void theSharedFileInAnyCase() {
        for (String name : new String[] {"aastra.cfg", "AASTRA.CFG", "Aastra.cfg"}) {
            FileRequest request = recognise(name).orElseThrow();

            assertEquals(name, FileKind.COMMON, request.kind());
            assertEquals(name, request.fileName());
            assertEquals(Optional.empty(), request.mac());
        }
    }

    @Test
    public void everyModelFileOfTheTableInAnyCase() {
        for (var model : generator.models().models()) {
            for (String name : new String[] {model.id() + ".cfg",
                model.id().toUpperCase() + ".CFG"}) {
                FileRequest request = recognise(name).orElseThrow();

                assertEquals(name, FileKind.COMMON, request.kind());
                String text = new String(generator.renderCommon(request).body(),
                        StandardCharsets.UTF_8);
                assertTrue(name, text.contains(" " + model.id() + " phones."));
            }
        }
    }

    @Test
    public void deviceFilesInAnyCaseGiveTheMacFromTheName() {
        Mac mac = Mac.parse("00085da0b2c3");
        for (String name : new String[] {"00085DA0B2C3.cfg", "00085da0b2c3.cfg",
            "00085Da0B2c3.CFG"}) {
            FileRequest request = recognise(name).orElseThrow();

            assertEquals(name, FileKind.DEVICE, request.kind());
            assertEquals(name, Optional.of(mac), request.mac());
        }
    }

    /** No prefix list: a MAC of any vendor prefix is a device file name. */
    @Test
    public void aMacWithAnyPrefixIsADeviceFile() {
        assertEquals(Optional.of(Mac.parse("acde48001122")),
                recognise("ACDE48001122.cfg").orElseThrow().mac());
    }

    @Test
    public void namesOpenProvDoesNotServeAreNotRecognised() {
        String[] names = {"aastra.tuz", "00085DA0B2C3.tuz", "00085DA0B2C3-local.cfg",
            "6731i.st", "9143i.cfg", "aastra.cfg.bak", "000000000000.cfg", "010000000000.cfg",
            "FFFFFFFFFFFF.cfg", "y000000000096.cfg", "00085DA0B2C3.xml", "cfg00085da0b2c3.xml",
            "00085da0b2c3-openprov.cfg", "snom-00085DA0B2C3.htm", "spa504G.cfg", "cfg.xml",
            "00085DA0B2C.cfg", "00085DA0B2C3D.cfg", ".cfg", ""};
        for (String name : names) {
            assertEquals(name, Optional.empty(), recognise(name));
        }
        assertEquals(Optional.empty(), generator.recognise(null, UA));
    }

    @Test
    public void userAgentMatchIsReportedForEveryKind() {
        assertTrue(recognise("aastra.cfg").orElseThrow().userAgentMatched());
        assertTrue(recognise("6731i.cfg").orElseThrow().userAgentMatched());
        assertTrue(recognise("00085DA0B2C3.cfg").orElseThrow().userAgentMatched());
        assertFalse(generator.recognise("aastra.cfg", "Yealink SIP-T54W 96.86.0.100")
                .orElseThrow().userAgentMatched());
        assertFalse(generator.recognise("00085DA0B2C3.cfg", "").orElseThrow()
                .userAgentMatched());
    }

    /** A device file whose name and User-Agent disagree takes the MAC of the name. */
    @Test
    public void theNameOutranksTheUserAgentsMac() {
        FileRequest request = recognise("00085DA0B2C3.cfg").orElseThrow();

        assertEquals(Optional.of(Mac.parse("00085da0b2c3")), request.mac());
    }

    private Optional<FileRequest> recognise(String name) {
        return generator.recognise(name, UA);
    }
}
