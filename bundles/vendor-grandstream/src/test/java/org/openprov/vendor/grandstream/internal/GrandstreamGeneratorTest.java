package org.openprov.vendor.grandstream.internal;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
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
 * The generator as the endpoint uses it: golden device files in three time zones, the common
 * files, content types, and what never leaves it (secrets in common files, secrets in logs).
 */
public class GrandstreamGeneratorTest {

    private final GrandstreamGenerator generator = GrandstreamTestDevices.generator();

    @Test
    public void goldenDeviceFileInSydney() {
        assertGolden("grandstream-cfg000b82a1b2c3-sydney.xml", "Australia/Sydney");
    }

    @Test
    public void goldenDeviceFileInKolkata() {
        assertGolden("grandstream-cfg000b82a1b2c3-kolkata.xml", "Asia/Kolkata");
    }

    @Test
    public void goldenDeviceFileInTokyo() {
        assertGolden("grandstream-cfg000b82a1b2c3-tokyo.xml", "Asia/Tokyo");
    }

    @Test
    public void goldenCommonFiles() {
        RenderedFile generic = common("cfg.xml");
        RenderedFile model = common("cfggxp2170.xml");

        Golden.assertSame("grandstream-cfg.xml", generic.body());
        Golden.assertSame("grandstream-cfggxp2170.xml", model.body());
        StrictXml.parse(generic.body());
        StrictXml.parse(model.body());
        assertEquals(RenderedFile.XML_UTF8, generic.contentType());
        assertEquals(RenderedFile.XML_UTF8, model.contentType());
    }

    @Test
    public void theDeviceFileIsXmlWithItsMacHeaderInLowerCase() {
        RenderedFile file = GrandstreamTestDevices.render(generator,
                GrandstreamTestDevices.golden("Asia/Tokyo"));

        assertEquals(RenderedFile.XML_UTF8, file.contentType());
        assertEquals("gs_provision", StrictXml.parse(file.body()).getDocumentElement()
                .getTagName());
        assertEquals("000b82a1b2c3", GrandstreamTestDevices.parameters(file.body()).get("mac"));
    }

    @Test
    public void commonFilesHoldNoSecretOfASecretLadenDevice() {
        DeviceConfig secret = GrandstreamTestDevices.golden("Europe/Paris");
        String device = text(GrandstreamTestDevices.render(generator, secret));
        assertTrue(device.contains(GrandstreamTestDevices.ADMIN_PASSWORD));
        assertTrue(device.contains("S3cret-1002"));

        for (String name : List.of("cfg.xml", "cfggxp2170.xml", "CFGGXP2135.XML")) {
            String common = text(common(name));
            for (String secretValue : List.of(GrandstreamTestDevices.ADMIN_PASSWORD,
                    "S3cret-1002", "p&amp;ss", "000b82a1b2c3", "<mac>", "<P")) {
                assertFalse(name + " holds " + secretValue, common.contains(secretValue));
            }
        }
    }

    @Test
    public void noPasswordAndNoWholeFileReachesTheLog() {
        try (LogCapture log = new LogCapture()) {
            GrandstreamTestDevices.render(generator, GrandstreamTestDevices.golden("Asia/Tokyo"));

            assertFalse(log.all().contains(GrandstreamTestDevices.ADMIN_PASSWORD));
            assertFalse(log.all().contains("S3cret-1002"));
            assertFalse(log.all().contains("p&ss"));
            assertFalse(log.all().contains("<P"));
            assertEquals(1, log.count("INFO", GrandstreamTestDevices.MAC.hex(), "key.3"));
        }
    }

    @Test
    public void renderingTwiceGivesTheSameBytes() {
        DeviceConfig config = GrandstreamTestDevices.golden("Australia/Sydney");

        assertArrayEquals(GrandstreamTestDevices.render(generator, config).body(),
                GrandstreamTestDevices.render(GrandstreamTestDevices.generator(), config).body());
    }

    @Test
    public void aRequestForAnotherMacOrOfTheWrongKindIsRefused() {
        DeviceConfig config = GrandstreamTestDevices.golden("Asia/Tokyo");
        FileRequest other = generator.recognise("cfg000b82000001.xml", "").orElseThrow();
        FileRequest common = generator.recognise("cfg.xml", "").orElseThrow();

        assertThrows(IllegalArgumentException.class, () -> generator.renderDevice(other,
                config));
        assertThrows(IllegalArgumentException.class, () -> generator.renderDevice(common,
                config));
        assertThrows(IllegalArgumentException.class, () -> generator.renderCommon(
                generator.recognise("cfg000b82a1b2c3.xml", "").orElseThrow()));
    }

    @Test
    public void aDeviceRequestWithoutMacIsRenderedForTheDeviceGiven() {
        FileRequest request = FileRequest.device("cfg000b82a1b2c3.xml", Optional.empty(), true);

        RenderedFile file = generator.renderDevice(request, GrandstreamTestDevices.golden(
                "Asia/Tokyo"));

        assertEquals(Mac.parse("000b82a1b2c3").hex(), GrandstreamTestDevices.parameters(
                file.body()).get("mac"));
    }

    @Test
    public void theServiceIsPublishedForVendorGrandstream() throws IOException {
        String component;
        try (InputStream in = GrandstreamGenerator.class.getResourceAsStream("/OSGI-INF/"
                + GrandstreamGenerator.class.getName() + ".xml")) {
            assertNotNull("bnd wrote no component description", in);
            component = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }

        assertEquals("grandstream", generator.vendor());
        assertEquals("Grandstream", generator.displayName());
        assertTrue(component, component.contains("name=\"openprov.vendor\""));
        assertTrue(component, component.contains("value=\"grandstream\""));
        assertTrue(component, component.contains(ConfigGenerator.class.getName()));
    }

    @Test
    public void theGoldenDeviceHasItsKeysOnThePhoneAndOnTheModule() {
        Map<String, String> p = GrandstreamTestDevices.parameters(GrandstreamTestDevices
                .golden("Asia/Tokyo"));

        assertEquals(List.of("0", "0", "Zoë"), List.of(p.get("P1363"), p.get("P1364"),
                p.get("P1465")));
        assertEquals(List.of("0", "1", "Desk"), List.of(p.get("P1365"), p.get("P1366"),
                p.get("P1467")));
        assertEquals(List.of("9", "1", "Park", "700"), List.of(p.get("P23828"),
                p.get("P23829"), p.get("P23830"), p.get("P23831")));
        assertEquals(List.of("1", "0", "Ann & <Bo>", "301"), List.of(p.get("P23000"),
                p.get("P23001"), p.get("P23002"), p.get("P23003")));
    }

    private void assertGolden(String name, String zone) {
        RenderedFile file = GrandstreamTestDevices.render(generator,
                GrandstreamTestDevices.golden(zone));

        Golden.assertSame(name, file.body());
        StrictXml.parse(file.body());
        assertEquals(RenderedFile.XML_UTF8, file.contentType());
    }

    private RenderedFile common(String name) {
        return generator.renderCommon(generator.recognise(name,
                "Grandstream Model HW GXP2170 SW 1.0.11.85").orElseThrow());
    }

    private static String text(RenderedFile file) {
        return new String(file.body(), StandardCharsets.UTF_8);
    }
}
