package org.openprov.vendor.fanvil.internal;

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

/** Devices, configurations and a fixed clock shared by the Fanvil tests. */
final class FanvilTestDevices {

    static final Mac MAC = Mac.parse("0c:38:3e:a1:b2:c3");
    static final String DISPLAY_NAME = "Zoë \"Z\" Müller & <Co>";
    static final String PASSWORD = "p&ss<w>rd\"1':x";
    static final String ADMIN_PASSWORD = "Adm1n&<>\"'";
    static final String USER_PASSWORD = "Us3r-<secret>";
    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-01T00:00:00Z"), ZoneOffset.UTC);
    static final String GOLDEN_MODEL = "X5U-V2";
    /** The endpoint's base for phone files in the access tests. */
    static final String SERVER = "https://prov.example.net:8443/prov/";
    /** A fetch token as the endpoint makes them: letters and digits. */
    static final String TOKEN = "Tk7q2ZpX9mWc4RbN8vLd3HsJ6yFa1GeU";
    /** A fetch password as the endpoint makes them: letters and digits. */
    static final String FETCH_PASSWORD = "Fp4Xk9Qm2Wz7Rt5Yb8Nc";

    private FanvilTestDevices() {
    }

    /** @return a new generator on the fixed clock */
    static FanvilGenerator generator() {
        return new FanvilGenerator(CLOCK);
    }

    /**
     * The device of the golden files: an X5U-V2 with two lines, keys of every written type, one
     * key past the phone's keys, one of a type Fanvil does not get, and the zone given.
     *
     * @param zone an IANA zone
     * @return its configuration
     */
    static DeviceConfig golden(String zone) {
        SipLine first = new SipLine(1, "1001", "1001", PASSWORD, DISPLAY_NAME, "Zoë",
                "pbx.example.com", 5060, Transport.UDP);
        SipLine second = new SipLine(2, "1002", "auth-1002", "S3cret-1002", "Reception",
                "Desk", "sip.example.com", 5061, Transport.TLS);
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put(Setting.NTP_SERVER.key(), "ntp.example.com");
        settings.put(Setting.TIME_ZONE.key(), zone);
        settings.put(Setting.ADMIN_PASSWORD.key(), ADMIN_PASSWORD);
        settings.put(Setting.CODECS.key(), "G722,PCMU,OPUS");
        settings.put(Setting.VOICEMAIL_NUMBER.key(), "*97");
        settings.put(Setting.LANGUAGE.key(), "de");
        settings.put("key.1", "line;line=1;label=Zoë Müller");
        settings.put("key.2", "line;line=2");
        settings.put("key.4", "empty");
        settings.put("key.5", "blf;line=1;target=1002;label=Bob");
        settings.put("key.6", "speed-dial;target=0800123456;label=Reception desk!");
        settings.put("key.7", "call-park;target=700;label=Park");
        settings.put("key.8", "dnd;label=DND");
        settings.put("key.9", "intercom;target=1004");
        settings.put("key.11", "blf;line=2;target=2002;label=Ann");
        settings.put("key.35", "blf;target=1003;label=Past the phone");
        settings.put("raw.fanvil.PHONE_FEATURE_MODULE.Display_Input.LCD_Title", "OpenProv");
        return DeviceConfig.ofDevice(device(GOLDEN_MODEL, List.of(first, second), settings));
    }

    /**
     * @param model the model id
     * @param lines its lines
     * @param settings its own settings by key
     * @return a device of provider "acme", customer "hq"
     */
    static Device device(String model, List<SipLine> lines, Map<String, String> settings) {
        return new Device(MAC, "acme", "hq", "fanvil", model, "", Instant.EPOCH, false,
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
     * @param name a setting's canonical name
     * @param value the value as typed; made canonical
     * @return the value as the template service resolves it at customer level
     */
    static ResolvedValue at(String name, String value) {
        return new ResolvedValue(name, SettingKeys.validate(name, value), Level.CUSTOMER,
                "customer-base", false);
    }

    /**
     * @param model a model id
     * @param values its resolved values
     * @return a device of that model with lines 1 and 2 on pbx.example.com and those values
     */
    static DeviceConfig twoLines(String model, ResolvedValue... values) {
        Device device = device(model, List.of(line(1, "1001"), line(2, "1002")), Map.of());
        Map<String, ResolvedValue> map = new LinkedHashMap<>();
        map.put(Setting.SIP_SERVER.key(), at(Setting.SIP_SERVER.key(), "pbx.example.com"));
        for (ResolvedValue value : values) {
            map.put(value.name(), value);
        }
        return new DeviceConfig(device, map, false);
    }

    /**
     * @param displayName the line's display name
     * @return a one-line X5U-V2 with that display name and no settings
     */
    static DeviceConfig withDisplayName(String displayName) {
        SipLine line = new SipLine(1, "1001", "1001", "pw", displayName, "1001",
                "pbx.example.com", 5060, Transport.UDP);
        return DeviceConfig.ofDevice(device(GOLDEN_MODEL, List.of(line), Map.of()));
    }

    /**
     * @param zone an IANA zone id
     * @return a device with no line and only that time zone
     */
    static DeviceConfig withZone(String zone) {
        return DeviceConfig.ofDevice(device(GOLDEN_MODEL, List.of(),
                Map.of(Setting.TIME_ZONE.key(), zone)));
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
     * @return its file's bytes, as the endpoint would obtain them
     */
    static byte[] render(FanvilGenerator generator, DeviceConfig config) {
        FileRequest request = generator.recognise(config.device().mac().hex() + ".cfg", "")
                .orElseThrow();
        return generator.renderDevice(request, config).body();
    }

    /**
     * @param config a device's configuration
     * @return its file's parameters, keyed {@code MODULE|Section|Name}
     */
    static Map<String, String> parameters(DeviceConfig config) {
        return CfgFile.parse(render(generator(), config));
    }
}
