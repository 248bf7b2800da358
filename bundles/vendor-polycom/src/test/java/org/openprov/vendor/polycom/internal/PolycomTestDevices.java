package org.openprov.vendor.polycom.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openprov.api.generator.FileRequest;
import org.openprov.api.registry.Device;
import org.openprov.api.registry.Mac;
import org.openprov.api.registry.Setting;
import org.openprov.api.registry.SipLine;
import org.openprov.api.registry.Transport;

/** Devices and a fixed clock shared by the Poly tests. */
final class PolycomTestDevices {

    static final Mac MAC = Mac.parse("00:04:f2:a1:b2:c3");
    static final String DISPLAY_NAME = "Zoë \"Z\" Example & <Co>";
    static final String PASSWORD = "p&ss<w>rd\"1'";
    static final String ADMIN_PASSWORD = "Adm1n&<>\"'";
    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-01T00:00:00Z"), ZoneOffset.UTC);

    private PolycomTestDevices() {
    }

    /** @return a new generator on the fixed clock */
    static PolycomGenerator generator() {
        return new PolycomGenerator(CLOCK);
    }

    /** @return the device of the golden file: two lines, NTP, Europe/Paris, admin password */
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
     * @param settings its settings by key
     * @return a device of provider "acme", customer "hq"
     */
    static Device device(String model, List<SipLine> lines, Map<String, String> settings) {
        return new Device(MAC, "acme", "hq", "polycom", model, "", Instant.EPOCH, false,
                Optional.empty(), lines, settings);
    }

    /**
     * @param displayName the line's display name
     * @return a one-line device with that display name and no settings
     */
    static Device withDisplayName(String displayName) {
        SipLine line = new SipLine(1, "1001", "1001", "pw", displayName, "1001",
                "pbx.example.com", 5060, Transport.UDP);
        return device("VVX250", List.of(line), Map.of());
    }

    /**
     * @param zone an IANA zone id
     * @return a device with no line and only that time zone
     */
    static Device withZone(String zone) {
        return device("VVX250", List.of(), Map.of(Setting.TIME_ZONE.key(), zone));
    }

    /**
     * @param generator the generator
     * @param device a device
     * @return its file's bytes, as the endpoint would obtain them
     */
    static byte[] render(PolycomGenerator generator, Device device) {
        FileRequest request = generator.recognise(device.mac().hex() + "-openprov.cfg", "")
                .orElseThrow();
        return generator.renderDevice(request, device).body();
    }
}
