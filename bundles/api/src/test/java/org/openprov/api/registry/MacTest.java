package org.openprov.api.registry;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.Test;

public class MacTest {

    @Test
    public void everyFormAndCaseIsTheSameMac() {
        Mac mac = Mac.parse("001565a1b2c3");
        for (String form : List.of("00:15:65:A1:B2:C3", "00-15-65-a1-b2-c3", "0015.65a1.b2c3",
                "001565A1B2C3", "  00:15:65:a1:b2:c3 ", "0015.65A1.B2C3")) {
            assertEquals(form, mac, Mac.parse(form));
            assertEquals(form, mac.hashCode(), Mac.parse(form).hashCode());
        }
        assertEquals("001565a1b2c3", mac.hex());
        assertEquals("001565A1B2C3", mac.upper());
        assertEquals("00:15:65:a1:b2:c3", mac.colons());
        assertEquals("001565a1b2c3", mac.toString());
        assertEquals("fc0fe7000001", Mac.parse("FC:0F:E7:00:00:01").hex());
    }

    @Test
    public void whatIsNoMacIsRefusedWithTheFormsShown() {
        for (String text : List.of("00:15:65-a1:b2:c3", "001565a1b2c", "001565a1b2c3d",
                "00:15:65:a1:b2", "0015.65a1:b2c3", "00156g a1b2c3", "001565a1b2cg",
                "00:15:65:a1:b2:c3:", "0015:65a1:b2c3", "٠٠١٥٦٥a1b2c3", "ａｂ1565a1b2c3",
                "0x1565a1b2c3", "+01565a1b2c3")) {
            IllegalArgumentException e = assertThrows(text, IllegalArgumentException.class,
                    () -> Mac.parse(text));
            assertTrue(e.getMessage(), e.getMessage().contains("00:15:65:a1:b2:c3"));
            assertFalse(text, Mac.tryParse(text).isPresent());
        }
        assertThrows(IllegalArgumentException.class, () -> Mac.parse(" "));
        assertThrows(IllegalArgumentException.class, () -> Mac.parse(null));
        assertFalse(Mac.tryParse(null).isPresent());
    }

    @Test
    public void zeroBroadcastAndMulticastAreNoPhones() {
        for (String text : List.of("000000000000", "ffffffffffff", "01:00:5e:00:00:01",
                "33-33-00-00-00-01")) {
            IllegalArgumentException e = assertThrows(text, IllegalArgumentException.class,
                    () -> Mac.parse(text));
            assertTrue(e.getMessage(), e.getMessage().contains("multicast"));
            assertFalse(text, Mac.tryParse(text).isPresent());
        }
        assertTrue(Mac.tryParse("02:00:00:00:00:01").isPresent());
    }

    @Test
    public void macsSortAsTheirHexDigits() {
        List<String> hex = List.of("001565000001", "00156500000a", "0004f2000001",
                "fc0fe7000001", "805ec0000001", "7c2f80000001");
        List<Mac> macs = new ArrayList<>();
        hex.forEach(h -> macs.add(Mac.parse(h)));
        Collections.sort(macs);
        List<String> sorted = new ArrayList<>(hex);
        Collections.sort(sorted);
        assertEquals(sorted, macs.stream().map(Mac::hex).toList());
        assertNotEquals(Mac.parse("001565000001"), Mac.parse("001565000002"));
    }
}
