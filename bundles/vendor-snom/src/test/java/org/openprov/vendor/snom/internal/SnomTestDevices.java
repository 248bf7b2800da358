package org.openprov.vendor.snom.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openprov.api.generator.FileRequest;
import org.openprov.api.registry.Device;
import org.openprov.api.registry.Mac;
import org.openprov.api.registry.SipLine;
import org.openprov.api.registry.Transport;
import org.openprov.api.settings.DeviceConfig;
import org.openprov.api.settings.Level;
import org.openprov.api.settings.ProvisioningAccess;
import org.openprov.api.settings.ResolvedValue;
import org.openprov.api.settings.Setting;
import org.openprov.api.settings.SettingKeys;
import org.openprov.testing.StrictXml;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Devices, configurations, a fixed clock and document readers shared by the Snom tests. */
final class SnomTestDevices {

    static final Mac MAC = Mac.parse("00:04:13:a1:b2:c3");
    static final String DISPLAY_NAME = "Zoë \"Z\" Müller & <Co>";
    static final String PASSWORD = "p&ss<w>rd\"1'";
    static final String ADMIN_PASSWORD = "Adm1n&<>\"'";
    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-01T00:00:00Z"), ZoneOffset.UTC);
    /** The endpoint's base for phone files in the access tests. */
    static final String SERVER = "https://prov.example.net:8443/prov/";
    /** A fetch token as the endpoint makes them: letters and digits. */
    static final String TOKEN = "Tk7q2ZpX9mWc4RbN8vLd3HsJ6yFa1GeU";
    /** A fetch password as the endpoint makes them: letters and digits. */
    static final String FETCH_PASSWORD = "Fp4Xk9Qm2Wz7Rt5Yb8Nc";

    private SnomTestDevices() {
    }

    /** @return a new generator on the fixed clock */
    static SnomGenerator generator() {
        return new SnomGenerator(CLOCK);
    }

    /**
     * @param model the model id
     * @param lines its lines
     * @param settings its own settings by key
     * @return a device of provider "acme", customer "hq"
     */
    static Device device(String model, List<SipLine> lines, Map<String, String> settings) {
        return new Device(MAC, "acme", "hq", "snom", model, "", Instant.EPOCH, false,
                Optional.empty(), lines, settings);
    }

    /**
     * @param number the line number
     * @param user its SIP user
     * @return a line that takes server, port and transport from the settings
     */
    static SipLine line(int number, String user) {
        return new SipLine(number, user, null, "pw-" + user, null, null, "", 0, null);
    }

    /**
     * @param level where the value is set
     * @param name the setting's canonical name
     * @param value the value as typed; vocabulary values are made canonical
     * @return the value as the template service resolves it
     */
    static ResolvedValue at(Level level, String name, String value) {
        String canonical = SettingKeys.validate(name, value);
        String template = level == Level.DEVICE ? "" : level.id() + "-base";
        return new ResolvedValue(name, canonical, level, template, false);
    }

    /**
     * @param name a setting's canonical name
     * @param value its value as typed
     * @return the value set at customer level
     */
    static ResolvedValue at(String name, String value) {
        return at(Level.CUSTOMER, name, value);
    }

    /**
     * @param device a device
     * @param values its resolved values
     * @return its configuration, not frozen
     */
    static DeviceConfig config(Device device, ResolvedValue... values) {
        Map<String, ResolvedValue> map = new LinkedHashMap<>();
        for (ResolvedValue value : values) {
            map.put(value.name(), value);
        }
        return new DeviceConfig(device, map, false);
    }

    /**
     * @param model a model id
     * @param values its resolved values
     * @return a device of that model with lines 1 and 2 on pbx.example.com and those values
     */
    static DeviceConfig twoLines(String model, ResolvedValue... values) {
        List<SipLine> lines = List.of(line(1, "1001"), line(2, "1002"));
        ResolvedValue[] all = new ResolvedValue[values.length + 1];
        all[0] = at(Level.PLATFORM, Setting.SIP_SERVER.key(), "pbx.example.com");
        System.arraycopy(values, 0, all, 1, values.length);
        return config(device(model, lines, Map.of()), all);
    }

    /**
     * @param zone an IANA zone id
     * @return a D785 with no line and only that time zone
     */
    static DeviceConfig withZone(String zone) {
        return DeviceConfig.ofDevice(device("D785", List.of(),
                Map.of(Setting.TIME_ZONE.key(), zone)));
    }

