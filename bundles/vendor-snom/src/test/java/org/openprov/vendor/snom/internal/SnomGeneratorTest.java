package org.openprov.vendor.snom.internal;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.Test;
import org.openprov.api.generator.ConfigGenerator;
import org.openprov.api.generator.FileRequest;
import org.openprov.api.generator.RenderedFile;
import org.openprov.api.registry.Mac;
import org.openprov.api.settings.DeviceConfig;
import org.openprov.testing.Golden;
import org.openprov.testing.LogCapture;
import org.openprov.testing.StrictXml;

/**
 * Whole files: the golden device in three time zones, the common file, content types, and the
 * rules every generator keeps (no secret in a common file or a log, same bytes twice).
 */
public class SnomGeneratorTest {

    private static final String UA = "Mozilla/4.0 (compatible; snomD785-SIP 10.1.33.33"
            + " 2010.12-00004-g9ba52f5 000413A1B2C3 SXM:0 UXM:0)";

    private final SnomGenerator generator = SnomTestDevices.generator();

    @Test
    public void goldenKolkataHalfHourZone() {
        assertGolden("snom-000413A1B2C3-kolkata.xml", "Asia/Kolkata");
    }

    @Test
    public void goldenSydneySouthernDaylightSaving() {
        assertGolden("snom-000413A1B2C3-sydney.xml", "Australia/Sydney");
    }

    @Test
    public void goldenTokyoWithoutDaylightSaving() {
        assertGolden("snom-000413A1B2C3-tokyo.xml", "Asia/Tokyo");
    }

    @Test
    public void goldenCommonFile() {
        RenderedFile file = common("snomD785.htm");

        Golden.assertSame("snom-snomD785.htm", file.body());
        StrictXml.parse(file.body());
        assertEquals(RenderedFile.XML_UTF8, file.contentType());
    }

    /** The phone's .htm and .xml names get the same settings document. */
    @Test
    public void bothDeviceNamesServeTheSameBytes() {
        DeviceConfig config = SnomTestDevices.golden("Asia/Tokyo");
        RenderedFile htm = device("snomD785-000413A1B2C3.htm", config);
        RenderedFile xml = device("000413a1b2c3.xml", config);

        assertArrayEquals(htm.body(), xml.body());
        assertEquals(RenderedFile.XML_UTF8, htm.contentType());
        assertEquals(RenderedFile.XML_UTF8, xml.contentType());
    }

    @Test
    public void renderingTwiceGivesTheSameBytes() {
        DeviceConfig config = SnomTestDevices.golden("Australia/Sydney");

        assertArrayEquals(device("000413A1B2C3.xml", config).body(),
                device("000413A1B2C3.xml", config).body());
    }

    /**
     * The common file is rendered without a device and holds no secret of any, even right after
     * the same generator rendered a device full of secrets.
     */
    @Test
    public void commonFilesHoldNoSecret() {
        device("snomD785-000413A1B2C3.htm", SnomTestDevices.golden("Europe/Berlin"));
        for (String name : List.of("snomD785.htm", "SNOM710.HTM", "snomD345.htm")) {
            String text = new String(common(name).body(), StandardCharsets.UTF_8);

            assertFalse(text, text.contains(SnomTestDevices.PASSWORD));
            assertFalse(text, text.contains("S3cret-1002"));
            assertFalse(text, text.contains("Adm1n"));
            assertFalse(text, text.contains("pass"));
            assertFalse(text, text.contains("user_"));
            assertFalse(text, text.contains("000413"));
            StrictXml.parse(common(name).body());
        }
    }

    @Test
    public void noLogLineOfADeviceFileCarriesASecretOrTheFile() {
        DeviceConfig config = SnomTestDevices.golden("Asia/Jerusalem");
        try (LogCapture log = new LogCapture()) {
            byte[] body = device("000413A1B2C3.xml", config).body();

            String all = log.all();
            assertFalse(all, all.contains(SnomTestDevices.PASSWORD));
            assertFalse(all, all.contains(SnomTestDevices.ADMIN_PASSWORD));
            assertFalse(all, all.contains("S3cret-1002"));
            assertFalse(all, all.contains("<settings>"));
            assertTrue(body.length > 0);
            assertEquals(1, log.count("WARN", "time.zone"));
        }
    }

    /** The masked configuration the console previews renders with its secrets masked. */
    @Test
    public void theMaskedConfigurationRendersWithoutSecrets() {
        String text = new String(device("000413A1B2C3.xml",
                SnomTestDevices.golden("UTC").masked()).body(), StandardCharsets.UTF_8);

        assertFalse(text, text.contains("S3cret-1002"));
        assertTrue(text, text.contains("<user_pass idx=\"2\" perm=\"R\">********</user_pass>"));
    }

    @Test(expected = IllegalArgumentException.class)
    public void anotherDevicesRequestIsRefused() {
        FileRequest other = FileRequest.device("000413FFFFFF.xml",
                Optional.of(Mac.parse("000413ffffff")), true);
        generator.renderDevice(other, SnomTestDevices.golden("UTC"));
    }

    @Test(expected = IllegalArgumentException.class)
    public void aDeviceRequestIsNotACommonFile() {
        generator.renderCommon(generator.recognise("000413A1B2C3.xml", UA).orElseThrow());
    }

    /** bnd writes the component description that publishes the service for vendor snom. */
    @Test
    public void theComponentIsPublishedForVendorSnom() throws Exception {
        String name = "/OSGI-INF/" + SnomGenerator.class.getName() + ".xml";
        try (InputStream in = SnomGeneratorTest.class.getResourceAsStream(name)) {
            assertTrue(name + " is missing", in != null);
            String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);

            assertTrue(xml, xml.contains("name=\"" + ConfigGenerator.VENDOR + "\""));
            assertTrue(xml, xml.contains("value=\"snom\""));
            assertTrue(xml, xml.contains("interface=\"" + ConfigGenerator.class.getName()
                    + "\""));
        }
    }

    private void assertGolden(String golden, String zone) {
        RenderedFile file = device("snomD785-000413A1B2C3.htm", SnomTestDevices.golden(zone));

        Golden.assertSame(golden, file.body());
        StrictXml.parse(file.body());
        assertEquals(RenderedFile.XML_UTF8, file.contentType());
    }

    private RenderedFile common(String name) {
        return generator.renderCommon(generator.recognise(name, UA).orElseThrow());
    }

    private RenderedFile device(String name, DeviceConfig config) {
        return generator.renderDevice(generator.recognise(name, UA).orElseThrow(), config);
    }
}
