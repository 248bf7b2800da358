package org.openprov.registry.command;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.openprov.api.registry.Device;
import org.openprov.registry.command.completers.MacCompleter;

/** {@code device:remove <mac>}. */
@Command(scope = "device", name = "remove", description = "Removes a registered phone with its"
        + " SIP lines, settings and delivery records; it gets no configuration afterwards")
@Service
public class DeviceRemoveCommand extends RegistryAction {

    @Argument(index = 0, name = "mac", required = true,
            description = "The phone's MAC address, in any usual form")
    @Completion(MacCompleter.class)
    String mac;

    @Override
    protected void run() throws Exception {
        Device device = registered(mac);
        if (!registry.removeDevice(device.mac())) {
            out.println(device.mac().colons() + " was removed by someone else meanwhile");
            return;
        }
        out.println("Removed " + device.mac().colons() + " of provider " + device.providerName()
                + ", customer " + device.customerName() + ", with its "
                + device.lines().size() + " line(s), settings and delivery records");
    }
}
