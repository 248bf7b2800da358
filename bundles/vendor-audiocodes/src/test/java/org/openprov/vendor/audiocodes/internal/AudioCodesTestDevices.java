package org.openprov.vendor.audiocodes.internal;

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

/** Devices, configurations and a fixed clock shared by the AudioCodes tests. */
final class AudioCodesTestDevices {

    static final Mac MAC = Mac.parse("00:90:8f:a0:00:24");
    static final String DISPLAY_NAME = "Zoë \"Z\" Müller & <Co>";
    static final String PASSWORD = "p&ss<w>rd\"1'";
    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-01T00:00:00Z"), ZoneOffset.UTC);

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
