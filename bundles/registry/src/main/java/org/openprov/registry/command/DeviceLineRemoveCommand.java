package org.openprov.registry.command;

import java.util.stream.Collectors;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.CommandException;
import org.openprov.api.registry.Device;
import org.openprov.registry.command.completers.MacCompleter;

/** {@code device:line-remove <mac> <line>}. */
@Command(scope = "device", name = "line-remove", description = "Removes the SIP account from"
        + " one line of a phone")
@Service
public class DeviceLineRemoveCommand extends RegistryAction {

    @Argument(index = 0, name = "mac", required = true,
            description = "The phone's MAC address, in any usual form")
    @Completion(MacCompleter.class)
    String mac;

    @Argument(index = 1, name = "line", required = true,
            description = "The line to clear, as device:show lists it")
    int line;

    @Override
    protected void run() throws Exception {
        Device device = registered(mac);
        if (device.lines().stream().noneMatch(l -> l.number() == line)) {
            throw new CommandException(device.mac().colons() + " has no line " + line
                    + (device.lines().isEmpty() ? "; it has no lines at all"
                            : "; its lines are " + device.lines().stream()
                                    .map(l -> String.valueOf(l.number()))
                                    .collect(Collectors.joining(", "))));
        }
        registry.removeLine(device.mac(), line);
        out.println("Removed line " + line + " of " + device.mac().colons());
    }
}
