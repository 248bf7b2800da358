package org.openprov.vendor.cisco.internal;

import static org.junit.Assert.assertEquals;

import java.util.Map;
import org.junit.Test;
import org.openprov.api.generator.FileRequest;
import org.openprov.api.generator.RenderedFile;
import org.openprov.testing.Golden;
import org.openprov.testing.StrictXml;

/**
 * The golden files: each family's device file in three zones (half-hour, southern-hemisphere
 * daylight saving, no daylight saving) and each bootstrap. Every one also parses strictly.
 */
public class CiscoGoldenTest {

    private final CiscoGenerator generator = CiscoTestDevices.generator();

    @Test
    public void spaDeviceFilesMatchGoldenFiles() {
        device("SPA504G", 4, "Asia/Kolkata", "cisco-spa504G-002699a1b2c3-kolkata.xml");
        device("SPA504G", 4, "Australia/Sydney", "cisco-spa504G-002699a1b2c3-sydney.xml");
        device("SPA504G", 4, "Asia/Tokyo", "cisco-spa504G-002699a1b2c3-tokyo.xml");
    }

    @Test
    public void mppDeviceFilesMatchGoldenFiles() {
        device("8851", 10, "Asia/Kolkata", "cisco-8851-00562ba1b2c3-kolkata.xml");
        device("8851", 10, "Australia/Sydney", "cisco-8851-00562ba1b2c3-sydney.xml");
        device("8851", 10, "Asia/Tokyo", "cisco-8851-00562ba1b2c3-tokyo.xml");
    }

    @Test
    public void bootstrapFilesMatchGoldenFiles() {
        bootstrap("spa504G.cfg", "cisco-spa504G.cfg");
        bootstrap("spa942.cfg", "cisco-spa942.cfg");
        bootstrap("8841-3PCC.xml", "cisco-8841-3PCC.xml");
        bootstrap("ata191.cfg", "cisco-ata191.cfg");
    }

    @Test
    public void bothMppBootstrapNamesGiveTheSameFile() {
        assertEquals(new String(common("8841-3PCC.xml").body()),
                new String(common("CP-8841-3PCC.xml").body()));
    }

    @Test
    public void goldenFilesHoldWhatTheRulesSay() {
        Map<String, String> spa = CiscoTestDevices.parameters(
                CiscoTestDevices.golden("SPA504G", 4, "Asia/Kolkata"));
        Map<String, String> mpp = CiscoTestDevices.parameters(
                CiscoTestDevices.golden("8851", 10, "Australia/Sydney"));

        assertEquals(CiscoTestDevices.DISPLAY_NAME, spa.get("Display_Name_1_"));
        assertEquals(CiscoTestDevices.PASSWORD, spa.get("Password_1_"));
        assertEquals(CiscoTestDevices.ADMIN_PASSWORD, spa.get("Admin_Passwd"));
        assertEquals("GMT+05:00", spa.get("Time_Zone"));
        assertEquals("00/30", spa.get("Time_Offset__HH_mm_"));
        assertEquals("fnc=blf+sd+cp;sub=1003@pbx.example.com:5060;nme=Carol",
                spa.get("Unit_1_Key_1"));
        assertEquals(CiscoTestDevices.ADMIN_PASSWORD, mpp.get("Admin_Password"));
        assertEquals("start=10/1/7/2:0:0;end=4/1/7/3:0:0;save=1:0:0",
                mpp.get("Daylight_Saving_Time_Rule"));
        assertEquals("fnc=blf+sd+cp;sub=1003@pbx.example.com:5060;vid=1;nme=Carol",
                mpp.get("Unit_1_Key_1_"));
        assertEquals("1", mpp.get("Number_of_Units"));
    }

    private void device(String model, int keys, String zone, String golden) {
        RenderedFile file = CiscoTestDevices.render(generator,
                CiscoTestDevices.golden(model, keys, zone));

        StrictXml.parse(file.body());
        assertEquals(RenderedFile.XML_UTF8, file.contentType());
        Golden.assertSame(golden, file.body());
    }

    private void bootstrap(String name, String golden) {
        RenderedFile file = common(name);

        StrictXml.parse(file.body());
        assertEquals(RenderedFile.XML_UTF8, file.contentType());
        Golden.assertSame(golden, file.body());
    }

    private RenderedFile common(String name) {
        FileRequest request = generator.recognise(name, "").orElseThrow();
        return generator.renderCommon(request);
    }
}
