package org.openprov.vendor.polycom.internal;

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
import org.openprov.api.settings.ResolvedValue;
import org.openprov.api.settings.Setting;
import org.openprov.api.settings.SettingKeys;

/** Devices, configurations and a fixed clock shared by the Poly tests. */
final class PolycomTestDevices {

    static final Mac MAC = Mac.parse("00:04:f2:a1:b2:c3");
    static final String DISPLAY_NAME = "Zoë \"Z\" Example & <Co>";
    static final String PASSWORD = "p&ss<w>rd\"1'";
    static final String ADMIN_PASSWORD = "Adm1n&<>\"'";
    static final String USER_PASSWORD = "Us3r-<secret>";
    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-01T00:00:00Z"), ZoneOffset.UTC);

    private PolycomTestDevices() {
    }

    /** @return a new generator on the fixed clock, logging its notes */
    static PolycomGenerator generator() {
        return new PolycomGenerator(CLOCK, RenderNotes.log());
    }

    /**
     * @param notes where the generator's notes go
     * @return a new generator on the fixed clock
     */
    static PolycomGenerator generator(RenderNotes notes) {
        return new PolycomGenerator(CLOCK, notes);
    }

    /** @return the device of the first golden file: two lines, NTP, Paris, admin password */
    static Device golden() {
        SipLine first = new SipLine(1, "1001", "1001", PASSWORD, DISPLAY_NAME, "Zoë",
                "pbx.example.com", 5060, Transport.UDP);
        SipLine second = new SipLine(2, "1002", "auth-1002", "S3cret-1002", "Reception",
                "Desk", "sip.example.com", 5061, Transport.TLS);
        return device("VVX450", List.of(first, second), Map.of(
                Setting.NTP_SERVER.key(), "ntp.example.com",
                Setting.TIME_ZONE.key(), "Europe/Paris",
                Setting.ADMIN_PASSWORD.key(), ADMIN_PASSWORD));
    }

    /**
     * @param model the model id
     * @param lines its lines
     * @param settings its own settings by key
     * @return a device of provider "acme", customer "hq"
     */
    static Device device(String model, List<SipLine> lines, Map<String, String> settings) {
        return new Device(MAC, "acme", "hq", "polycom", model, "", Instant.EPOCH, false,
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
     * @param displayName the line's display name
     * @return a one-line device with that display name and no settings
     */
    static DeviceConfig withDisplayName(String displayName) {
        SipLine line = new SipLine(1, "1001", "1001", "pw", displayName, "1001",
                "pbx.example.com", 5060, Transport.UDP);
        return DeviceConfig.ofDevice(device("VVX250", List.of(line), Map.of()));
    }

    /**
     * @param zone an IANA zone id
     * @return a device with no line and only that time zone
     */
    static DeviceConfig withZone(String zone) {
        return DeviceConfig.ofDevice(device("VVX250", List.of(),
                Map.of(Setting.TIME_ZONE.key(), zone)));
    }

    /**
     * @param generator the generator
     * @param config a device's configuration
     * @return its file's bytes, as the endpoint would obtain them
     */
    static byte[] render(PolycomGenerator generator, DeviceConfig config) {
        FileRequest request = generator.recognise(config.device().mac().hex()
                + "-openprov.cfg", "").orElseThrow();
        return generator.renderDevice(request, config).body();
    }

    /**
     * @param config a device's configuration
     * @param notes where the notes go
     * @return the parameters of its file, parsed strictly
     */
    static Map<String, String> attributes(DeviceConfig config, RenderNotes notes) {
        return StrictXml.attributes(render(generator(notes), config));
    }
}
