package org.openprov.vendor.polycom.internal;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.Test;
import org.openprov.api.generator.FileRequest;
import org.openprov.api.generator.RenderedFile;
import org.openprov.api.registry.Device;
import org.openprov.api.registry.Mac;
import org.openprov.api.registry.SipLine;
import org.openprov.api.registry.Transport;
import org.openprov.api.settings.DeviceConfig;
import org.w3c.dom.Element;
import org.openprov.testing.Golden;

public class PolycomGeneratorTest {

    private final PolycomGenerator generator = PolycomTestDevices.generator();

    @Test
    public void deviceFileMatchesGoldenFile() {
        Golden.assertSame("polycom-0004f2a1b2c3-openprov.cfg", renderGolden());
    }

    @Test
    public void masterFileMatchesGoldenFile() {
        Golden.assertSame("polycom-000000000000.cfg", renderMaster().body());
    }

    @Test
    public void goldenFileIsStrictXmlWithTheInputsAsAttributeValues() {
        byte[] body = renderGolden();
        Element root = StrictXml.root(body);
        Map<String, String> cfg = StrictXml.attributes(body);

        assertEquals("polycomConfig", root.getTagName());
        assertFalse(root.hasChildNodes());
        assertEquals(PolycomTestDevices.DISPLAY_NAME, cfg.get("reg.1.displayName"));
        assertEquals(PolycomTestDevices.PASSWORD, cfg.get("reg.1.auth.password"));
        assertEquals("Zoë", cfg.get("reg.1.label"));
        assertEquals(PolycomTestDevices.ADMIN_PASSWORD,
                cfg.get("device.auth.localAdminPassword"));
        assertEquals("1", cfg.get("device.auth.localAdminPassword.set"));
        assertEquals("1", cfg.get("device.set"));
    }

    @Test
    public void everyLineHasExplicitServerPortAndTransport() {
        Map<String, String> cfg = StrictXml.attributes(renderGolden());

        assertEquals("1001", cfg.get("reg.1.address"));
        assertEquals("1001", cfg.get("reg.1.auth.userId"));
        assertEquals("pbx.example.com", cfg.get("reg.1.server.1.address"));
        assertEquals("5060", cfg.get("reg.1.server.1.port"));
        assertEquals("UDPOnly", cfg.get("reg.1.server.1.transport"));
        assertEquals("1002", cfg.get("reg.2.address"));
        assertEquals("auth-1002", cfg.get("reg.2.auth.userId"));
        assertEquals("Desk", cfg.get("reg.2.label"));
        assertEquals("5061", cfg.get("reg.2.server.1.port"));
        assertEquals("TLS", cfg.get("reg.2.server.1.transport"));
    }

    @Test
    public void timeSettingsOverrideDhcp() {
        Map<String, String> cfg = StrictXml.attributes(renderGolden());

        assertEquals("ntp.example.com", cfg.get("tcpIpApp.sntp.address"));
        assertEquals("1", cfg.get("tcpIpApp.sntp.address.overrideDHCP"));
        assertEquals("3600", cfg.get("tcpIpApp.sntp.gmtOffset"));
        assertEquals("1", cfg.get("tcpIpApp.sntp.gmtOffset.overrideDHCP"));
    }

    @Test
    public void unsetSettingsGiveNoAttributes() {
        SipLine line = new SipLine(1, "1001", null, null, null, null, "pbx.example.com", 5060,
                Transport.TCP);
        Device device = PolycomTestDevices.device("VVX250", List.of(line), Map.of());

        Map<String, String> cfg = StrictXml.attributes(
                PolycomTestDevices.render(generator, DeviceConfig.ofDevice(device)));

        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("device.set", "1");
        expected.put("reg.1.address", "1001");
        expected.put("reg.1.auth.userId", "1001");
        expected.put("reg.1.auth.password", "");
        expected.put("reg.1.displayName", "1001");
        expected.put("reg.1.label", "1001");
        expected.put("reg.1.server.1.address", "pbx.example.com");
        expected.put("reg.1.server.1.port", "5060");
        expected.put("reg.1.server.1.transport", "TCPOnly");
        assertEquals(expected, cfg);
    }

