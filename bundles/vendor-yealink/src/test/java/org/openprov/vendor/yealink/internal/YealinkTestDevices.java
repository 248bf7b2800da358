package org.openprov.vendor.yealink.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
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
import org.openprov.api.settings.Setting;
import org.openprov.api.settings.SettingKeys;

/** Devices, configurations and a fixed clock shared by the Yealink tests. */
final class YealinkTestDevices {

    static final Mac MAC = Mac.parse("00:15:65:a1:b2:c3");
    static final String DISPLAY_NAME = "Zoë \"Z\" Example & <Co>";
    static final String PASSWORD = "p&ss<w>rd\"1'";
    static final String ADMIN_PASSWORD = "Adm1n&<>\"'";
    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-01T00:00:00Z"), ZoneOffset.UTC);

    private YealinkTestDevices() {
    }

    /** @return a new generator on the fixed clock */
    static YealinkGenerator generator() {
        return new YealinkGenerator(CLOCK);
    }

    /** @return the device of the golden file: two lines, NTP, Europe/Paris, admin password */
    static Device golden() {
        SipLine first = new SipLine(1, "1001", "1001", PASSWORD, DISPLAY_NAME, "Zoë",
                "pbx.example.com", 5060, Transport.UDP);
        SipLine second = new SipLine(2, "1002", "auth-1002", "S3cret-1002", "Reception",
                "Desk", "sip.example.com", 5061, Transport.TLS);
        return device("T54W", List.of(first, second), Map.of(
                Setting.NTP_SERVER.key(), "ntp.example.com",
                Setting.TIME_ZONE.key(), "Europe/Paris",
                Setting.ADMIN_PASSWORD.key(), ADMIN_PASSWORD));
    }

    /**
     * @param model the model id
     * @param lines its lines
     * @param settings its settings by key
     * @return a device of provider "acme", customer "hq"
     */
    static Device device(String model, List<SipLine> lines, Map<String, String> settings) {
        return new Device(MAC, "acme", "hq", "yealink", model, "", Instant.EPOCH, false,
                Optional.empty(), lines, settings);
    }

    /**
     * @param model the model id
     * @return a device of that model with one line on pbx.example.com and no settings
     */
    static Device oneLine(String model) {
        SipLine line = new SipLine(1, "1001", "1001", "pw", "Ann", "1001", "pbx.example.com",
                5060, Transport.UDP);
        return device(model, List.of(line), Map.of());
    }

    /**
     * @param displayName the line's display name
     * @return a one-line device with that display name and no settings
     */
    static Device withDisplayName(String displayName) {
        SipLine line = new SipLine(1, "1001", "1001", "pw", displayName, "1001",
                "pbx.example.com", 5060, Transport.UDP);
        return device("T54W", List.of(line), Map.of());
    }

    /**
     * @param zone an IANA zone id
     * @return a device with no line and only that time zone
     */
    static Device withZone(String zone) {
        return device("T54W", List.of(), Map.of(Setting.TIME_ZONE.key(), zone));
    }

    /**
     * @param device a device
     * @return its configuration without templates: its own settings, at device level
     */
    static DeviceConfig config(Device device) {
        Stack stack = new Stack();
        device.settings().forEach(stack::device);
        return stack.on(device);
    }

    /**
     * @param generator the generator
     * @param config a device's configuration
     * @return its device file, requested by its own name
     */
    static RenderedFile render(YealinkGenerator generator, DeviceConfig config) {
        String name = config.device().mac().hex() + ".cfg";
        return generator.renderDevice(generator.recognise(name, "").orElseThrow(), config);
    }

    /**
     * @param config a device's configuration
     * @return its device file's parameters, read as the phone reads them
     */
    static Map<String, String> parameters(DeviceConfig config) {
        return CfgLines.parse(render(generator(), config).body());
    }

    /**
     * A template stack: values as the resolver hands them over, each checked and made
     * canonical by the API's own rules, with the level and template that set it.
     */
    static final class Stack {

        private final Map<String, ResolvedValue> values = new TreeMap<>();

        Stack platform(String name, String value) {
            return put(name, value, Level.PLATFORM, "platform-base");
        }

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

        /** @return the values, for a test that hands them over unchecked */
        Map<String, ResolvedValue> values() {
            return values;
        }

        DeviceConfig on(Device device) {
            return new DeviceConfig(device, values, false);
        }
    }
}
