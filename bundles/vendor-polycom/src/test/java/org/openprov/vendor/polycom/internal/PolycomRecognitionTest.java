package org.openprov.vendor.polycom.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.Optional;
import org.junit.Test;
import org.openprov.api.generator.FileKind;
import org.openprov.api.generator.FileRequest;
import org.openprov.api.registry.Mac;

public class PolycomRecognitionTest {

    private static final String UA =
            "FileTransport PolycomVVX-VVX_500-UA/5.9.7.4477 Type/Application";

    private final PolycomGenerator generator = PolycomTestDevices.generator();

    @Test
    public void masterFileInAnyCase() {
        for (String name : new String[] {"000000000000.cfg", "000000000000.CFG"}) {
            FileRequest request = recognise(name).orElseThrow();

            assertEquals(name, FileKind.COMMON, request.kind());
            assertEquals(name, request.fileName());
            assertEquals(Optional.empty(), request.mac());
        }
    }

    @Test
    public void deviceFilesInAnyCaseGiveTheMacFromTheName() {
        Mac mac = Mac.parse("0004f2a1b2c3");
        for (String name : new String[] {"0004f2a1b2c3-openprov.cfg",
                "0004F2A1B2C3-openprov.cfg", "0004f2a1b2c3-OpenProv.CFG"}) {
            FileRequest request = recognise(name).orElseThrow();

            assertEquals(name, FileKind.DEVICE, request.kind());
            assertEquals(name, Optional.of(mac), request.mac());
        }
    }

    /** Names from a VVX 500 boot trace and other vendors' names: all answered 404. */
    @Test
    public void namesOpenProvDoesNotServeAreNotRecognised() {
        String[] names = {"0004f2a1b2c3.cfg", "0004f2a1b2c3-phone.cfg", "0004f2a1b2c3-web.cfg",
            "0004f2a1b2c3-license.cfg", "0004f2a1b2c3-directory.xml", "0004f2a1b2c3-calls.xml",
            "000000000000-license.cfg", "000000000000-directory.xml", "sip.ld",
            "3111-44500-001.sip.ld", "0004f2a1b2c3-boot.log", "0004f2a1b2c3-app.log",
            "0004f2a1b2c3-user.cfg", "000000000000-openprov.cfg", "010000000000-openprov.cfg",
            "y000000000096.cfg", "0004f2a1b2c3-openprov.cfg.bak", "00000000000.cfg", ""};
        for (String name : names) {
            assertEquals(name, Optional.empty(), recognise(name));
        }
        assertEquals(Optional.empty(), generator.recognise(null, UA));
    }

    @Test
    public void userAgentMatchIsReportedForBothKinds() {
        assertTrue(recognise("000000000000.cfg").orElseThrow().userAgentMatched());
        assertTrue(recognise("0004f2a1b2c3-openprov.cfg").orElseThrow().userAgentMatched());
        assertFalse(generator.recognise("000000000000.cfg", "Yealink SIP-T54W 96.86.0.100")
                .orElseThrow().userAgentMatched());
    }

    private Optional<FileRequest> recognise(String name) {
        return generator.recognise(name, UA);
    }
}
