package org.openprov.access.command;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.openprov.api.registry.Device;

/** {@code access:unbind <mac>}. */
@Command(scope = "access", name = "unbind", description = "Ends a phone's binding to a client"
        + " certificate (access:bind); its provider's mode alone decides again")
@Service
public class AccessUnbindCommand extends AccessAction {

    @Argument(index = 0, name = "mac", required = true, description = "The phone's MAC")
    String mac;

    @Override
    protected void run() throws Exception {
        Device device = registered(mac);
        boolean was = access.credentials(device.mac()).bound();
        access.bind(device.mac(), "", "");
        out.println(was ? "Device " + device.mac() + " is no longer bound to a certificate."
                : "Device " + device.mac() + " was not bound to a certificate.");
    }
}