    /**
     * @return the device of the golden files: a D785 with two lines, NTP, admin password and
     *         five keys, the last two on its first expansion module
     */
    static Device golden() {
        SipLine first = new SipLine(1, "1001", "1001", PASSWORD, DISPLAY_NAME, "Zoë",
                "pbx.example.com", 5060, Transport.UDP);
        SipLine second = new SipLine(2, "1002", "auth-1002", "S3cret-1002", "Reception",
                "Desk", "sip.example.com", 5061, Transport.TLS);
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put(Setting.NTP_SERVER.key(), "ntp.example.com");
        settings.put(Setting.ADMIN_PASSWORD.key(), ADMIN_PASSWORD);
        settings.put(Setting.VOICEMAIL_NUMBER.key(), "*98");
        settings.put("key.1", "line;line=1;label=Zoë");
        settings.put("key.2", "line;line=2;label=Desk");
        settings.put("key.3", "blf;line=1;target=201;label=Bob \"B\" & <Co>");
        settings.put("key.25", "speed-dial;line=2;target=0800123456;label=Help desk line");
        settings.put("key.26", "dnd;line=1");
        return device("D785", List.of(first, second), settings);
    }

    /**
     * @param zone an IANA zone
     * @return the golden device with that time zone
     */
    static DeviceConfig golden(String zone) {
        Device device = golden();
        Map<String, String> settings = new LinkedHashMap<>(device.settings());
        settings.put(Setting.TIME_ZONE.key(), zone);
        return DeviceConfig.ofDevice(new Device(device.mac(), device.providerName(),
                device.customerName(), device.vendor(), device.model(), device.label(),
                device.createdAt(), device.provisioningPlus(), device.firstDeliveredAt(),
                device.lines(), settings));
    }

    /**
     * @param password whether fetches need the device's user name and password
     * @param token whether the URL carries the device's token
     * @param bootstrap whether the file is a first-contact bootstrap
     * @return the golden device's fetch access
     */
    static ProvisioningAccess access(boolean password, boolean token, boolean bootstrap) {
        return new ProvisioningAccess(SERVER, token ? TOKEN : "", password ? MAC.hex() : "",
                password ? FETCH_PASSWORD : "", bootstrap);
    }

    /**
     * @param generator the generator
     * @param config a device's configuration
     * @return its settings file's bytes, as the endpoint would obtain them
     */
    static byte[] render(SnomGenerator generator, DeviceConfig config) {
        FileRequest request = generator.recognise(SnomFileNames.deviceXml(config.device().mac()),
                "").orElseThrow();
        return generator.renderDevice(request, config).body();
    }

    /**
     * @param config a device's configuration
     * @return its phone settings, parsed strictly, by name or {@code name[idx]}
     */
    static Map<String, String> settings(DeviceConfig config) {
        return settings(StrictXml.parse(render(generator(), config)));
    }

    /**
     * @param document a parsed settings document
     * @return its phone settings by name or {@code name[idx]}, checking each has perm="R"
     */
    static Map<String, String> settings(Document document) {
        Map<String, String> settings = new LinkedHashMap<>();
        NodeList phone = document.getElementsByTagName("phone-settings");
        NodeList children = ((Element) phone.item(0)).getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element e) {
                if (!"R".equals(e.getAttribute("perm"))) {
                    throw new AssertionError(e.getTagName() + " is not perm=\"R\"");
                }
                String idx = e.getAttribute("idx");
                String name = idx.isEmpty() ? e.getTagName() : e.getTagName() + "[" + idx + "]";
                if (settings.put(name, e.getTextContent()) != null) {
                    throw new AssertionError(name + " is written twice");
                }
            }
        }
        return settings;
    }

    /**
     * @param config a device's configuration
     * @return its function keys as {@code idx|context|label|value}, in document order
     */
    static List<String> keys(DeviceConfig config) {
        Document document = StrictXml.parse(render(generator(), config));
        NodeList fkeys = document.getElementsByTagName("fkey");
        List<String> keys = new java.util.ArrayList<>();
        for (int i = 0; i < fkeys.getLength(); i++) {
            Element e = (Element) fkeys.item(i);
            keys.add(e.getAttribute("idx") + "|" + e.getAttribute("context") + "|"
                    + e.getAttribute("label") + "|" + e.getTextContent());
        }
        return keys;
    }
}
