package org.openprov.registry.command;

import java.util.Optional;
import org.apache.karaf.shell.support.CommandException;
import org.openprov.api.registry.Device;
import org.openprov.api.settings.LineKey;
import org.openprov.api.settings.SettingKeys;

/** Reads setting names and keys as typed at the console. */
final class Settings {

    /** What device:setting-set accepts, for help texts. */
    static final String NAMES = "a setting of setting:list, key.<n> for a line key, or"
            + " raw.<vendor>.<name> for a vendor's own parameter";

    private Settings() {
    }

    /**
     * @param name a setting name as typed, e.g. {@code Time.Zone}
     * @return its canonical name
     * @throws CommandException naming the settings there are
     */
    static String require(String name) throws CommandException {
        try {
            return SettingKeys.name(name);
        } catch (IllegalArgumentException unknown) {
            throw new CommandException(unknown.getMessage());
        }
    }

    /**
     * Checks a key setting against the device's model before it is stored.
     *
     * @param vendors the vendors installed now
     * @param device the device
     * @param name a canonical setting name
     * @param value the value as typed
     * @throws CommandException if it is a key that does not fit, or its vendor is absent
     */
    static void requireKeyFits(InstalledVendors vendors, Device device, String name,
            String value) throws CommandException {
        Optional<Integer> position = SettingKeys.keyPosition(name);
        if (position.isEmpty()) {
            return;
        }
        LineKey key;
        try {
            key = LineKey.parse(position.get(), value);
        } catch (IllegalArgumentException invalid) {
            throw new CommandException(invalid.getMessage());
        }
        requireVendor(vendors, device, "key " + key.position()).requireFit(key, device.model());
    }

    /**
     * @param vendors the vendors installed now
     * @param device a device
     * @param what what is to be checked, for the message
     * @return the device's vendor
     * @throws CommandException if it is not installed
     */
    static InstalledVendors.Vendor requireVendor(InstalledVendors vendors, Device device,
            String what) throws CommandException {
        return vendors.find(device.vendor()).orElseThrow(() -> new CommandException("Vendor "
                + device.vendor() + " is not installed, so " + what + " cannot be checked"
                + " against the " + device.model() + "; install it (feature:install"
                + " openprov-vendor-" + device.vendor() + ") and try again"));
    }
}
