package org.openprov.vendor.grandstream.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.Test;
import org.openprov.api.generator.ModelInfo;
import org.openprov.api.generator.ModelTable;
import org.openprov.api.registry.Mac;

/**
 * The User-Agent variations the shared fixture does not hold (its rows are checked one by one
 * in {@link GrandstreamUserAgentRowTest}): case, spacing, model spellings, MAC forms, no MAC.
 */
public class GrandstreamUserAgentTest {

    private final ModelTable models = GrandstreamTestDevices.generator().models();

    @Test
    public void theVendorTokenMatchesInAnyCaseAndWithExtraSpaces() {
        for (String ua : List.of("grandstream Model HW GXP2170 SW 1.0.11.85",
                "GRANDSTREAM  Model   HW GXP2170", "  Grandstream\tGXP1628 ", "HT801 1.0.17.5")) {
            assertTrue(ua, GrandstreamUserAgent.matches(ua, models));
        }
        assertFalse(GrandstreamUserAgent.matches("Grand stream phone", models));
        assertFalse(GrandstreamUserAgent.matches("Fanvil X4 2.10.2.6887", models));
    }

    @Test
    public void modelNamesWithSpacesOrUnderscoresAreFound() {
        for (String ua : List.of("Grandstream Model HW GXP 2170 SW 1.0.11.85",
                "Grandstream Model HW gxp_2170 SW 1.0.11.85", "Grandstream Model HW gxp-2170",
                "Grandstream   Model HW   GXP2170   SW 1.0.11.85")) {
            assertEquals(ua, "GXP2170", GrandstreamUserAgent.model(ua, models)
                    .map(ModelInfo::id).orElse("none"));
        }
        assertEquals(Optional.empty(), GrandstreamUserAgent.model("Grandstream Model HW"
                + " GXV9999 SW 1.0", models));
    }

    @Test
    public void theMacIsReadWithOrWithoutSeparatorsInEitherCase() {
        Mac mac = Mac.parse("ec74d7a00001");
        for (String ua : List.of("Grandstream Model HW GRP2614 SW 1.0.5 DevId ec74d7a00001",
                "Grandstream Model HW GRP2614 SW 1.0.5 DevId EC74D7A00001",
                "Grandstream Model HW GRP2614 SW 1.0.5 DevId EC:74:D7:A0:00:01",
                "Grandstream Model HW GRP2614 SW 1.0.5 devid ec-74-d7-a0-00-01",
                "Grandstream Model HW GRP2614 SW 1.0.5 DevId  ec74.d7a0.0001")) {
            assertEquals(ua, Optional.of(mac), GrandstreamUserAgent.mac(ua));
        }
    }

    @Test
    public void aUserAgentWithoutMacStillMatchesAndGivesNoMac() {
        String ua = "Grandstream Model HW GXP2170 SW 1.0.11.85";

        assertTrue(GrandstreamUserAgent.matches(ua, models));
        assertEquals(Optional.empty(), GrandstreamUserAgent.mac(ua));
        assertEquals(Optional.empty(), GrandstreamUserAgent.mac("Grandstream DevId zz"));
    }

    @Test
    public void emptyOrBlankUserAgentDoesNotMatch() {
        assertFalse(GrandstreamUserAgent.matches("", models));
        assertFalse(GrandstreamUserAgent.matches("   ", models));
        assertFalse(GrandstreamUserAgent.matches(null, models));
        assertEquals(Optional.empty(), GrandstreamUserAgent.mac(null));
    }
}
