package org.openprov.vendor.audiocodes.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
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
import org.openprov.api.settings.Setting;
import org.openprov.api.settings.SettingKeys;

/** Devices, configurations and a fixed clock shared by the AudioCodes tests. */
final class AudioCodesTestDevices {

    static final Mac MAC = Mac.parse("00:90:8f:a0:00:24");
    static final String DISPLAY_NAME = "Zoë \"Z\" Müller & <Co>";
    static final String PASSWORD = "p&ss<w>rd\"1'";
    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-01T00:00:00Z"), ZoneOffset.UTC);
    /** The endpoint's base for phone files in the access tests. */
    static final String SERVER = "https://prov.example.net:8443/prov/";
    /** A fetch token as the endpoint makes them: letters and digits. */
    static final String TOKEN = "Tk7q2ZpX9mWc4RbN8vLd3HsJ6yFa1GeU";
    /** A fetch password as the endpoint makes them: letters and digits. */
    static final String FETCH_PASSWORD = "Fp4Xk9Qm2Wz7Rt5Yb8Nc";

    private AudioCodesTestDevices() {
    }

    /** @return a new generator on the fixed clock */
    static AudioCodesGenerator generator() {
        return new AudioCodesGenerator(CLOCK);
    }

    /** @return line 1 of the golden device */
    static SipLine first() {
        return new SipLine(1, "1001", "1001", PASSWORD, DISPLAY_NAME, "Zoë",
                "pbx.example.com", 5061, Transport.TLS);
    }

    /** @return line 2 of the golden device, on the same proxy */
    static SipLine second() {
        return new SipLine(2, "1002", "auth-1002", "S3cret-1002", "Reception", "Desk",
                "pbx.example.com", 5061, Transport.TLS);
    }

    /**
     * @param model the model id
     * @param lines its lines
     * @param settings its settings by key
     * @return a device of provider "acme", customer "hq"
     */
    static Device device(String model, List<SipLine> lines, Map<String, String> settings) {
        return new Device(MAC, "acme", "hq", "audiocodes", model, "", Instant.EPOCH, false,
                Optional.empty(), lines, settings);
    }

    /**
     * @param settings its settings by key
     * @return a 440HD with one line on pbx.example.com:5060 over UDP and those settings
     */
    static Device oneLine(Map<String, String> settings) {
        SipLine line = new SipLine(1, "1001", "1001", "pw", "Ann", "1001", "pbx.example.com",
                5060, Transport.UDP);
        return device("440HD", List.of(line), settings);
    }

    /**
     * @param device a device
     * @return its configuration without templates, each value checked by the API's rules
     */
    static DeviceConfig config(Device device) {
        Map<String, ResolvedValue> values = new TreeMap<>();
        device.settings().forEach((name, value) -> {
            String key = SettingKeys.name(name);
            values.put(key, new ResolvedValue(key, SettingKeys.validate(key, value),
                    Level.DEVICE, "", false));
        });
        return new DeviceConfig(device, values, false);
    }

    /**
     * The device of the golden files: a 440HD with two lines, keys, settings and one raw
     * setting.
     *
     * @param zone its time zone
     * @return its configuration
     */
    static DeviceConfig golden(String zone) {
        Map<String, String> settings = new HashMap<>();
        settings.put(Setting.TIME_ZONE.key(), zone);
        settings.put(Setting.NTP_SERVER.key(), "ntp.example.com");
        settings.put(Setting.LANGUAGE.key(), "de");
        settings.put(Setting.DATE_FORMAT.key(), "dmy");
        settings.put(Setting.TIME_FORMAT.key(), "24h");
        settings.put(Setting.VLAN_ID.key(), "20");
        settings.put(Setting.VLAN_PRIORITY.key(), "5");
        settings.put(Setting.VOICEMAIL_NUMBER.key(), "*97");
        settings.put(Setting.SIP_REGISTRATION_EXPIRY.key(), "600");
        settings.put(Setting.SIP_OUTBOUND_PROXY.key(), "sbc.example.com:5070");
        settings.put("key.1", "blf;target=201;label=Reception desk");
        settings.put("key.2", "speed-dial;target=+442071234567;label=London");
        settings.put("key.3", "blf;line=2;target=202;label=Bob");
        settings.put("key.12", "blf;target=212;label=Zoë & <Co>");
        settings.put("key.13", "speed-dial;target=213;label=Spill");
        settings.put("raw.audiocodes.voip.line.0.line_mode", "PRIVATE");
        return config(device("440HD", List.of(first(), second()), settings));
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
        AudioCodesGenerator generator = generator();
        String name = config.device().mac().hex() + ".cfg";
        return generator.renderDevice(generator.recognise(name, "").orElseThrow(), config);
    }

    /**
     * @param device a device
     * @return its device file's parameters, read as the phone reads them
     */
    static Map<String, String> parameters(Device device) {
        return CfgLines.parse(render(config(device)).body());
    }
}