    @Test
    public void deviceFileIsServedAsXml() {
        FileRequest request = generator.recognise("0004f2a1b2c3-openprov.cfg", "").orElseThrow();

        RenderedFile file = generator.renderDevice(request, golden());

        assertEquals(RenderedFile.XML_UTF8, file.contentType());
    }

    @Test
    public void renderingTwiceGivesTheSameBytes() {
        assertArrayEquals(renderGolden(), renderGolden());
    }

    @Test
    public void masterFileNamesTheDeviceFileAndNothingElse() {
        RenderedFile file = renderMaster();
        Element root = StrictXml.root(file.body());
        Map<String, String> master = StrictXml.attributes(file.body());

        assertEquals("APPLICATION", root.getTagName());
        assertEquals(RenderedFile.XML_UTF8, file.contentType());
        assertEquals("sip.ld", master.remove("APP_FILE_PATH"));
        assertEquals("[PHONE_MAC_ADDRESS]-openprov.cfg", master.remove("CONFIG_FILES"));
        assertEquals(Set.of("MISC_FILES", "LOG_FILE_DIRECTORY", "OVERRIDES_DIRECTORY",
                "CONTACTS_DIRECTORY", "LICENSE_DIRECTORY"), master.keySet());
        assertTrue(master.values().stream().allMatch(String::isEmpty));
    }

    /** Rendered after devices full of secrets, the master still holds none of them. */
    @Test
    public void masterFileHoldsNoSecret() {
        renderGolden();
        PolycomTestDevices.render(generator, PolycomTemplateStackTest.config());
        String text = new String(renderMaster().body(), StandardCharsets.UTF_8);

        assertFalse(text.contains("assword"));
        assertFalse(text.contains("reg."));
        assertFalse(text.contains(PolycomTestDevices.MAC.hex()));
        for (String secret : List.of(PolycomTestDevices.PASSWORD,
                PolycomTestDevices.ADMIN_PASSWORD, PolycomTestDevices.USER_PASSWORD,
                "S3cret-1002", "p&amp;ss", "Adm1n", "Us3r")) {
            assertFalse(secret, text.contains(secret));
        }
    }

    /** Every file this generator writes parses with a strict parser that fails on anything. */
    @Test
    public void everyFileIsStrictXml() {
        for (byte[] body : List.of(renderMaster().body(), renderGolden(),
                PolycomTestDevices.render(generator, PolycomTemplateStackTest.config()),
                PolycomTestDevices.render(generator, PolycomTestDevices.withZone("UTC")))) {
            assertFalse(StrictXml.attributes(body).isEmpty());
        }
    }

    @Test
    public void deviceFileIsNotRenderedForAnotherDevicesName() {
        FileRequest other = FileRequest.device("0004f2000001-openprov.cfg",
                Optional.of(Mac.parse("0004f2000001")), true);

        assertThrows(IllegalArgumentException.class,
                () -> generator.renderDevice(other, golden()));
    }

    @Test
    public void kindsAreNotMixedUp() {
        FileRequest master = generator.recognise("000000000000.cfg", "").orElseThrow();
        FileRequest device = generator.recognise("0004f2a1b2c3-openprov.cfg", "").orElseThrow();

        assertThrows(IllegalArgumentException.class,
                () -> generator.renderDevice(master, golden()));
        assertThrows(IllegalArgumentException.class, () -> generator.renderCommon(device));
    }

    @Test
    public void identifiesItself() {
        assertEquals("polycom", generator.vendor());
        assertEquals("Poly", generator.displayName());
        assertEquals(List.of("000000000000.cfg", "<mac>-openprov.cfg"), generator.fileNames());
    }

    private byte[] renderGolden() {
        return PolycomTestDevices.render(generator, golden());
    }

    private static DeviceConfig golden() {
        return DeviceConfig.ofDevice(PolycomTestDevices.golden());
    }

    private RenderedFile renderMaster() {
        return generator.renderCommon(generator.recognise("000000000000.cfg", "").orElseThrow());
    }
}
