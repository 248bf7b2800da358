package org.openprov.vendor.mitel.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.Test;
import org.openprov.api.generator.ModelTable;
import org.openprov.api.registry.Mac;

/** User-Agents that are not one fixture row: other vendors, odd shapes, any MAC prefix. */
public class MitelUserAgentTest {

    private final ModelTable models = MitelTestDevices.generator().models();

    @Test
    public void theFixtureHasTheTwoMitelRows() {
        assertEquals(2, FixtureRows.rows(true).size());
    }

    @Test
    public void noOtherVendorsRowMatches() {
        List<String[]> others = FixtureRows.rows(false);

        assertTrue(others.size() > 30);
        for (String[] row : others) {
            assertFalse(row[2], MitelUserAgent.matches(row[2], models));
            assertFalse(row[2], MitelTestDevices.generator().recognise("aastra.cfg", row[2])
                    .orElseThrow().userAgentMatched());
        }
    }

    @Test
    public void emptyBlankOrNullUserAgentDoesNotMatch() {
        assertFalse(MitelUserAgent.matches("", models));
        assertFalse(MitelUserAgent.matches("   ", models));
        assertFalse(MitelUserAgent.matches(null, models));
        assertFalse(MitelUserAgent.matches("Mozilla/5.0 (Mitel browser)", models));
    }

    /** The MAC's vendor prefix is a hint at most: any prefix is read, none is required. */
    @Test
    public void anyMacPrefixIsRead() {
        Optional<MitelUserAgent.Reading> reading = MitelUserAgent.read(
                "Mitel6869i MAC:AC-DE-48-00-11-22 V:5.1.0.2036-SIP", models);

        assertEquals("6869i", reading.orElseThrow().model());
        assertEquals(Optional.of(Mac.parse("acde48001122")), reading.orElseThrow().mac());
    }

    @Test
    public void anUnknownModelIsReadInItsNormalForm() {
        MitelUserAgent.Reading reading = MitelUserAgent.read(
                "Aastra9143i MAC:00-08-5D-A0-00-99 V:3.3.1.4322-SIP", models).orElseThrow();

        assertEquals("aastra", reading.vendor());
        assertEquals("9143i", reading.model());
        assertEquals(Optional.of(Mac.parse("00085da00099")), reading.mac());
    }

    @Test
    public void aMulticastOrZeroMacIsNotAMac() {
        assertEquals(Optional.empty(), MitelUserAgent.read(
                "Mitel6940 MAC:01-00-5E-00-00-01 V:6.4.0.140-SIP", models).orElseThrow().mac());
        assertEquals(Optional.empty(), MitelUserAgent.read(
                "Mitel6940 MAC:00-00-00-00-00-00 V:6.4.0.140-SIP", models).orElseThrow().mac());
    }
}
