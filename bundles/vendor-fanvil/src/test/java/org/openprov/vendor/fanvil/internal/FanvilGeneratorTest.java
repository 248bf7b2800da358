package org.openprov.vendor.fanvil.internal;

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
import org.junit.Test;
import org.openprov.api.generator.FileRequest;
import org.openprov.api.generator.RenderedFile;
import org.openprov.api.registry.Device;
import org.openprov.api.registry.Mac;
import org.openprov.api.registry.SipLine;
import org.openprov.api.registry.Transport;
import org.openprov.api.settings.DeviceConfig;
import org.openprov.api.settings.Setting;
import org.openprov.testing.Golden;
import org.openprov.testing.LogCapture;

public class FanvilGeneratorTest {

    private static final String SIP = "SIP CONFIG MODULE|SIP Line List|";

    private final FanvilGenerator generator = FanvilTestDevices.generator();

    /** India: +5:30 without daylight saving. */
    @Test
    public void deviceFileInKolkataMatchesGoldenFile() {
        Golden.assertSame("fanvil-0c383ea1b2c3-kolkata.cfg", renderGolden("Asia/Kolkata"));
    }

    /** Southern hemisphere: daylight saving from October to April. */
    @Test
    public void deviceFileInSydneyMatchesGoldenFile() {
        Golden.assertSame("fanvil-0c383ea1b2c3-sydney.cfg", renderGolden("Australia/Sydney"));
    }

    /** Japan: +9 without daylight saving. */
    @Test
    public void deviceFileInTokyoMatchesGoldenFile() {
        Golden.assertSame("fanvil-0c383ea1b2c3-tokyo.cfg", renderGolden("Asia/Tokyo"));
    }

    @Test
    public void commonFileMatchesGoldenFile() {
        Golden.assertSame("fanvil-common-f0C00620000.cfg", renderCommon().body());
    }

    @Test
    public void goldenFileCarriesTheInputsUnchanged() {
        Map<String, String> cfg = CfgFile.parse(renderGolden("Asia/Tokyo"));

        assertEquals(FanvilTestDevices.DISPLAY_NAME, cfg.get(SIP + "SIP1 Display Name"));
        assertEquals(FanvilTestDevices.PASSWORD, cfg.get(SIP + "SIP1 Register Pswd"));
        assertEquals(FanvilTestDevices.ADMIN_PASSWORD,
                cfg.get("MMI CONFIG MODULE|MMI Account|Account1 Password"));
        assertEquals("OpenProv", cfg.get("PHONE FEATURE MODULE|Display Input|LCD Title"));
        assertEquals("1", cfg.get("MAINTENANCE CONFIG MODULE||Auto Server Digest"));
    }

    @Test
    public void everyLineHasExplicitServerPortAndTransport() {
        Map<String, String> cfg = CfgFile.parse(renderGolden("Asia/Tokyo"));

        assertEquals("1001", cfg.get(SIP + "SIP1 Phone Number"));
        assertEquals("1001", cfg.get(SIP + "SIP1 Register User"));
        assertEquals("pbx.example.com", cfg.get(SIP + "SIP1 Register Addr"));
        assertEquals("5060", cfg.get(SIP + "SIP1 Register Port"));
        assertEquals("0", cfg.get(SIP + "SIP1 Transport"));
        assertEquals("auth-1002", cfg.get(SIP + "SIP2 Register User"));
        assertEquals("sip.example.com", cfg.get(SIP + "SIP2 Register Addr"));
        assertEquals("5061", cfg.get(SIP + "SIP2 Register Port"));
        assertEquals("3", cfg.get(SIP + "SIP2 Transport"));
        assertEquals("1", cfg.get(SIP + "SIP2 Enable Reg"));
    }

    @Test
    public void unsetSettingsGiveNoParameters() {
        SipLine line = new SipLine(1, "1001", null, null, null, null, "pbx.example.com", 5060,
                Transport.TCP);
        Device device = FanvilTestDevices.device("X4U", List.of(line), Map.of());

        Map<String, String> expected = new LinkedHashMap<>();
        expected.put(SIP + "SIP1 Phone Number", "1001");
        expected.put(SIP + "SIP1 Display Name", "1001");
        expected.put(SIP + "SIP1 Register Addr", "pbx.example.com");
        expected.put(SIP + "SIP1 Register Port", "5060");
        expected.put(SIP + "SIP1 Register User", "1001");
        expected.put(SIP + "SIP1 Register Pswd", "");
        expected.put(SIP + "SIP1 Enable Reg", "1");
        expected.put(SIP + "SIP1 Transport", "1");
        expected.put("MAINTENANCE CONFIG MODULE||Auto Server Digest", "1");
        assertEquals(expected, FanvilTestDevices.parameters(DeviceConfig.ofDevice(device)));
    }

