package org.openprov.vendor.grandstream.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.openprov.api.generator.RenderedFile;
import org.openprov.api.registry.Device;
import org.openprov.api.registry.Mac;
import org.openprov.api.registry.SipLine;
import org.openprov.api.registry.Transport;
import org.openprov.api.settings.DeviceConfig;
import org.openprov.api.settings.Level;
import org.openprov.api.settings.ResolvedValue;
import org.openprov.api.settings.SettingKeys;
import org.openprov.testing.StrictXml;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** Devices, configurations, a fixed clock and a file reader shared by the Grandstream tests. */
final class GrandstreamTestDevices {

    static final Mac MAC = Mac.parse("00:0B:82:A1:B2:C3");
    static final String DISPLAY_NAME = "Zoë \"Z\" Müller & <Co>";
    static final String PASSWORD = "p&ss<w>rd\"1'";
    static final String ADMIN_PASSWORD = "Adm1nSecret42";
    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-01T00:00:00Z"), ZoneOffset.UTC);

    private GrandstreamTestDevices() {
    }

    /** @return a new generator on the fixed clock */
    static GrandstreamGenerator generator() {
        return new GrandstreamGenerator(CLOCK);
    }

    /** @return line 1 of the golden device: the display name that needs escaping, UDP */
    static SipLine first() {
        return new SipLine(1, "1001", "1001", PASSWORD, DISPLAY_NAME, "Zoë", "pbx.example.com",
                5060, Transport.UDP);
    }

    /** @return line 2 of the golden device: its own server, port 5061, TLS */
    static SipLine second() {
        return new SipLine(2, "1002", "auth-1002", "S3cret-1002", "Reception", "Desk",
                "sip.example.com", 5061, Transport.TLS);
    }

    /**
     * @param zone an IANA zone
     * @return the configuration of the golden GXP2170: two lines, keys on the phone and on an
     *         expansion module, NTP, the zone, an admin password, codecs and a raw dial plan
     */
    static DeviceConfig golden(String zone) {
        Device device = device("GXP2170", List.of(first(), second()), Map.of());
        return new Stack().provider("ntp.server", "ntp.example.com")
                .provider("codecs", "G722,PCMU")
                .customer("time.zone", zone)
                .device("admin.password", ADMIN_PASSWORD)
                .device("key.1", "line;line=1;label=Zoë")
                .device("key.2", "line;line=2;label=Desk")
                .device("key.3", "blf;line=1;target=201;label=Reception Desk")
                .device("key.13", "speed-dial;line=1;target=0800123456;label=Help")
                .device("key.14", "call-park;line=2;target=700;label=Park")
                .device("key.49", "blf;line=1;target=301;label=Ann & <Bo>")
                .device("raw.grandstream.P290", "{ x+ | \\+x+ | *x+ }")
                .on(device);
    }

    /**
     * @param model the model id
     * @param lines its lines
     * @param settings its settings by key
     * @return a device of provider "acme", customer "hq"
     */
    static Device device(String model, List<SipLine> lines, Map<String, String> settings) {
        return new Device(MAC, "acme", "hq", "grandstream", model, "", Instant.EPOCH, false,
                Optional.empty(), lines, settings);
    }

    /**
     * @param model the model id
     * @return a device of that model with line 1 on pbx.example.com and no settings
     */
    static Device oneLine(String model) {
        return device(model, List.of(new SipLine(1, "1001", "1001", "pw", "Ann", "1001",
                "pbx.example.com", 5060, Transport.UDP)), Map.of());
    }

    /**
     * @param device a device
     * @param settings settings as an administrator types them, name then value
     * @return its configuration with those settings at device level
     */
    static DeviceConfig config(Device device, String... settings) {
        Stack stack = new Stack();
        for (int i = 0; i < settings.length; i += 2) {
            stack.device(settings[i], settings[i + 1]);
        }
        return stack.on(device);
    }

    /**
     * @param generator the generator
     * @param config a device's configuration
     * @return its device file, requested by its own name
     */
    static RenderedFile render(GrandstreamGenerator generator, DeviceConfig config) {
        String name = "cfg" + config.device().mac().hex() + ".xml";
        return generator.renderDevice(generator.recognise(name, "").orElseThrow(), config);
    }

    /**
     * @param config a device's configuration
     * @return its file's parameters read with a strict XML parser, {@code P47} to value, in
     *         file order; the {@code <mac>} header under the key {@code mac}
     */
    static Map<String, String> parameters(DeviceConfig config) {
        return parameters(render(generator(), config).body());
    }

    /**
     * @param body a rendered file
     * @return its parameters, as {@link #parameters(DeviceConfig)}
     */
    static Map<String, String> parameters(byte[] body) {
        Element root = StrictXml.parse(body).getDocumentElement();
        Map<String, String> values = new LinkedHashMap<>();
        NodeList macs = root.getElementsByTagName("mac");
        if (macs.getLength() > 0) {
            values.put("mac", macs.item(0).getTextContent());
        }
        NodeList params = ((Element) root.getElementsByTagName("config").item(0))
                .getChildNodes();
        for (int i = 0; i < params.getLength(); i++) {
            Node node = params.item(i);
            if (node.getNodeType() == Node.ELEMENT_NODE) {
                values.merge(node.getNodeName(), node.getTextContent(), (a, b) -> {
                    throw new AssertionError("parameter " + node.getNodeName() + " twice");
                });
            }
        }
        return values;
    }

    /**
     * A template stack: values as the resolver hands them over, each checked and made
     * canonical by the API's own rules, with the level and template that set it.
     */
    static final class Stack {

        private final Map<String, ResolvedValue> values = new TreeMap<>();

        Stack provider(String name, String value) {
            return put(name, value, Level.PROVIDER, "acme-voice");
        }

        Stack customer(String name, String value) {
            return put(name, value, Level.CUSTOMER, "hq-desks");
        }

        Stack device(String name, String value) {
            return put(name, value, Level.DEVICE, "");
        }

        private Stack put(String name, String value, Level level, String template) {
            String key = SettingKeys.name(name);
            values.put(key, new ResolvedValue(key, SettingKeys.validate(key, value), level,
                    template, false));
            return this;
        }

        DeviceConfig on(Device device) {
            return new DeviceConfig(device, values, false);
        }
    }
}
