package org.openprov.vendor.polycom.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.Test;
import org.openprov.api.registry.Device;
import org.openprov.api.registry.SipLine;
import org.openprov.api.registry.Transport;
import org.openprov.api.settings.DeviceConfig;
import org.openprov.api.settings.Level;
import org.openprov.api.settings.ResolvedValue;
import org.openprov.api.settings.Setting;
import org.openprov.testing.Golden;

/**
 * A VVX 450 whose settings come from a platform, a provider and a customer template and from
 * the device itself: two lines, keys that spill onto its first expansion module, raw settings,
 * and a display name that needs escaping. Its file is kept as a golden file.
 */
public class PolycomTemplateStackTest {

    static final String GOLDEN = "polycom-0004f2a1b2c3-template-stack.cfg";

    private final RecordingNotes notes = new RecordingNotes();

    @Test
    public void fileMatchesGoldenFile() {
        Golden.assertSame(GOLDEN, render());
    }

    @Test
    public void eachLevelReachesTheFile() {
        Map<String, String> cfg = StrictXml.attributes(render());

        assertEquals("ntp.example.com", cfg.get("tcpIpApp.sntp.address"));
        assertEquals("pbx.example.com", cfg.get("reg.1.server.1.address"));
        assertEquals("French_France", cfg.get("lcl.ml.lang"));
        assertEquals(PolycomTestDevices.ADMIN_PASSWORD, cfg.get("device.auth.localAdminPassword"));
    }

    /** The provider's expiry reaches both lines; the device's raw value replaces it on line 1. */
    @Test
    public void theRawValueWinsOverTheTemplate() {
        Map<String, String> cfg = StrictXml.attributes(render());

        assertEquals("120", cfg.get("reg.1.server.1.expires"));
        assertEquals("300", cfg.get("reg.2.server.1.expires"));
    }

    @Test
    public void linesAreExplicitAndTheirNamesEscaped() {
        byte[] body = render();
        Map<String, String> cfg = StrictXml.attributes(body);
        String text = new String(body, StandardCharsets.UTF_8);

        assertEquals("5060", cfg.get("reg.1.server.1.port"));
        assertEquals("TCPOnly", cfg.get("reg.1.server.1.transport"));
        assertEquals("TLS", cfg.get("reg.2.server.1.transport"));
        assertEquals(PolycomTestDevices.DISPLAY_NAME, cfg.get("reg.1.displayName"));
        assertTrue(text.contains("Zoë &quot;Z&quot; Example &amp; &lt;Co&gt;"));
    }

    @Test
    public void keysSpillOntoTheFirstModuleAndTheRestIsNoted() {
        Map<String, String> cfg = StrictXml.attributes(render());

        assertEquals("BLF", cfg.get("lineKey.13.category"));
        assertEquals("EFK", cfg.get("lineKey.14.category"));
        assertFalse(cfg.containsKey("lineKey.15.category"));
        assertFalse(cfg.containsKey("lineKey.16.category"));
        assertEquals(List.of("key.15", "key.16", "key.250"), leftOut());
    }

    private List<String> leftOut() {
        return notes.warnings().stream().map(w -> w.replaceAll(".*: (key\\.[0-9]+) .*", "$1"))
                .toList();
    }

    private byte[] render() {
        return PolycomTestDevices.render(PolycomTestDevices.generator(notes), config());
    }

