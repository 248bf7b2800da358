package org.openprov.access.command;

import java.util.ArrayList;
import java.util.List;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.openprov.api.registry.Device;

/** {@code access:rearm <mac>...}. */
@Command(scope = "access", name = "rearm", description = "Allows a phone's first contact"
        + " again: its next fetch without credentials gets a bootstrap file. For a phone that"
        + " was reset to factory settings, or whose first contact was taken by someone else"
        + " (then run access:rotate first, so what they took no longer works)")
@Service
public class AccessRearmCommand extends AccessAction {

    @Argument(index = 0, name = "macs", required = true, multiValued = true,
            description = "The phones' MACs")
    List<String> macs = new ArrayList<>();

    @Override
    protected void run() throws Exception {
        List<Device> devices = registeredAll(macs);
        for (Device device : devices) {
            access.rearm(device.mac());
        }
        out.println(devices.size() + " phone(s) re-armed: the next fetch without credentials"
                + " gets a bootstrap file, once.");
        for (Device device : devices) {
            if (!access.policy(device.providerName()).bootstrap()) {
                out.println("Note: first contact is off for provider " + device.providerName()
                        + " (access:mode --bootstrap on " + device.providerName() + " <mode>).");
                break;
            }
        }
    }
}
