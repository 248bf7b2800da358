package org.openprov.api.settings;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.openprov.api.registry.Device;
import org.openprov.api.registry.SipLine;
import org.openprov.api.registry.Transport;

/**
 * Everything a generator renders for one device: the device, and its settings resolved across
 * the template hierarchy, each with where its value came from.
 *
 * @param device the device; its own {@link Device#settings()} are already part of
 *        {@code values}
 * @param values the resolved settings by canonical name; secrets included, never log them
 * @param frozen true when the device is EXPIRED and these are the values it had at expiry
 * @param access where and how the phone fetches its files, when the endpoint tells phones so;
 *        generators write it in the vendor's provisioning-server settings
 */
public record DeviceConfig(Device device, Map<String, ResolvedValue> values, boolean frozen,
        Optional<ProvisioningAccess> access) {

    /** What stands for a secret in a masked configuration. */
    public static final String MASK = "********";
    /** The port of lines and settings that give none. */
    public static final int DEFAULT_SIP_PORT = 5060;

    /** Copies the map, in {@link SettingKeys#ORDER}, so a configuration never changes once made. */
    public DeviceConfig {
        TreeMap<String, ResolvedValue> sorted = new TreeMap<>(SettingKeys.ORDER);
        sorted.putAll(values);
        values = Collections.unmodifiableSortedMap(sorted);
        access = access == null ? Optional.empty() : access;
    }

    /**
     * A configuration without fetch access, as templates resolve it.
     *
     * @param device the device
     * @param values the resolved settings by canonical name
     * @param frozen true when the device is EXPIRED and these are its values at expiry
     */
    public DeviceConfig(Device device, Map<String, ResolvedValue> values, boolean frozen) {
        this(device, values, frozen, Optional.empty());
    }

    /**
     * @param fetchAccess where and how the phone fetches its files
     * @return the same configuration, telling the phone that access
     */
    public DeviceConfig withAccess(ProvisioningAccess fetchAccess) {
        return new DeviceConfig(device, values, frozen, Optional.of(fetchAccess));
    }

    /**
     * What a phone receives at first contact: its fetch access and nothing else: no line, no
     * key, no setting, so no secret but the access itself.
     *
     * @param device the device
     * @param fetchAccess its fetch access, marked as a bootstrap
     * @return the bootstrap configuration
     */
    public static DeviceConfig bootstrap(Device device, ProvisioningAccess fetchAccess) {
        Device bare = new Device(device.mac(), device.providerName(), device.customerName(),
                device.vendor(), device.model(), device.label(), device.createdAt(),
                device.provisioningPlus(), device.firstDeliveredAt(), List.of(), Map.of());
        return new DeviceConfig(bare, Map.of(), false, Optional.of(fetchAccess));
    }

    /**
     * The configuration of a device without templates: its own settings alone.
     *
     * @param device a device
     * @return its configuration
     */
    public static DeviceConfig ofDevice(Device device) {
        Map<String, ResolvedValue> own = new TreeMap<>();
        device.settings().forEach((name, value) -> own.put(name,
                ResolvedValue.onDevice(name, value)));
        return new DeviceConfig(device, own, false);
    }

    /**
     * @param setting a setting of the vocabulary
     * @return its resolved value, if any level set it
     */
    public Optional<String> value(Setting setting) {
        return Optional.ofNullable(values.get(setting.key())).map(ResolvedValue::value);
    }

    /**
     * @param name a canonical setting name
     * @return the resolved value with its source, if any level set it
     */
    public Optional<ResolvedValue> resolved(String name) {
        return Optional.ofNullable(values.get(name));
    }

    /**
     * @param vendor a vendor id, e.g. {@code yealink}
     * @return the vendor's raw settings, name (without {@code raw.<vendor>.}) to value, sorted
     */
    public SortedMap<String, String> raw(String vendor) {
        String prefix = SettingKeys.RAW + vendor + ".";
        SortedMap<String, String> raw = new TreeMap<>();
        values.forEach((name, v) -> {
            if (name.startsWith(prefix)) {
                raw.put(name.substring(prefix.length()), v.value());
            }
        });
        return raw;
    }

    /** @return the line keys, by position; a stored key that no longer parses is left out */
    public List<LineKey> keys() {
        List<LineKey> keys = new ArrayList<>();
        values.forEach((name, v) -> SettingKeys.keyPosition(name).ifPresent(position -> {
            try {
                keys.add(LineKey.parse(position, v.value()));
            } catch (IllegalArgumentException unreadable) {
                // Every stored value passed this rule when it was entered; see problems().
            }
        }));
        keys.sort((a, b) -> Integer.compare(a.position(), b.position()));
        return keys;
    }

    /**
     * @return the device's lines with the server, port and transport that they leave to the
     *         settings filled in; a line that has no server even then is left out (see
     *         {@link #problems()})
     */
    public List<SipLine> lines() {
        return completedLines().stream().filter(l -> !l.server().isEmpty()).toList();
    }

    /** @return what keeps this configuration from being complete, for the console; no secrets */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        for (SipLine line : completedLines()) {
            if (line.server().isEmpty()) {
                problems.add("line " + line.number() + " has no SIP server and sip.server is"
                        + " not set; it is left out of the file");
            }
        }
        values.forEach((name, v) -> SettingKeys.keyPosition(name).ifPresent(position -> {
            try {
                LineKey.parse(position, v.value());
            } catch (IllegalArgumentException unreadable) {
                problems.add(unreadable.getMessage() + "; the key is left out of the file");
            }
        }));
        return problems;
    }

    private List<SipLine> completedLines() {
        String server = value(Setting.SIP_SERVER).orElse("");
        int port = value(Setting.SIP_PORT).map(Integer::parseInt).orElse(DEFAULT_SIP_PORT);
        Transport transport = value(Setting.SIP_TRANSPORT).map(Transport::parse)
                .orElse(Transport.UDP);
        return device.lines().stream().map(l -> l.completedWith(server, port, transport))
                .toList();
    }

    /**
     * The same configuration with every secret replaced by {@value #MASK}: the line passwords
     * and the secret settings. Rendering it gives the file a phone would receive, safe to show.
     *
     * @return the masked configuration
     */
    public DeviceConfig masked() {
        List<SipLine> lines = device.lines().stream().map(l -> new SipLine(l.number(),
                l.userName(), l.authUser(), l.password().isEmpty() ? "" : MASK,
                l.displayName(), l.label(), l.server(), l.port(), l.transport())).toList();
        Map<String, String> own = new TreeMap<>();
        device.settings().forEach((name, v) -> own.put(name, SettingKeys.secret(name) ? MASK
                : v));
        Device shown = new Device(device.mac(), device.providerName(), device.customerName(),
                device.vendor(), device.model(), device.label(), device.createdAt(),
                device.provisioningPlus(), device.firstDeliveredAt(), lines, own);
        Map<String, ResolvedValue> masked = new TreeMap<>();
        values.forEach((name, v) -> masked.put(name, SettingKeys.secret(name)
                ? new ResolvedValue(name, MASK, v.level(), v.template(), v.locked()) : v));
        return new DeviceConfig(shown, masked, frozen, access.map(ProvisioningAccess::masked));
    }

    /** Describes the configuration without its secrets. */
    @Override
    public String toString() {
        return "DeviceConfig[" + device + ", " + values.size() + " setting(s)"
                + (frozen ? ", frozen" : "") + access.map(a -> ", " + a).orElse("") + "]";
    }
}
