package org.openprov.access.command;

import java.util.ArrayList;
import java.util.List;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.CommandException;
import org.openprov.access.internal.Bans;
import org.openprov.access.internal.Network;

/** {@code access:lift <address>... | --all}. */
@Command(scope = "access", name = "lift", description = "Lifts bans: the addresses may fetch"
        + " again at once, with their failure count back at zero. To keep an address from ever"
        + " being banned (a large site's NAT), add it to neverBan in"
        + " etc/org.openprov.access.cfg")
@Service
public class AccessLiftCommand extends AccessAction {

    @Argument(index = 0, name = "addresses", multiValued = true,
            description = "The banned addresses, as access:bans shows them")
    List<String> addresses = new ArrayList<>();

    @Option(name = "--all", description = "Lift every ban")
    boolean all;

    @Override
    protected void run() throws Exception {
        if (all == !addresses.isEmpty()) {
            throw new CommandException("Give the addresses to lift, or --all");
        }
        List<String> targets = all ? access.bans().stream().map(Bans.Ban::source).toList()
                : addresses;
        List<String> odd = targets.stream().filter(a -> !Network.isAddress(a)).toList();
        if (!odd.isEmpty()) {
            throw new CommandException("Not an IP address: " + String.join(", ", odd)
                    + "; nothing was lifted. access:bans lists the banned addresses");
        }
        int lifted = 0;
        List<String> notBanned = new ArrayList<>();
        for (String address : targets) {
            if (access.lift(address.trim())) {
                lifted++;
            } else {
                notBanned.add(address);
            }
        }
        out.println(lifted + " ban(s) lifted." + (notBanned.isEmpty() ? ""
                : " Not banned: " + String.join(", ", notBanned) + " (see access:bans)."));
    }
}
