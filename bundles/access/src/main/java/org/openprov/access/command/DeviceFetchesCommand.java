package org.openprov.access.command;

import java.util.List;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.CommandException;
import org.apache.karaf.shell.support.table.ShellTable;
import org.openprov.api.access.FetchEvent;
import org.openprov.api.registry.Mac;

/** {@code device:fetches [-n N] <mac>}. */
@Command(scope = "device", name = "fetches", description = "Shows the latest requests for a"
        + " phone's own files, served or not: when, from which address, which file, the status"
        + " answered and how the phone was admitted or why not (wrong password, no token,"
        + " not registered, banned ...). Works for MACs not registered too. Never shows a"
        + " secret. Lines are kept auditDays (etc/org.openprov.access.cfg)")
@Service
public class DeviceFetchesCommand extends AccessAction {

    @Argument(index = 0, name = "mac", required = true, description = "The phone's MAC")
    String mac;

    @Option(name = "-n", aliases = "--lines", description = "How many lines, newest first"
            + " (default 20, at most 1000)")
    int lines = 20;

    @Override
    protected void run() throws Exception {
        if (lines < 1 || lines > 1000) {
            throw new CommandException("-n takes 1 to 1000, not " + lines);
        }
        Mac parsed = parse(mac);
        List<FetchEvent> events = access.fetches(parsed, lines);
        boolean registered = registry.device(parsed).isPresent();
        ShellTable table = new ShellTable().emptyTableText("No request for " + parsed.colons()
                + " was seen" + (registered ? "." : "; it is not registered either."));
        table.column("Time");
        table.column("From");
        table.column("File");
        table.column("Status");
        table.column("Times").alignRight();
        table.column("Last");
        table.column("How");
        for (FetchEvent e : events) {
            // The same answer again is counted on its first line, not written anew.
            table.addRow().addContent(time(e.at()), e.source(), e.fileName(), e.status(),
                    e.repeats() + 1, e.repeats() == 0 ? "" : time(e.lastAt()), e.how());
        }
        table.print(out);
        if (!registered && !events.isEmpty()) {
            out.println(parsed.colons() + " is not registered; device:add registers it.");
        }
    }
}
