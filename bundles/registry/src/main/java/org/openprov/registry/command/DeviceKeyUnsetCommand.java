package org.openprov.registry.command;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.openprov.api.registry.Device;
import org.openprov.api.settings.LineKey;
import org.openprov.registry.command.completers.MacCompleter;

/** {@code device:key-unset <mac> <position>}. */
@Command(scope = "device", name = "key-unset", description = "Clears a key set on the phone"
        + " itself, so that a template's key, or none, applies")
@Service
public class DeviceKeyUnsetCommand extends RegistryAction {

    @Argument(index = 0, name = "mac", required = true,
            description = "The phone's MAC address, in any usual form")
    @Completion(MacCompleter.class)
    String mac;

    @Argument(index = 1, name = "position", required = true, description = "The key, from 1")
    int position;

    @Override
    protected void run() throws Exception {
        Device device = registered(mac);
        String name = LineKey.PREFIX + position;
        if (!device.settings().containsKey(name)) {
            out.println("Key " + position + " of " + device.mac().colons() + " was not set on"
                    + " the device itself; a template's key, if any, still applies");
            return;
        }
        registry.unsetSetting(device.mac(), name);
        out.println("Cleared key " + position + " of " + device.mac().colons() + "; a"
                + " template's key applies again if one reaches it, else it is sent blank");
    }
}
