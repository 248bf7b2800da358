package org.openprov.vendor.mitel.internal;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
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
import org.w3c.dom.Element;

public class MitelGeneratorTest {

    private final MitelGenerator generator = MitelTestDevices.generator();

    @Test
    public void deviceFileInIndiaMatchesGoldenFile() {
        Golden.assertSame("mitel-00085DA0B2C3-kolkata.cfg", golden("Asia/Kolkata"));
    }

    @Test
    public void deviceFileInSydneyMatchesGoldenFile() {
        Golden.assertSame("mitel-00085DA0B2C3-sydney.cfg", golden("Australia/Sydney"));
    }

    @Test
    public void deviceFileInTokyoMatchesGoldenFile() {
        Golden.assertSame("mitel-00085DA0B2C3-tokyo.cfg", golden("Asia/Tokyo"));
    }

    @Test
    public void commonFilesMatchGoldenFiles() {
        Golden.assertSame("mitel-aastra.cfg", common("aastra.cfg").body());
        Golden.assertSame("mitel-6867i.cfg", common("6867i.cfg").body());
    }

    @Test
    public void goldenFileReadsBackToTheInputs() {
        Map<String, String> cfg = CfgLines.parse(golden("Asia/Kolkata"));

        assertEquals(MitelTestDevices.DISPLAY_NAME, cfg.get("sip line1 display name"));
        assertEquals("Zoë", cfg.get("sip line1 screen name"));
        assertEquals(MitelTestDevices.PASSWORD, cfg.get("sip line1 password"));
        assertEquals(MitelTestDevices.SECOND_PASSWORD, cfg.get("sip line2 password"));
        assertEquals("auth-1002", cfg.get("sip line2 auth name"));
        assertEquals(MitelTestDevices.ADMIN_PASSWORD, cfg.get("admin password"));
    }

    @Test
    public void everyLineHasExplicitServerPortAndTheTransport() {
        Map<String, String> cfg = CfgLines.parse(golden("Asia/Tokyo"));

        assertEquals("1", cfg.get("sip transport protocol"));
        assertEquals("pbx.example.com", cfg.get("sip line1 proxy ip"));
        assertEquals("5060", cfg.get("sip line1 proxy port"));
        assertEquals("pbx.example.com", cfg.get("sip line1 registrar ip"));
        assertEquals("5060", cfg.get("sip line1 registrar port"));
        assertEquals("sip.example.com", cfg.get("sip line2 proxy ip"));
        assertEquals("5070", cfg.get("sip line2 proxy port"));
        assertEquals("5070", cfg.get("sip line2 registrar port"));
    }

    @Test
    public void everyFileIsServedAsUtf8Text() {
        assertEquals(RenderedFile.TEXT_UTF8, common("aastra.cfg").contentType());
        assertEquals(RenderedFile.TEXT_UTF8, common("6731I.CFG").contentType());
        assertEquals(RenderedFile.TEXT_UTF8, MitelTestDevices.render(
                MitelTestDevices.golden("UTC")).contentType());
        String text = new String(golden("Asia/Kolkata"), StandardCharsets.UTF_8);
        assertTrue(text.contains("Müller"));
    }

    /** Common files take no device; even after a secret-laden device, none holds a secret. */
    @Test
    public void commonFilesHoldNoSecret() {
        MitelTestDevices.render(MitelTestDevices.golden("Asia/Tokyo"));
        for (String name : new String[] {"aastra.cfg", "6731i.cfg", "6867i.cfg", "6940.cfg"}) {
            String text = new String(common(name).body(), StandardCharsets.UTF_8);

            for (String secret : new String[] {MitelTestDevices.PASSWORD,
                MitelTestDevices.SECOND_PASSWORD, MitelTestDevices.ADMIN_PASSWORD, "1001",
                "pbx.example.com", "password"}) {
                assertFalse(name + " holds " + secret, text.contains(secret));
            }
            assertTrue(name, CfgLines.parse(common(name).body()).isEmpty());
        }
    }

    @Test
    public void renderingLogsNoSecret() {
        try (LogCapture log = new LogCapture()) {
            golden("Asia/Kolkata");

            assertFalse(log.all(), log.all().contains(MitelTestDevices.PASSWORD));
            assertFalse(log.all(), log.all().contains(MitelTestDevices.SECOND_PASSWORD));
            assertFalse(log.all(), log.all().contains(MitelTestDevices.ADMIN_PASSWORD));
            assertEquals(log.all(), 1, log.count("INFO", "00085da0b2c3", "key.3", "Reception"));
        }
    }

    @Test
    public void renderingTwiceGivesTheSameBytes() {
        assertArrayEquals(golden("Australia/Sydney"), golden("Australia/Sydney"));
    }

    @Test
    public void aRequestForAnotherMacIsRefused() {
        FileRequest request = generator.recognise("00085DFFFFFE.cfg", "").orElseThrow();
        DeviceConfig config = MitelTestDevices.golden("UTC");

        assertThrows(IllegalArgumentException.class,
                () -> generator.renderDevice(request, config));
        assertThrows(IllegalArgumentException.class, () -> generator.renderCommon(request));
        assertThrows(IllegalArgumentException.class, () -> generator.renderDevice(
                generator.recognise("aastra.cfg", "").orElseThrow(), config));
    }

    @Test
    public void aDeviceRequestWithoutMacIsAnsweredForTheDeviceGiven() {
        FileRequest request = FileRequest.device("00085DA0B2C3.cfg", Optional.empty(), false);

        Map<String, String> cfg = CfgLines.parse(generator.renderDevice(request,
                MitelTestDevices.golden("UTC")).body());

        assertEquals("1001", cfg.get("sip line1 user name"));
    }

    @Test
    public void identityAndFileNames() {
        assertEquals("mitel", generator.vendor());
        assertEquals("Mitel (Aastra)", generator.displayName());
        assertEquals(List.of("aastra.cfg", "<model>.cfg", "<MAC>.cfg"), generator.fileNames());
        assertEquals("00085DA0B2C3.cfg", MitelFileNames.deviceFile(Mac.parse("00085da0b2c3")));
    }

    /** The component description bnd writes: the generator is published under "mitel". */
    @Test
    public void componentIsPublishedWithTheVendorProperty() throws IOException {
        byte[] xml;
        try (InputStream in = getClass().getResourceAsStream("/OSGI-INF/"
                + MitelGenerator.class.getName() + ".xml")) {
            xml = in.readAllBytes();
        }
        Element property = (Element) StrictXml.parse(xml).getElementsByTagName("property")
                .item(0);
        Element provide = (Element) StrictXml.parse(xml).getElementsByTagName("provide")
                .item(0);

        assertEquals(ConfigGenerator.VENDOR, property.getAttribute("name"));
        assertEquals("mitel", property.getAttribute("value"));
        assertEquals(ConfigGenerator.class.getName(), provide.getAttribute("interface"));
    }

    private byte[] golden(String zone) {
        return MitelTestDevices.render(MitelTestDevices.golden(zone)).body();
    }

    private RenderedFile common(String name) {
        return generator.renderCommon(generator.recognise(name, "").orElseThrow());
    }
}
