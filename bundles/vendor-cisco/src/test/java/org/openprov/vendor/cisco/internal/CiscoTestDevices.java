package org.openprov.vendor.cisco.internal;

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
import org.openprov.api.settings.SettingKeys;

/** Devices, configurations and a fixed clock shared by the Cisco tests. */
final class CiscoTestDevices {

    static final Mac SPA_MAC = Mac.parse("00:26:99:a1:b2:c3");
    static final Mac MPP_MAC = Mac.parse("00:56:2b:a1:b2:c3");
    static final String DISPLAY_NAME = "Zoë \"Z\" Müller & <Co>";
    static final String PASSWORD = "p&ss<w>rd\"1'";
    static final String SECOND_PASSWORD = "S3cret-1002";
    static final String ADMIN_PASSWORD = "Adm1n&<>\"'Pass";
    static final String USER_PASSWORD = "Us3r-Pass";
    static final String BASE_URL = "http://prov.example.com:8080/prov";
    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-01T00:00:00Z"), ZoneOffset.UTC);

    private CiscoTestDevices() {
    }

    /** @return a new generator on the fixed clock, pointing bootstraps at {@link #BASE_URL} */
    static CiscoGenerator generator() {
        return new CiscoGenerator(CLOCK, BASE_URL);
    }

    /** @return the two lines of the golden devices */
    static List<SipLine> twoLines() {
        SipLine first = new SipLine(1, "1001", "1001", PASSWORD, DISPLAY_NAME, "Zoë",
                "pbx.example.com", 5060, Transport.UDP);
        SipLine second = new SipLine(2, "1002", "auth-1002", SECOND_PASSWORD, "Reception",
                "Desk", "sip.example.com", 5061, Transport.TLS);
        return List.of(first, second);
    }

    /**
     * The golden device of a model: two lines, NTP, the zone, codecs, voicemail, an
     * administrator password, and keys of each common type, the last one on the first
     * expansion module.
     *
     * @param model the model id
     * @param phoneKeys the model's own keys
     * @param zone the time zone
     * @return its configuration
     */
    static DeviceConfig golden(String model, int phoneKeys, String zone) {
        Mac mac = model.startsWith("SPA") ? SPA_MAC : MPP_MAC;
        Stack stack = new Stack()
                .provider("ntp.server", "ntp.example.com")
                .provider("codecs", "G722,PCMU,PCMA")
                .provider("voicemail.number", "*97")
                .customer("time.zone", zone)
                .device("admin.password", ADMIN_PASSWORD)
                .device("key.1", "line;line=1")
                .device("key.2", "line;line=2;label=Desk")
                .device("key.3", "blf;line=1;target=1002;label=Bob")
                .device("key.4", "speed-dial;line=2;target=+4930123456;label=Reception Desk")
                .device("key." + (phoneKeys + 1), "blf;line=1;target=1003;label=Carol");
        return stack.on(device(mac, model, twoLines()));
    }

    /**
     * @param mac the MAC
     * @param model the model id
     * @param lines its lines
     * @return a device of provider "acme", customer "hq", without settings of its own
     */
    static Device device(Mac mac, String model, List<SipLine> lines) {
        return new Device(mac, "acme", "hq", "cisco", model, "", Instant.EPOCH, false,
                Optional.empty(), lines, Map.of());
    }

    /**
     * @param model the model id
     * @return a device of that model with one line on pbx.example.com
     */
    static Device oneLine(String model) {
        SipLine line = new SipLine(1, "1001", "1001", "pw", "Ann", "1001", "pbx.example.com",
                5060, Transport.UDP);
        return device(model.startsWith("SPA") ? SPA_MAC : MPP_MAC, model, List.of(line));
    }

    /**
     * @param generator the generator
     * @param config a device's configuration
     * @return its device file, requested by its own name
     */
    static RenderedFile render(CiscoGenerator generator, DeviceConfig config) {
        String name = config.device().mac().hex() + ".xml";
        return generator.renderDevice(generator.recognise(name, "").orElseThrow(), config);
    }

    /**
     * @param config a device's configuration
     * @return its device file's elements, read as the phone reads them
     */
    static Map<String, String> parameters(DeviceConfig config) {
        return Profiles.parse(render(generator(), config).body());
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

        DeviceConfig on(Device device) {
            return new DeviceConfig(device, values, false);
        }

        /**
         * @param model the model id
         * @return the configuration on a one-line device of that model
         */
        DeviceConfig onOneLine(String model) {
            return on(oneLine(model));
        }
    }
}
