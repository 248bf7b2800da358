package org.openprov.api.registry;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openprov.api.settings.Setting;

/**
 * A registered phone as the registry knows it.
 *
 * @param mac its canonical MAC, unique across the platform
 * @param providerName its provider
 * @param customerName its customer within that provider
 * @param vendor the vendor id of the generator that renders it, e.g. {@code yealink}
 * @param model the model id in that vendor's model table, e.g. {@code T54W}
 * @param label a free note for administrators (site, desk); may be empty
 * @param createdAt when it was added
 * @param provisioningPlus true for Provisioning Plus, false for the monthly plan
 * @param firstDeliveredAt when its own configuration was first served with HTTP 200, if ever
 * @param lines its SIP lines, ordered by number
 * @param settings its device-level settings by canonical name (see {@link
 *        org.openprov.api.settings.SettingKeys}); secrets included
 */
public record Device(Mac mac, String providerName, String customerName, String vendor,
        String model, String label, Instant createdAt, boolean provisioningPlus,
        Optional<Instant> firstDeliveredAt,
        List<SipLine> lines, Map<String, String> settings) {

    /** Copies the collections so a device never changes once read. */
    public Device {
        lines = List.copyOf(lines);
        settings = Map.copyOf(settings);
        label = label == null ? "" : label;
    }

    /**
     * @param setting a setting
     * @return the device's value for it, if set
     */
    public Optional<String> setting(Setting setting) {
        return Optional.ofNullable(settings.get(setting.key()));
    }

    /** Describes the device without its secrets. */
    @Override
    public String toString() {
        return "Device[" + mac + " " + vendor + " " + model + " of " + providerName + "/"
                + customerName + ", " + lines.size() + " line(s)]";
    }
}
