package org.openprov.vendor.audiocodes.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.Test;
import org.openprov.api.generator.FileKind;
import org.openprov.api.generator.FileRequest;
import org.openprov.api.registry.Mac;

public class AudioCodesRecognitionTest {

    private static final String UA = "AUDC-IPPhone/2.2.8.61 (440HDG-Rev0; 00908FA00024)";
    private static final Mac MAC = Mac.parse("00908fa00024");

    private final AudioCodesGenerator generator = AudioCodesTestDevices.generator();

    @Test
    public void deviceFileInAnyCaseGivesTheMacFromTheName() {
        for (String name : new String[] {"00908fa00024.cfg", "00908FA00024.cfg",
                "00908fa00024.CFG"}) {
            FileRequest request = generator.recognise(name, UA).orElseThrow();

            assertEquals(name, FileKind.DEVICE, request.kind());
            assertEquals(name, name, request.fileName());
            assertEquals(name, Optional.of(MAC), request.mac());
        }
    }

    @Test
    public void modelNamedDeviceFileOfTheManualsExampleIsRecognised() {
        for (String name : new String[] {"440HD_00908fa00024_conf.cfg",
                "440hd_00908FA00024_CONF.cfg", "C450HD_00908fa00024_conf.cfg"}) {
            FileRequest request = generator.recognise(name, "").orElseThrow();

            assertEquals(name, FileKind.DEVICE, request.kind());
            assertEquals(name, Optional.of(MAC), request.mac());
        }
    }

    @Test
    public void namesOpenProvDoesNotServeAreNotRecognised() {
        String[] names = {"440HD.img", "000000000000.cfg", "010000000000.cfg",
            "y000000000096.cfg", "00908fa00024.boot", "00908fa0002.cfg", "00908fa00024.cfg.bak",
            "x00908fa00024.cfg", "cfg00908fa00024.xml", "00908fa00024-local.cfg",
            "_00908fa00024_conf.cfg", "440HD_00908fa00024.cfg", "dhcpoption160.cfg",
            "00908fa00024.cfg ", "", "spa504G.cfg", "00:90:8f:a0:00:24.cfg"};
        for (String name : names) {
            assertEquals(name, Optional.empty(), generator.recognise(name, UA));
        }
        assertEquals(Optional.empty(), generator.recognise(null, UA));
    }

    @Test
    public void noNameIsEverACommonFile() {
        for (String name : new String[] {"00908fa00024.cfg", "440HD_00908fa00024_conf.cfg"}) {
            assertEquals(FileKind.DEVICE, generator.recognise(name, "").orElseThrow().kind());
        }
    }

    @Test
    public void renderCommonRefusesSinceThereIsNoCommonFile() {
        FileRequest request = FileRequest.common("440HD.cfg", true);

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> generator.renderCommon(request));

        assertTrue(e.getMessage(), e.getMessage().contains("no common configuration file"));
    }

    @Test
    public void userAgentMatchIsReported() {
        assertTrue(generator.recognise("00908fa00024.cfg", UA).orElseThrow()
                .userAgentMatched());
        assertFalse(generator.recognise("00908fa00024.cfg", "").orElseThrow()
                .userAgentMatched());
        assertFalse(generator.recognise("00908fa00024.cfg",
                "Yealink SIP-T54W 96.86.0.100 00:15:65:a1:b2:c3").orElseThrow()
                .userAgentMatched());
    }

    @Test
    public void aMacWithAnotherMakersPrefixIsServedAsWell() {
        FileRequest request = generator.recognise("001565a1b2c3.cfg", UA).orElseThrow();

        assertEquals(Optional.of(Mac.parse("001565a1b2c3")), request.mac());
    }

    @Test
    public void fileNamesAndIdentity() {
        assertEquals(List.of("<mac>.cfg", "<MODEL>_<mac>_conf.cfg"), generator.fileNames());
        assertEquals("audiocodes", generator.vendor());
        assertEquals("AudioCodes", generator.displayName());
    }
}
