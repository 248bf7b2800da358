package org.openprov.vendor.yealink.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.Optional;
import org.junit.Test;
import org.openprov.api.generator.FileKind;
import org.openprov.api.generator.FileRequest;
import org.openprov.api.registry.Mac;

public class YealinkRecognitionTest {

    private static final String UA = "Yealink SIP-T54W 96.86.0.100 00:15:65:a1:b2:c3";

    private final YealinkGenerator generator = YealinkTestDevices.generator();

    @Test
    public void commonFilesOfAnyFamilyInAnyCase() {
        for (String name : new String[] {"y000000000096.cfg", "Y000000000096.CFG",
                "y000000000000.cfg", "y000000000028.cfg", "y000000000108.cfg"}) {
            FileRequest request = recognise(name).orElseThrow();

            assertEquals(name, FileKind.COMMON, request.kind());
            assertEquals(name, request.fileName());
            assertEquals(Optional.empty(), request.mac());
        }
    }

    @Test
    public void commonFileNamesTheFamily() {
        assertEquals(Optional.of("96"), YealinkFileNames.family("y000000000096.cfg"));
        assertEquals(Optional.of("108"), YealinkFileNames.family("Y000000000108.CFG"));
        assertEquals(Optional.of("0"), YealinkFileNames.family("y000000000000.cfg"));
        assertEquals(Optional.empty(), YealinkFileNames.family("001565a1b2c3.cfg"));
    }

    @Test
    public void deviceFilesInAnyCaseGiveTheMacFromTheName() {
        Mac mac = Mac.parse("001565a1b2c3");
        for (String name : new String[] {"001565a1b2c3.cfg", "001565A1B2C3.cfg",
                "001565a1b2c3.CFG"}) {
            FileRequest request = recognise(name).orElseThrow();

            assertEquals(name, FileKind.DEVICE, request.kind());
            assertEquals(name, Optional.of(mac), request.mac());
        }
    }

    @Test
    public void namesOpenProvDoesNotServeAreNotRecognised() {
        String[] names = {"001565a1b2c3.boot", "y000000000000.boot", "001565a1b2c3-local.cfg",
            "001565a1b2c3-contact.xml", "000000000000.cfg", "010000000000.cfg",
            "0004f2a1b2c3-openprov.cfg", "y00000000096.cfg", "y0000000000096.cfg",
            "001565a1b2c.cfg", "001565a1b2c3.cfg.bak", "x001565a1b2c3.cfg", "spa504G.cfg",
            "cfg001565a1b2c3.xml", "y000000000096.cfg ", "", "sip.ld"};
        for (String name : names) {
            assertEquals(name, Optional.empty(), recognise(name));
        }
        assertEquals(Optional.empty(), generator.recognise(null, UA));
    }

    @Test
    public void userAgentMatchIsReportedForBothKinds() {
        assertTrue(generator.recognise("y000000000096.cfg", UA).orElseThrow()
                .userAgentMatched());
        assertTrue(generator.recognise("001565a1b2c3.cfg", UA).orElseThrow()
                .userAgentMatched());
        assertFalse(generator.recognise("001565a1b2c3.cfg", "").orElseThrow()
                .userAgentMatched());
    }

    private Optional<FileRequest> recognise(String name) {
        return generator.recognise(name, UA);
    }
}
