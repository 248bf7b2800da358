package org.openprov.bench.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.util.List;
import org.junit.Test;
import org.openprov.api.registry.Mac;

public class BenchVendorTest {

    @Test
    public void namesEachOwnFileAsTheVendorsPhonesRequestIt() {
        assertEquals("0015650000ab.cfg", own(BenchVendor.YEALINK, "0015650000ab"));
        assertEquals("0004f20000ab-openprov.cfg", own(BenchVendor.POLYCOM, "0004f20000ab"));
        assertEquals("00562b0000ab.xml", own(BenchVendor.CISCO, "00562b0000ab"));
        assertEquals("cfg000b820000ab.xml", own(BenchVendor.GRANDSTREAM, "000b820000ab"));
        assertEquals("0004130000AB.xml", own(BenchVendor.SNOM, "0004130000ab"));
        assertEquals("0c383e0000ab.cfg", own(BenchVendor.FANVIL, "0c383e0000ab"));
        assertEquals("00085D0000AB.cfg", own(BenchVendor.MITEL, "00085d0000ab"));
        assertEquals("00908f0000ab.cfg", own(BenchVendor.AUDIOCODES, "00908f0000ab"));
    }

    private static String own(BenchVendor vendor, String mac) {
        return vendor.ownFile(Mac.parse(mac));
    }

    @Test
    public void yealinkAndPolyHaveTheCommonFileTheirPhonesFetchFirst() {
        assertEquals(List.of("y000000000096.cfg"), BenchVendor.YEALINK.commonFiles());
        assertEquals(List.of("000000000000.cfg"), BenchVendor.POLYCOM.commonFiles());
        assertEquals(List.of(), BenchVendor.SNOM.commonFiles());
    }

    @Test
    public void readsAListInItsOrderInAnyCase() {
        assertEquals(List.of(BenchVendor.POLYCOM, BenchVendor.YEALINK),
                BenchVendor.list("Polycom, yealink,"));
        assertEquals("polycom,yealink", BenchVendor.ids(BenchVendor.list("polycom,yealink")));
    }

    @Test
    public void refusesAnUnknownOrRepeatedVendor() {
        assertEquals("The benchmark knows no vendor 'avaya'; choose from yealink,polycom,cisco,"
                + "grandstream,snom,fanvil,mitel,audiocodes", assertThrows(
                        IllegalArgumentException.class, () -> BenchVendor.list("yealink,avaya"))
                .getMessage());
        assertEquals("The vendors 'snom,snom' name one twice", assertThrows(
                IllegalArgumentException.class, () -> BenchVendor.list("snom,snom"))
                .getMessage());
        assertEquals("Give at least one vendor, e.g. yealink,polycom", assertThrows(
                IllegalArgumentException.class, () -> BenchVendor.list(" , ")).getMessage());
    }
}
