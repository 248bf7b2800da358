package org.openprov.vendor.yealink.internal;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
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
import org.openprov.api.settings.KeyType;
import org.openprov.testing.Golden;

public class YealinkGeneratorTest {

    private final YealinkGenerator generator = YealinkTestDevices.generator();

    @Test
    public void deviceFileMatchesGoldenFile() {
        Golden.assertSame("yealink-001565a1b2c3.cfg", renderGolden().body());
    }

    @Test
    public void commonFileMatchesGoldenFile() {
        FileRequest request = generator.recognise("y000000000096.cfg", "").orElseThrow();

        Golden.assertSame("yealink-y000000000096.cfg", generator.renderCommon(request).body());
    }

    @Test
    public void goldenFileFollowsYealinkRules() {
        RenderedFile file = renderGolden();
        Map<String, String> cfg = CfgLines.parse(file.body());

        assertEquals(RenderedFile.TEXT_UTF8, file.contentType());
        assertEquals(YealinkTestDevices.DISPLAY_NAME, cfg.get("account.1.display_name"));
        assertEquals(YealinkTestDevices.PASSWORD, cfg.get("account.1.password"));
        assertEquals("admin:" + YealinkTestDevices.ADMIN_PASSWORD,
                cfg.get("static.security.user_password:admin"));
        assertEquals("ntp.example.com", cfg.get("local_time.ntp_server1"));
        assertEquals("+1", cfg.get("local_time.time_zone"));
        assertEquals("3/5/7/2", cfg.get("local_time.start_time"));
        assertEquals("10/5/7/3", cfg.get("local_time.end_time"));
    }

    @Test
    public void everyLineHasExplicitServerPortAndTransport() {
        Map<String, String> cfg = CfgLines.parse(renderGolden().body());

        assertEquals("pbx.example.com", cfg.get("account.1.sip_server.1.address"));
        assertEquals("5060", cfg.get("account.1.sip_server.1.port"));
        assertEquals("0", cfg.get("account.1.sip_server.1.transport_type"));
        assertEquals("auth-1002", cfg.get("account.2.auth_name"));
        assertEquals("1002", cfg.get("account.2.user_name"));
        assertEquals("Desk", cfg.get("account.2.label"));
        assertEquals("5061", cfg.get("account.2.sip_server.1.port"));
        assertEquals("2", cfg.get("account.2.sip_server.1.transport_type"));
    }

    @Test
    public void accountsTheModelHasButTheDeviceDoesNotUseAreSwitchedOff() {
        Map<String, String> cfg = CfgLines.parse(renderGolden().body());

        assertEquals("1", cfg.get("account.2.enable"));
        for (int account = 3; account <= 16; account++) {
            assertEquals("account " + account, "0", cfg.get("account." + account + ".enable"));
        }
        assertFalse(cfg.containsKey("account.17.enable"));
    }

    @Test
    public void nonAsciiIsWrittenAsUtf8() {
        String text = new String(renderGolden().body(), StandardCharsets.UTF_8);

        assertTrue(text.contains("account.1.label = Zoë\n"));
        assertFalse(text.contains("&amp;"));
    }

    @Test
    public void unsetSettingsGiveNoLines() {
        SipLine line = new SipLine(1, "1001", null, null, null, null, "pbx.example.com", 5060,
                Transport.TCP);
        Device device = YealinkTestDevices.device("T31G", List.of(line), Map.of());

        Map<String, String> cfg = CfgLines.parse(render(device).body());

        assertTrue(cfg.keySet().stream().noneMatch(key -> key.startsWith("local_time.")));
        assertFalse(cfg.containsKey("static.security.user_password:admin"));
        assertEquals("", cfg.get("account.1.password"));
        assertEquals("1", cfg.get("account.1.sip_server.1.transport_type"));
        assertEquals("0", cfg.get("account.2.enable"));
    }

    @Test
    public void unknownModelGetsItsLinesAndNoSwitchedOffAccounts() {
        Device device = YealinkTestDevices.device("T99X", YealinkTestDevices.golden().lines(),
                Map.of());

        Map<String, String> cfg = CfgLines.parse(render(device).body());

        assertEquals("1", cfg.get("account.2.enable"));
        assertFalse(cfg.containsKey("account.3.enable"));
    }

    @Test
    public void renderingTwiceGivesTheSameBytes() {
        assertArrayEquals(renderGolden().body(), renderGolden().body());
    }

    @Test
    public void commonFileHasVersionLineAndNoParameterOrSecret() {
        FileRequest request = generator.recognise("y000000000096.cfg", "").orElseThrow();

        RenderedFile file = generator.renderCommon(request);

        assertEquals(Map.of(), CfgLines.parse(file.body()));
        assertEquals(RenderedFile.TEXT_UTF8, file.contentType());
        assertTrue(new String(file.body(), StandardCharsets.UTF_8).contains("family 96."));
    }

    @Test
    public void commonFileHoldsNoSecretEvenAfterDeviceFilesWithSecrets() {
        YealinkTestDevices.render(generator, YealinkTemplateStackTest.stack());
        FileRequest request = generator.recognise("y000000000096.cfg", "").orElseThrow();

        String text = new String(generator.renderCommon(request).body(),
                StandardCharsets.UTF_8);

        for (String secret : new String[] {YealinkTestDevices.PASSWORD,
            YealinkTestDevices.ADMIN_PASSWORD, "S3cret-1002", "Us3r-Pass", "password"}) {
            assertFalse(secret, text.contains(secret));
        }
        assertEquals(Map.of(), CfgLines.parse(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    public void keyRulesAreNotSharedBetweenCallers() {
        generator.keyRules().types().remove(KeyType.BLF);

        assertTrue(generator.keyRules().types().contains(KeyType.BLF));
        assertEquals(generator.keyRules(), generator.keyRules());
    }

    @Test
    public void deviceFileIsNotRenderedForAnotherDevicesName() {
        FileRequest other = FileRequest.device("001565000001.cfg",
                Optional.of(Mac.parse("001565000001")), true);

        DeviceConfig golden = YealinkTestDevices.config(YealinkTestDevices.golden());

        assertThrows(IllegalArgumentException.class, () -> generator.renderDevice(other, golden));
    }

    @Test
    public void kindsAreNotMixedUp() {
        FileRequest common = generator.recognise("y000000000096.cfg", "").orElseThrow();
        FileRequest device = generator.recognise("001565a1b2c3.cfg", "").orElseThrow();

        DeviceConfig golden = YealinkTestDevices.config(YealinkTestDevices.golden());

        assertThrows(IllegalArgumentException.class, () -> generator.renderDevice(common, golden));
        assertThrows(IllegalArgumentException.class, () -> generator.renderCommon(device));
    }

    @Test
    public void identifiesItself() {
        assertEquals("yealink", generator.vendor());
        assertEquals("Yealink", generator.displayName());
        assertEquals(List.of("y0000000000XX.cfg", "<mac>.cfg"), generator.fileNames());
    }

    private RenderedFile renderGolden() {
        return render(YealinkTestDevices.golden());
    }

    private RenderedFile render(Device device) {
        return YealinkTestDevices.render(generator, YealinkTestDevices.config(device));
    }
}
