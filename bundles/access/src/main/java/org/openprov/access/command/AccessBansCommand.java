package org.openprov.access.command;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.openprov.access.internal.Bans;

/** {@code access:bans}. */
@Command(scope = "access", name = "bans", description = "Lists the addresses banned for failing"
        + " too many fetches (unknown phones, wrong passwords or tokens, wrong certificates):"
        + " since when, until when, how many failures, the last one. access:lift lifts a ban;"
        + " failureLimit, failureWindowSeconds, banMinutes and neverBan in"
        + " etc/org.openprov.access.cfg set the rule")
@Service
public class AccessBansCommand extends AccessAction {

    @Override
    protected void run() {
        ShellTable table = new ShellTable().emptyTableText("No address is banned.");
        table.column("Address");
        table.column("Since");
        table.column("Until");
        table.column("Failures");
        table.column("Last failure");
        for (Bans.Ban ban : access.bans()) {
            table.addRow().addContent(ban.source(), time(ban.since()), time(ban.until()),
                    ban.failures(), ban.reason());
        }
        table.print(out);
    }
}
