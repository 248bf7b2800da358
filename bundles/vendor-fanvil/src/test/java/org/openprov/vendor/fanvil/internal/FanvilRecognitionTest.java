package org.openprov.vendor.fanvil.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.Optional;
import org.junit.Test;
import org.openprov.api.generator.FileKind;
import org.openprov.api.generator.FileRequest;
import org.openprov.api.registry.Mac;

public class FanvilRecognitionTest {

    private static final String UA = "Fanvil X5U-V2 2.12.16.17 0c383ea1b2c3";

    private final FanvilGenerator generator = FanvilTestDevices.generator();

    /** Hardware file names from Wazo's Fanvil plug-in, in both cases of the leading f. */
    @Test
    public void commonFilesOfEveryHardwareInAnyCase() {
        for (String name : new String[] {"f0C00620000.cfg", "f0C00580000.cfg",
            "F0V00X600000.cfg", "F0V00X200000.cfg", "f0X4hw1.100.cfg", "f0X3shw1.100.cfg",
            "F0V0V6500000.cfg", "F0000X600000.cfg", "F0C00620000.CFG"}) {
            FileRequest request = recognise(name).orElseThrow();

            assertEquals(name, FileKind.COMMON, request.kind());
            assertEquals(name, request.fileName());
            assertEquals(name, Optional.empty(), request.mac());
        }
    }

    @Test
    public void deviceFilesInAnyCaseGiveTheMacFromTheName() {
        for (String name : new String[] {"0c383ea1b2c3.cfg", "0C383EA1B2C3.cfg",
            "0c383eA1B2c3.CFG"}) {
            FileRequest request = recognise(name).orElseThrow();

            assertEquals(name, FileKind.DEVICE, request.kind());
            assertEquals(name, Optional.of(Mac.parse("0c383ea1b2c3")), request.mac());
        }
    }

    /** A MAC that starts with f0 is a device, not a hardware file. */
    @Test
    public void aMacStartingWithF0IsADevice() {
        FileRequest request = recognise("f0a1b2c3d4e5.cfg").orElseThrow();

        assertEquals(FileKind.DEVICE, request.kind());
        assertEquals(Optional.of(Mac.parse("f0a1b2c3d4e5")), request.mac());
    }

    /** The MAC prefix is no gate: a device file of any OUI is read. */
    @Test
    public void deviceFilesOfAnyPrefixAreRead() {
        assertEquals(Optional.of(Mac.parse("a4b1c2000001")),
                recognise("a4b1c2000001.cfg").orElseThrow().mac());
    }

    /** Other vendors' names, uploads and firmware descriptors answer 404. */
    @Test
    public void namesOpenProvDoesNotServeAreNotRecognised() {
        String[] names = {"fanvil_x5u_v2_hwv2_0.txt", "fanvil_i10sv_hwv1_0.txt",
            "000000000000.cfg", "010000000000.cfg", "y000000000096.cfg", "0c383ea1b2c3.xml",
            "cfg0c383ea1b2c3.xml", "0c383ea1b2c3-local.cfg", "0c383ea1b2c3.cfg.bak",
            "spa504G.cfg", "snomD785.htm", "f0.cfg", "f0abc.cfg", "x0C00620000.cfg", ""};
        for (String name : names) {
            assertEquals(name, Optional.empty(), recognise(name));
        }
        assertEquals(Optional.empty(), generator.recognise(null, UA));
    }

    @Test
    public void userAgentMatchIsReportedForBothKinds() {
        assertTrue(recognise("f0C00620000.cfg").orElseThrow().userAgentMatched());
        assertTrue(recognise("0c383ea1b2c3.cfg").orElseThrow().userAgentMatched());
        assertFalse(generator.recognise("f0C00620000.cfg", "Yealink SIP-T54W 96.86.0.100")
                .orElseThrow().userAgentMatched());
        assertFalse(generator.recognise("0c383ea1b2c3.cfg", "").orElseThrow()
                .userAgentMatched());
    }

    private Optional<FileRequest> recognise(String name) {
        return generator.recognise(name, UA);
    }
}
