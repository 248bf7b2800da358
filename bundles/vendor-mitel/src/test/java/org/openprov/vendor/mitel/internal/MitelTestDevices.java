package org.openprov.vendor.mitel.internal;

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
import org.openprov.api.settings.ProvisioningAccess;
import org.openprov.api.settings.ResolvedValue;
import org.openprov.api.settings.SettingKeys;

/** Devices, configurations and a fixed clock shared by the Mitel tests. */
final class MitelTestDevices {

    static final Mac MAC = Mac.parse("00:08:5d:a0:b2:c3");
    static final String DISPLAY_NAME = "Zoë \"Z\" Müller & <Co>";
    static final String PASSWORD = "p&ss<w>rd\"1'";
    static final String SECOND_PASSWORD = "S3cret#1002";
    static final String ADMIN_PASSWORD = "Adm1n&<>\"'";
    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-01T00:00:00Z"), ZoneOffset.UTC);
    /** The endpoint's base for phone files in the access tests. */
    static final String SERVER = "https://prov.example.net:8443/prov/";
    /** A fetch token as the endpoint makes them: letters and digits. */
    static final String TOKEN = "Tk7q2ZpX9mWc4RbN8vLd3HsJ6yFa1GeU";
    /** A fetch password as the endpoint makes them: letters and digits. */
    static final String FETCH_PASSWORD = "Fp4Xk9Qm2Wz7Rt5Yb8Nc";

    private MitelTestDevices() {
    }

    /** @return a new generator on the fixed clock */
    static MitelGenerator generator() {
        return new MitelGenerator(CLOCK);
    }

    /**
     * The device of the golden files: a 6867i with two lines, NTP, an admin password, codecs,
     * a voicemail number and keys on both lines, one of them on the first expansion module.
     *
     * @param zone its time zone
     * @return its configuration, as the template stack hands it over
     */
    static DeviceConfig golden(String zone) {
        SipLine first = new SipLine(1, "1001", "1001", PASSWORD, DISPLAY_NAME, "Zoë",
                "pbx.example.com", 5060, Transport.UDP);
        SipLine second = new SipLine(2, "1002", "auth-1002", SECOND_PASSWORD, "Reception",
                "Desk", "sip.example.com", 5070, Transport.UDP);
        Device device = device("6867i", List.of(first, second), Map.of());
        return new Stack().platform("ntp.server", "ntp.example.com")
                .platform("codecs", "G722,PCMU,PCMA")
                .provider("voicemail.number", "*97")
                .customer("time.zone", zone)
                .device("admin.password", ADMIN_PASSWORD)
                .device("key.1", "line;line=1;label=Zoë")
                .device("key.2", "line;line=2;label=Desk")
                .device("key.3", "blf;line=1;target=1003;label=Reception Desk")
                .device("key.4", "speed-dial;line=2;target=0800123456;label=Help #1")
                .device("key.21", "dnd;line=1;label=DND")
                .device("key.39", "blf;line=2;target=1004;label=Lab")
                .on(device);
    }

    /**
     * @param model the model id
     * @param lines its lines
     * @param settings its settings by key
     * @return a device of provider "acme", customer "hq"
     */
    static Device device(String model, List<SipLine> lines, Map<String, String> settings) {
        return new Device(MAC, "acme", "hq", "mitel", model, "", Instant.EPOCH, false,
                Optional.empty(), lines, settings);
    }

    /**
     * @param model the model id
     * @return a device of that model with one line on pbx.example.com and no settings
     */
    static Device oneLine(String model) {
        return device(model, List.of(line(1)), Map.of());
    }

    /**
     * @param number a line number
     * @return line {@code number}, user 100n, on pbx.example.com:5060 over UDP
     */
    static SipLine line(int number) {
        return new SipLine(number, "100" + number, null, "pw" + number, "Ann " + number, null,
                "pbx.example.com", 5060, Transport.UDP);
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
     * @param config a device's configuration
     * @return its device file, requested by its own name
     */
    static RenderedFile render(DeviceConfig config) {
        MitelGenerator generator = generator();
        String name = MitelFileNames.deviceFile(config.device().mac());
        return generator.renderDevice(generator.recognise(name, "").orElseThrow(), config);
    }

    /**
     * @param config a device's configuration
     * @return its device file's parameters, read as the phone reads them
     */
    static Map<String, String> parameters(DeviceConfig config) {
        return CfgLines.parse(render(config).body());
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
    }
}