    /** @return the device and its values as the template service would resolve them */
    static DeviceConfig config() {
        SipLine first = new SipLine(1, "1001", "1001", PolycomTestDevices.PASSWORD,
                PolycomTestDevices.DISPLAY_NAME, "Zoë", "", 0, null);
        SipLine second = new SipLine(2, "1002", "auth-1002", "S3cret-1002", "Réception",
                "Desk", "sip.example.com", 5061, Transport.TLS);
        Device device = PolycomTestDevices.device("VVX450", List.of(first, second), Map.of(
                Setting.ADMIN_PASSWORD.key(), PolycomTestDevices.ADMIN_PASSWORD));
        List<ResolvedValue> values = new ArrayList<>();
        values.addAll(List.of(platform()));
        values.addAll(List.of(provider()));
        values.addAll(List.of(customer()));
        values.addAll(List.of(
                deviceValue(Setting.ADMIN_PASSWORD.key(), PolycomTestDevices.ADMIN_PASSWORD),
                deviceValue("key.1", "line;line=1"),
                deviceValue("key.2", "line;line=2;label=Desk line"),
                deviceValue("key.3", "blf;line=1;target=201;label=Reception & <Front>"),
                deviceValue("key.4", "speed-dial;target=0800123456;label=Help \"desk\""),
                deviceValue("key.5", "empty"),
                deviceValue("key.13", "blf;target=202;label=Zoë's office"),
                deviceValue("key.14", "speed-dial;target=*97"),
                deviceValue("key.15", "blf;line=2;target=203"),
                deviceValue("key.16", "dnd"),
                deviceValue("key.250", "line;line=1"),
                deviceValue("raw.polycom.reg.1.server.1.expires", "120")));
        return PolycomTestDevices.config(device, values.toArray(ResolvedValue[]::new));
    }

    private static ResolvedValue[] platform() {
        return new ResolvedValue[] {
            PolycomTestDevices.at(Level.PLATFORM, Setting.NTP_SERVER.key(), "ntp.example.com"),
            PolycomTestDevices.at(Level.PLATFORM, Setting.CODECS.key(), "G722,PCMU,PCMA"),
            PolycomTestDevices.at(Level.PLATFORM, Setting.LLDP.key(), "on"),
        };
    }

    private static ResolvedValue[] provider() {
        return new ResolvedValue[] {
            PolycomTestDevices.at(Level.PROVIDER, Setting.SIP_SERVER.key(), "pbx.example.com"),
            PolycomTestDevices.at(Level.PROVIDER, Setting.SIP_TRANSPORT.key(), "tcp"),
            PolycomTestDevices.at(Level.PROVIDER, Setting.SIP_REGISTRATION_EXPIRY.key(), "300"),
            PolycomTestDevices.at(Level.PROVIDER, Setting.SIP_OUTBOUND_PROXY.key(),
                    "sbc.example.com:5070"),
            PolycomTestDevices.at(Level.PROVIDER, Setting.TIME_ZONE.key(), "Europe/Paris"),
            PolycomTestDevices.at(Level.PROVIDER, Setting.VLAN_ID.key(), "20"),
            PolycomTestDevices.at(Level.PROVIDER, Setting.VLAN_PRIORITY.key(), "5"),
        };
    }

    private static ResolvedValue[] customer() {
        return new ResolvedValue[] {
            PolycomTestDevices.at(Level.CUSTOMER, Setting.LANGUAGE.key(), "fr"),
            PolycomTestDevices.at(Level.CUSTOMER, Setting.DATE_FORMAT.key(), "dmy"),
            PolycomTestDevices.at(Level.CUSTOMER, Setting.TIME_FORMAT.key(), "24h"),
            PolycomTestDevices.at(Level.CUSTOMER, Setting.VOICEMAIL_NUMBER.key(), "*97"),
            PolycomTestDevices.at(Level.CUSTOMER, Setting.DIAL_PLAN.key(), "[2-9]xxx|0T"),
            PolycomTestDevices.at(Level.CUSTOMER, Setting.USER_PASSWORD.key(),
                    PolycomTestDevices.USER_PASSWORD),
            PolycomTestDevices.at(Level.CUSTOMER, "raw.polycom.up.backlight.idleIntensity", "1"),
        };
    }

    private static ResolvedValue deviceValue(String name, String value) {
        return PolycomTestDevices.at(Level.DEVICE, name, value);
    }
}
