package org.openprov.registry.command;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.openprov.api.registry.Device;
import org.openprov.registry.command.completers.MacCompleter;

/** {@code device:set --pplus|--no-pplus <mac>}. */
@Command(scope = "device", name = "set", description = "Switches a phone between Provisioning"
        + " Plus and the monthly plan; allowed only until the phone receives its first"
        + " configuration")
@Service
public class DeviceSetCommand extends RegistryAction {

    @Argument(index = 0, name = "mac", required = true,
            description = "The phone's MAC address, in any usual form")
    @Completion(MacCompleter.class)
    String mac;

    @Option(name = "--pplus", description = "Move the phone to Provisioning Plus")
    boolean pplus;

    @Option(name = "--no-pplus", description = "Move the phone to the monthly plan")
    boolean noPplus;

    @Override
    protected void run() throws Exception {
        if (pplus == noPplus) {
            throw new IllegalArgumentException("Say which plan: device:set --pplus " + mac
                    + " or device:set --no-pplus " + mac);
        }
        Device device = registry.setProvisioningPlus(registered(mac).mac(), pplus);
        out.println(device.mac().colons() + " is now on " + DeviceAddCommand.planName(device)
                + " (" + state(device) + ")");
    }
}
