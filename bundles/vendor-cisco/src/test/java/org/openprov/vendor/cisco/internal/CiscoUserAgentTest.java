package org.openprov.vendor.cisco.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.Test;
import org.openprov.api.generator.ModelInfo;
import org.openprov.api.generator.ModelTable;
import org.openprov.api.registry.Mac;

/** User-Agent shapes beyond the fixture rows, and every other vendor's row. */
public class CiscoUserAgentTest {

    private final ModelTable models = CiscoTestDevices.generator().models();

    @Test
    public void noOtherVendorsRowMatches() {
        List<String[]> others = CiscoUserAgentRowsTest.fixture().stream()
                .filter(row -> !CiscoUserAgentRowsTest.cisco(row)).toList();

        assertEquals(39, others.size());
        for (String[] row : others) {
            CiscoUserAgent.Reading reading = CiscoUserAgent.read(row[2], models);
            assertFalse(row[2], reading.matched());
            assertEquals(row[2], Optional.empty(), reading.mac());
        }
    }

    @Test
    public void vendorTokenInAnyCaseAndExtraSpaces() {
        for (String ua : new String[] {"CISCO/SPA504G-7.5.5 (0002FDA00011)(CBT0000TEST)",
            "cisco-CP-8841-3PCC/12.0.1 (00562ba0000f)", "  Cisco /  SPA504G-7.5.5",
            "LINKSYS/SPA-942-6.1.5(a) (88019FA00012)"}) {
            CiscoUserAgent.Reading reading = CiscoUserAgent.read(ua, models);

            assertTrue(ua, reading.vendor());
            assertTrue(ua, reading.model().isPresent());
        }
    }

    @Test
    public void modelNamesWithSpacesOrUnderscores() {
        assertEquals(Optional.of("SPA504G"), model("Cisco SPA 504G 7.5.5"));
        assertEquals(Optional.of("8841"), model("Cisco-CP_8841_3PCC/11.0 (00562ba0000f)"));
        assertEquals(Optional.of("SPA525G2"), model("Cisco/SPA525G2-7.4.5 (CBT1)"));
        assertEquals(Optional.of("SPA525G"), model("Cisco/SPA525G-2.0.1 (CBT1)"));
        assertEquals(Optional.empty(), model("Cisco/SPA999-1.0.0 (CBT1)"));
    }

    @Test
    public void macWithOrWithoutSeparatorsInEitherCase() {
        Mac mac = Mac.parse("00562ba0000f");
        for (String written : new String[] {"00562ba0000f", "00562BA0000F", "00:56:2b:a0:00:0f",
            "00-56-2B-A0-00-0F", " 00562ba0000f "}) {
            CiscoUserAgent.Reading reading = CiscoUserAgent.read(
                    "Cisco-CP-8841-3PCC/11.0 (" + written + ")", models);

            assertEquals(written, Optional.of(mac), reading.mac());
        }
    }

    @Test
    public void macIsReadWithoutAnyKnownPrefix() {
        CiscoUserAgent.Reading reading = CiscoUserAgent.read(
                "Cisco/SPA508G-7.4.8a (AABBCCA00011)(CBT0000TEST)", models);

        assertEquals(Optional.of(Mac.parse("aabbcca00011")), reading.mac());
    }

    @Test
    public void aSingleValueInTheSpaShapeIsASerialNumber() {
        assertEquals(Optional.empty(), CiscoUserAgent.read(
                "Cisco/SPA504G-7.5.5 (0002FDA00011)", models).mac());
        assertEquals(Optional.empty(), CiscoUserAgent.read(
                "Cisco-CP-8841-3PCC/11.0", models).mac());
        assertEquals(Optional.empty(), CiscoUserAgent.read(
                "Cisco-CP-8841-3PCC/11.0 (FCH0000TEST)", models).mac());
    }

    @Test
    public void aModelWithoutVendorStillMatches() {
        CiscoUserAgent.Reading reading = CiscoUserAgent.read("SPA504G-7.5.5 (CBT1)", models);

        assertFalse(reading.vendor());
        assertTrue(reading.matched());
        assertFalse(CiscoUserAgent.read("X4 2.10.2.6887", models).matched());
    }

    @Test
    public void emptyOrBlankUserAgentSaysNothing() {
        for (String ua : new String[] {"", "   ", null}) {
            CiscoUserAgent.Reading reading = CiscoUserAgent.read(ua, models);

            assertFalse(reading.matched());
            assertEquals(Optional.empty(), reading.mac());
        }
    }

    private Optional<String> model(String ua) {
        return CiscoUserAgent.read(ua, models).model().map(ModelInfo::id);
    }
}
