package org.openprov.vendor.snom.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.Test;
import org.openprov.api.generator.FileKind;
import org.openprov.api.generator.FileRequest;
import org.openprov.api.registry.Mac;

public class SnomRecognitionTest {

    private static final String UA = "Mozilla/4.0 (compatible; snomD785-SIP 10.1.33.33"
            + " 2010.12-00004-g9ba52f5 000413A1B2C3 SXM:0 UXM:0)";
    private static final Mac MAC = Mac.parse("000413a1b2c3");

    private final SnomGenerator generator = SnomTestDevices.generator();

    @Test
    public void commonFilesOfAnyTypeInAnyCase() {
        for (String name : new String[] {"snomD785.htm", "SNOMD785.HTM", "snomd345.htm",
            "snom710.htm", "snom320.htm", "snomD8C.htm"}) {
            FileRequest request = recognise(name, "").orElseThrow();

            assertEquals(name, FileKind.COMMON, request.kind());
            assertEquals(name, request.fileName());
            assertEquals(name, Optional.empty(), request.mac());
        }
    }

    @Test
    public void commonFileNamesItsType() {
        assertEquals(Optional.of("D785"), SnomFileNames.model("snomD785.htm"));
        assertEquals(Optional.of("710"), SnomFileNames.model("SNOM710.HTM"));
        assertEquals(Optional.of("D345"), SnomFileNames.model("snomD345-000413A11FA7.htm"));
        assertEquals(Optional.empty(), SnomFileNames.model("000413A11FA7.xml"));
    }

    /** The Snom wiki's own example pair, and both device names in any case. */
    @Test
    public void deviceFilesInAnyCaseGiveTheMacFromTheName() {
        assertEquals(Optional.of(Mac.parse("000413a11fa7")),
                recognise("snomD345-000413A11FA7.htm", "").orElseThrow().mac());
        for (String name : new String[] {"snomD785-000413A1B2C3.htm", "snomd785-000413a1b2c3.htm",
            "SNOMD785-000413A1B2C3.HTM", "000413A1B2C3.xml", "000413a1b2c3.xml",
            "000413A1B2C3.XML"}) {
            FileRequest request = recognise(name, UA).orElseThrow();

            assertEquals(name, FileKind.DEVICE, request.kind());
            assertEquals(name, Optional.of(MAC), request.mac());
            assertEquals(name, request.fileName());
        }
    }

    /** The MAC of a name wins over the User-Agent's; the endpoint logs a mismatch. */
    @Test
    public void theNameNotTheUserAgentGivesTheMac() {
        FileRequest request = recognise("snomD785-000413FFEEDD.htm", UA).orElseThrow();

        assertEquals(Optional.of(Mac.parse("000413ffeedd")), request.mac());
    }

    @Test
    public void theUserAgentOnlyTellsWhetherItIsSnom() {
        assertTrue(recognise("snomD785.htm", UA).orElseThrow().userAgentMatched());
        assertTrue(recognise("000413A1B2C3.xml", "snom lid 3605").orElseThrow()
                .userAgentMatched());
        assertFalse(recognise("snomD785.htm", "").orElseThrow().userAgentMatched());
        assertFalse(recognise("000413A1B2C3.xml", "Cisco/SPA508G-7.4.8a (000E08A1B2C3)")
                .orElseThrow().userAgentMatched());
    }

    /** Every Snom fixture row, and no other, marks a Snom request as the phone's own. */
    @Test
    public void everyFixtureRowMarksTheRequestAsSnomOrNot() {
        for (String[] row : SnomUserAgentTest.rows()) {
            FileRequest request = recognise("snom710.htm", row[2]).orElseThrow();

            assertEquals(row[2], row[0].equals("Snom"), request.userAgentMatched());
        }
    }

    @Test
    public void namesOpenProvDoesNotServeAreNotRecognised() {
        String[] names = {"snom-general.xml", "snomD785.xml", "gui_lang.xml", "web_lang.xml",
            "snomD785-firmware.xml", "snom720-8.7.5.35-SIP-r.bin", "000000000000.xml",
            "010000000000.xml", "snomD785-000000000000.htm", "snomD785-000413A1B2C.htm",
            "snomD785-000413A1B2C3.xml", "000413A1B2C3.htm", "000413A1B2C3.cfg",
            "y000000000096.cfg", "000000000000.cfg", "cfg000413a1b2c3.xml", "snom.htm",
            "snomD785.htm.bak", "xsnomD785.htm", "snomD785 .htm", "", "spa504G.cfg"};
        for (String name : names) {
            assertEquals(name, Optional.empty(), recognise(name, UA));
        }
        assertEquals(Optional.empty(), generator.recognise(null, UA));
    }

    @Test
    public void fileNamesListTheCommonAndBothDeviceNames() {
        assertEquals(List.of("snom<model>.htm", "snom<model>-<mac>.htm", "<mac>.xml"),
                generator.fileNames());
        String xml = generator.fileNames().get(2).replace("<mac>", MAC.hex());
        assertEquals(FileKind.DEVICE, recognise(xml, "").orElseThrow().kind());
    }

    @Test
    public void vendorIdAndName() {
        assertEquals("snom", generator.vendor());
        assertEquals("Snom", generator.displayName());
    }

    private Optional<FileRequest> recognise(String name, String userAgent) {
        return generator.recognise(name, userAgent);
    }
}
