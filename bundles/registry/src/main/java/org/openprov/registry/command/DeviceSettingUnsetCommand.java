package org.openprov.registry.command;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.openprov.api.registry.Device;
import org.openprov.api.registry.Setting;
import org.openprov.registry.command.completers.MacCompleter;
import org.openprov.registry.command.completers.SettingNameCompleter;

/** {@code device:setting-unset <mac> <name>}. */
@Command(scope = "device", name = "setting-unset", description = "Clears one of a phone's"
        + " settings, so that it is no longer sent to the phone",
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
            description = "The setting to clear: ntp.server, time.zone or admin.password")
    @Completion(SettingNameCompleter.class)
    String name;

    @Override
    protected void run() throws Exception {
        Setting setting = Settings.require(name);
        Device device = registered(mac);
        if (device.setting(setting).isEmpty()) {
            out.println(setting.key() + " of " + device.mac().colons() + " was not set");
            return;
        }
        registry.unsetSetting(device.mac(), setting);
        out.println("Cleared " + setting.key() + " of " + device.mac().colons() + "; it is no"
                + " longer sent, so the phone keeps its current value until changed on the phone"
                + " or reset");
    }
}
