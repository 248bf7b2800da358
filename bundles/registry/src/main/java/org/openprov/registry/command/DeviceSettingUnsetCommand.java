package org.openprov.registry.command;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.openprov.api.registry.Device;
import org.openprov.registry.command.completers.MacCompleter;
import org.openprov.registry.command.completers.SettingNameCompleter;

/** {@code device:setting-unset <mac> <name>}. */
@Command(scope = "device", name = "setting-unset", description = "Clears one of a phone's"
        + " own settings, so that it is no longer sent from the device (a template's value"
        + " still is)",
        detailedDescription = "The phone is not told to forget the value: it keeps the one it"
                + " last received until it is changed on the phone or the phone is reset to its"
                + " factory settings. To give the phone another value, use device:setting-set.")
@Service
public class DeviceSettingUnsetCommand extends RegistryAction {

    @Argument(index = 0, name = "mac", required = true,
            description = "The phone's MAC address, in any usual form")
    @Completion(MacCompleter.class)
    String mac;

    @Argument(index = 1, name = "name", required = true,
            description = "The setting to clear: " + Settings.NAMES)
    @Completion(SettingNameCompleter.class)
    String name;

    @Override
    protected void run() throws Exception {
        String setting = Settings.require(name);
        Device device = registered(mac);
        if (!device.settings().containsKey(setting)) {
            out.println(setting + " of " + device.mac().colons() + " was not set on the device"
                    + " itself; a template's value, if any, still applies (see"
                    + " device:config-preview)");
            return;
        }
        registry.unsetSetting(device.mac(), setting);
        out.println("Cleared " + setting + " of " + device.mac().colons() + "; it is no longer"
                + " sent from the device, so a template's value applies if one reaches it, else"
                + " the phone keeps its current value until changed on the phone or reset");
    }
}
