package org.openprov.access.command;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.openprov.access.internal.Policy;
import org.openprov.api.registry.Provider;

/** {@code access:modes}. */
@Command(scope = "access", name = "modes", description = "Lists how each provider's phones"
        + " prove who they are when they fetch: open (MAC only), password (HTTP Digest; Basic"
        + " over TLS), token (a secret in the URL) or both; whether a phone's first fetch gets a"
        + " bootstrap file; and how long old credentials work after access:rotate")
@Service
public class AccessModesCommand extends AccessAction {

    @Override
    protected void run() {
        ShellTable table = new ShellTable();
        table.column("Provider");
        table.column("Mode");
        table.column("First contact");
        table.column("Rotation overlap");
        table.column("Set by");
        Policy d = access.defaultPolicy();
        row(table, "(default)", d, "etc/org.openprov.access.cfg");
        for (Provider provider : registry.providers()) {
            Policy p = access.policy(provider.name());
            row(table, provider.name(), p, p.own() ? "access:mode" : "default");
        }
        table.print(out);
        out.println("Unknown MACs get the answers of the default mode. Change a provider's mode"
                + " with access:mode <provider> <mode>.");
    }

    private void row(ShellTable table, String name, Policy p, String by) {
        java.time.Instant eased = p.changedAt().plus(p.overlap());
        String mode = p.mode() == org.openprov.api.access.FetchMode.BOTH
                && eased.isAfter(access.now()) ? "both (either until " + time(eased) + ")"
                : p.mode().key();
        table.addRow().addContent(name, mode, p.bootstrap() ? "bootstrap" : "no",
                shown(p.overlap()), by);
    }
}
