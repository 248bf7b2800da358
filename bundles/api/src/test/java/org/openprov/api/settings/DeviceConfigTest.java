package org.openprov.api.settings;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.Test;
import org.openprov.api.registry.Device;
import org.openprov.api.registry.Mac;
import org.openprov.api.registry.SipLine;
import org.openprov.api.registry.Transport;

/** What {@link DeviceConfig} gives a generator, and what it keeps from people. */
public class DeviceConfigTest {

    private static final Mac MAC = Mac.parse("00:15:65:a1:b2:c3");

    @Test
    public void aDeviceAloneGivesItsOwnSettingsFromTheDevice() {
        DeviceConfig config = DeviceConfig.ofDevice(device(List.of(),
                Map.of("ntp.server", "pool.ntp.org", "codecs", "G722,PCMU")));

        assertEquals(Optional.of("pool.ntp.org"), config.value(Setting.NTP_SERVER));
        assertEquals(Optional.of("G722,PCMU"), config.value(Setting.CODECS));
        assertEquals(Optional.empty(), config.value(Setting.TIME_ZONE));
        assertEquals("device", config.resolved("ntp.server").orElseThrow().source());
        assertEquals(List.of("codecs", "ntp.server"), List.copyOf(config.values().keySet()));
        assertFalse(config.frozen());
    }

    @Test
    public void rawSettingsOfOneVendorLoseTheirPrefix() {
        DeviceConfig config = DeviceConfig.ofDevice(device(List.of(), Map.of(
                "raw.yealink.features.dnd", "1", "raw.yealink.Zeta", "z",
                "raw.yealinkx.other", "no", "raw.snom.dnd", "on", "ntp.server", "ntp")));

        assertEquals(Map.of("Zeta", "z", "features.dnd", "1"), config.raw("yealink"));
        assertEquals(List.of("Zeta", "features.dnd"), List.copyOf(config.raw("yealink")
                .keySet()));
        assertEquals(Map.of("dnd", "on"), config.raw("snom"));
        assertEquals(Map.of(), config.raw("polycom"));
    }

    @Test
    public void keysComeByPositionAndUnreadableOnesAreReported() {
        DeviceConfig config = DeviceConfig.ofDevice(device(List.of(), Map.of(
                "key.10", "dnd;line=1", "key.2", "blf;line=1;target=201",
                "key.1", "line;line=1", "key.3", "paging;line=1", "ntp.server", "ntp")));

        List<LineKey> keys = config.keys();

        assertEquals(List.of(1, 2, 10), keys.stream().map(LineKey::position).toList());
        assertEquals(KeyType.BLF, keys.get(1).type());
        assertEquals(List.of("key.3: Unknown key type 'paging'; the types are "
                + KeyType.ids() + "; the key is left out of the file"), config.problems());
    }

    @Test
    public void linesTakeServerPortAndTransportFromTheSettings() {
        DeviceConfig config = DeviceConfig.ofDevice(device(List.of(line(1, "", 0, null)),
                Map.of("sip.server", "pbx.example.com", "sip.port", "5070",
                        "sip.transport", "tls")));

        SipLine line = config.lines().get(0);

        assertEquals("pbx.example.com", line.server());
        assertEquals(5070, line.port());
        assertEquals(Transport.TLS, line.transport());
        assertEquals(List.of(), config.problems());
    }

    @Test
    public void linesDefaultTo5060OverUdp() {
        DeviceConfig config = DeviceConfig.ofDevice(device(List.of(line(1, "", 0, null)),
                Map.of("sip.server", "[2001:db8::10]")));

        SipLine line = config.lines().get(0);

        assertEquals("[2001:db8::10]", line.server());
        assertEquals(DeviceConfig.DEFAULT_SIP_PORT, line.port());
        assertEquals(5060, line.port());
        assertEquals(Transport.UDP, line.transport());
    }

    @Test
    public void aLinesOwnValuesWin() {
        DeviceConfig config = DeviceConfig.ofDevice(device(List.of(
                line(1, "own.example.com", 5080, Transport.TCP), line(2, "", 0, null)),
                Map.of("sip.server", "pbx.example.com", "sip.port", "5070",
                        "sip.transport", "tls")));

        List<SipLine> lines = config.lines();

        assertEquals("own.example.com", lines.get(0).server());
        assertEquals(5080, lines.get(0).port());
        assertEquals(Transport.TCP, lines.get(0).transport());
        assertEquals("pbx.example.com", lines.get(1).server());
        assertEquals(Transport.TLS, lines.get(1).transport());
    }