    /** The padding of the phone's export: indexed names keep their index, then 19 columns. */
    @Test
    public void namesArePaddedAsThePhoneExportsThem() {
        String text = new String(renderGolden("Asia/Tokyo"), StandardCharsets.UTF_8);

        assertTrue(text, text.contains("\r\n<SIP CONFIG MODULE>\r\n--SIP Line List--  :\r\n"
                + "SIP1 Phone Number       :1001\r\n"));
        assertTrue(text, text.contains("\r\nFkey1 Type               :2\r\n"));
        assertTrue(text, text.contains("\r\nAccount1 Password           :"));
        assertTrue(text, text.contains("\r\n--DateTime Config--:\r\nEnable SNTP        :1\r\n"));
        assertTrue(text, text.contains("\r\nAuto Server Digest :1\r\n"));
    }

    @Test
    public void filesAreServedAsUtf8Text() {
        FileRequest request = generator.recognise("0c383ea1b2c3.cfg", "").orElseThrow();

        assertEquals(RenderedFile.TEXT_UTF8, generator.renderDevice(request,
                FanvilTestDevices.golden("UTC")).contentType());
        assertEquals(RenderedFile.TEXT_UTF8, renderCommon().contentType());
    }

    @Test
    public void renderingTwiceGivesTheSameBytes() {
        assertArrayEquals(renderGolden("Australia/Sydney"), renderGolden("Australia/Sydney"));
    }

    /** Rendered after a device full of secrets, the common file still holds none of them. */
    @Test
    public void commonFileHoldsNoSecret() {
        renderGolden("Asia/Tokyo");
        FanvilTestDevices.render(generator, FanvilTestDevices.twoLines("X4U",
                FanvilTestDevices.at(Setting.USER_PASSWORD.key(),
                        FanvilTestDevices.USER_PASSWORD),
                FanvilTestDevices.at("raw.fanvil.SIP_CONFIG_MODULE.SIP_Line_List"
                        + ".SIP1_Register_Pswd", "raw-s3cret")));
        String text = new String(renderCommon().body(), StandardCharsets.UTF_8);

        assertEquals(Map.of("MAINTENANCE CONFIG MODULE||Auto Server Digest", "1"),
                CfgFile.parse(renderCommon().body()));
        for (String secret : List.of(FanvilTestDevices.PASSWORD,
                FanvilTestDevices.ADMIN_PASSWORD, FanvilTestDevices.USER_PASSWORD,
                "S3cret-1002", "raw-s3cret", "pw-1001",
                "Pswd", "Password", "SIP1", FanvilTestDevices.MAC.hex())) {
            assertFalse(secret, text.contains(secret));
        }
    }

    /** The log of a full rendering names device and keys but never a password. */
    @Test
    public void noLogLineCarriesASecret() {
        try (LogCapture log = new LogCapture()) {
            renderGolden("Asia/Kolkata");

            assertTrue(log.all(), log.count("WARN", FanvilTestDevices.MAC.hex(), "key.35") == 1);
            for (String secret : List.of(FanvilTestDevices.PASSWORD,
                    FanvilTestDevices.ADMIN_PASSWORD, "S3cret-1002", "Adm1n")) {
                assertFalse(secret, log.all().contains(secret));
            }
        }
    }

    @Test
    public void deviceFileIsNotRenderedForAnotherDevicesName() {
        FileRequest other = FileRequest.device("0c383e000001.cfg",
                Optional.of(Mac.parse("0c383e000001")), true);

        assertThrows(IllegalArgumentException.class,
                () -> generator.renderDevice(other, FanvilTestDevices.golden("UTC")));
    }

    @Test
    public void kindsAreNotMixedUp() {
        FileRequest common = generator.recognise("f0C00620000.cfg", "").orElseThrow();
        FileRequest device = generator.recognise("0c383ea1b2c3.cfg", "").orElseThrow();

        assertThrows(IllegalArgumentException.class,
                () -> generator.renderDevice(common, FanvilTestDevices.golden("UTC")));
        assertThrows(IllegalArgumentException.class, () -> generator.renderCommon(device));
    }

    @Test
    public void identifiesItself() {
        assertEquals("fanvil", generator.vendor());
        assertEquals("Fanvil", generator.displayName());
        assertEquals(List.of("f0<hardware id>.cfg", "<mac>.cfg"), generator.fileNames());
    }

    /** The preview command replaces <mac> and asks for device files only. */
    @Test
    public void fileNamesWithTheMacAreRecognisedAsTheDeviceFile() {
        List<FileRequest> files = generator.fileNames().stream()
                .map(n -> n.replace("<mac>", FanvilTestDevices.MAC.hex()))
                .map(n -> generator.recognise(n, "")).flatMap(Optional::stream).toList();

        assertEquals(1, files.size());
        assertEquals(Optional.of(FanvilTestDevices.MAC), files.get(0).mac());
    }

    private byte[] renderGolden(String zone) {
        return FanvilTestDevices.render(generator, FanvilTestDevices.golden(zone));
    }

    private RenderedFile renderCommon() {
        return generator.renderCommon(generator.recognise("f0C00620000.cfg", "").orElseThrow());
    }
}
