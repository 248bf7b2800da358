package org.openprov.entitlement.command;

import java.util.List;
import java.util.Optional;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.CommandException;
import org.apache.karaf.shell.support.table.ShellTable;
import org.openprov.api.entitlement.License;
import org.openprov.api.registry.Device;
import org.openprov.api.registry.Mac;
import org.openprov.entitlement.command.completers.MacCompleter;
import org.openprov.entitlement.internal.Texts;

/** {@code license:list <mac>}. */
@Command(scope = "license", name = "list", description = "Lists a phone's licenses, oldest"
        + " first: when each was added (the billing date), when its 6-month term starts and"
        + " when it ends; then the phone's state now")
@Service
public class LicenseListCommand extends EntitlementAction {

    @Argument(index = 0, name = "mac", required = true,
            description = "The phone's MAC address, in any usual form")
    @Completion(MacCompleter.class)
    String mac;

    @Override
    protected void run() throws Exception {
        Mac parsed = Mac.parse(mac);
        Optional<Device> device = registry.device(parsed);
        List<License> licenses = entitlements.licenses(parsed);
        if (device.isEmpty() && licenses.isEmpty()) {
            throw new CommandException("MAC " + parsed.colons() + " is not registered and has"
                    + " no licenses on record; see device:list");
        }
        table(parsed, licenses).print(out);
        out.println(device.map(d -> d.mac().colons() + " is "
                + entitlements.entitlement(d, now()).describe())
                .orElse(parsed.colons() + " is not registered now; its licenses stay on record"
                        + " for billing"));
    }

    private static ShellTable table(Mac mac, List<License> licenses) {
        ShellTable table = new ShellTable().emptyTableText("No licenses yet; add one with"
                + " license:add " + mac.colons());
        table.column("#").alignRight();
        for (String column : new String[] {"Added", "Starts", "Ends", "Provider"}) {
            table.column(column);
        }
        int n = 0;
        for (License license : licenses) {
            table.addRow().addContent(++n, Texts.time(license.addedAt()),
                    Texts.time(license.start()), Texts.time(license.end()),
                    license.providerName());
        }
        return table;
    }
}