    @Test
    public void aLineWithoutAnyServerIsLeftOutAndNamed() {
        DeviceConfig config = DeviceConfig.ofDevice(device(List.of(
                line(1, "own.example.com", 0, null), line(2, "", 0, null)), Map.of()));

        assertEquals(List.of(1), config.lines().stream().map(SipLine::number).toList());
        assertEquals(List.of("line 2 has no SIP server and sip.server is not set; it is left"
                + " out of the file"), config.problems());
    }

    @Test
    public void maskingHidesPasswordsAndKeepsTheRest() {
        SipLine withPassword = line(1, "", 0, null);
        SipLine without = new SipLine(2, "1008", null, "", null, null, "", 0, null);
        DeviceConfig config = new DeviceConfig(device(List.of(withPassword, without),
                Map.of("admin.password", "Adm1n", "ntp.server", "ntp")), Map.of(
                        "user.password", new ResolvedValue("user.password", "1234",
                                Level.PROVIDER, "base", true),
                        "admin.password", ResolvedValue.onDevice("admin.password", "Adm1n"),
                        "sip.server", ResolvedValue.onDevice("sip.server", "pbx")), true);

        DeviceConfig masked = config.masked();

        assertEquals(List.of("********", ""), masked.device().lines().stream()
                .map(SipLine::password).toList());
        assertEquals("1007", masked.lines().get(0).userName());
        assertEquals("pbx", masked.lines().get(0).server());
        assertEquals(Map.of("admin.password", "********", "ntp.server", "ntp"),
                masked.device().settings());
        assertEquals(new ResolvedValue("user.password", "********", Level.PROVIDER, "base",
                true), masked.resolved("user.password").orElseThrow());
        assertEquals(Optional.of("********"), masked.value(Setting.ADMIN_PASSWORD));
        assertSame(config.resolved("sip.server").orElseThrow(),
                masked.resolved("sip.server").orElseThrow());
        assertTrue(masked.frozen());
        assertEquals(MAC, masked.device().mac());
        assertEquals("Adm1n", config.value(Setting.ADMIN_PASSWORD).orElseThrow());
    }

    @Test
    public void theDescriptionHoldsNoSecret() {
        DeviceConfig config = new DeviceConfig(device(List.of(line(1, "", 0, null)),
                Map.of("admin.password", "Adm1n")), Map.of("admin.password",
                        ResolvedValue.onDevice("admin.password", "Adm1n")), true);

        String text = config.toString();

        assertEquals("DeviceConfig[Device[001565a1b2c3 yealink T54W of acme/dental, 1 line(s)],"
                + " 1 setting(s), frozen]", text);
        assertFalse(text, text.contains("Adm1n") || text.contains("s3cret"));
    }

    @Test
    public void aConfigurationNeverChanges() {
        Map<String, ResolvedValue> values = new TreeMap<>(Map.of("lldp",
                ResolvedValue.onDevice("lldp", "on")));
        DeviceConfig config = new DeviceConfig(device(List.of(), Map.of()), values, false);

        values.put("vlan.id", ResolvedValue.onDevice("vlan.id", "10"));

        assertEquals(Optional.empty(), config.value(Setting.VLAN_ID));
        assertEquals(1, config.values().size());
    }

    @Test
    public void aSourceSaysLevelTemplateAndLock() {
        assertEquals("device", ResolvedValue.onDevice("lldp", "on").source());
        assertEquals("template base (provider, locked)", new ResolvedValue("lldp", "on",
                Level.PROVIDER, "base", true).source());
        assertEquals("template corp (platform)", new ResolvedValue("lldp", "on",
                Level.PLATFORM, "corp", false).source());
        assertEquals("", new ResolvedValue("lldp", "on", Level.CUSTOMER, null, false)
                .template());
        assertEquals("admin.password=******** from template base (customer, locked)",
                new ResolvedValue("admin.password", "s3cret", Level.CUSTOMER, "base", true)
                        .toString());
    }

    private static SipLine line(int number, String server, int port, Transport transport) {
        return new SipLine(number, String.valueOf(1006 + number), null, "s3cret", null, null,
                server, port, transport);
    }

    private static Device device(List<SipLine> lines, Map<String, String> settings) {
        return new Device(MAC, "acme", "dental", "yealink", "T54W", "desk 4",
                Instant.parse("2024-01-02T03:04:05Z"), false, Optional.empty(), lines,
                settings);
    }
}
