package org.openprov.registry.command;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.CommandException;
import org.apache.karaf.shell.support.table.ShellTable;
import org.openprov.api.registry.Device;
import org.openprov.registry.command.completers.CustomerNameCompleter;
import org.openprov.registry.command.completers.ProviderNameCompleter;

/** {@code device:list [--provider P] [--customer C]}. */
@Command(scope = "device", name = "list", description = "Lists registered phones, of every"
        + " provider or of one provider or customer")
@Service
public class DeviceListCommand extends RegistryAction {

    @Option(name = "--provider", aliases = "-p", description = "Only this provider's phones")
    @Completion(ProviderNameCompleter.class)
    String provider;

    @Option(name = "--customer", aliases = "-c", description = "Only this customer's phones")
    @Completion(CustomerNameCompleter.class)
    String customer;

    @Override
    protected void run() throws Exception {
        checkFilter();
        ShellTable table = new ShellTable().emptyTableText(
                provider == null && customer == null ? "No phones registered yet; add one with"
                        + " device:add" : "No phones match");
        for (String column : new String[] {"MAC", "Vendor", "Model", "Provider", "Customer"}) {
            table.column(column);
        }
        table.column("Lines").alignRight();
        table.column("Label").maxSize(30);
        table.column("First delivered");
        for (Device d : registry.devices(provider, customer)) {
            table.addRow().addContent(d.mac().colons(), d.vendor(), d.model(), d.providerName(),
                    d.customerName(), d.lines().size(), d.label(),
                    Formats.time(d.firstDeliveredAt()));
        }
        table.print(out);
    }

    /** A misspelt name would list nothing; say so instead. */
    private void checkFilter() throws CommandException {
        if (provider != null) {
            requireProvider(provider);
        }
        boolean known = customer == null || registry.customers(provider).stream()
                .anyMatch(c -> c.name().equals(customer));
        if (!known) {
            throw new CommandException("There is no customer " + customer
                    + (provider == null ? "" : " of provider " + provider) + "; see"
                    + " customer:list" + (provider == null ? "" : " " + provider));
        }
    }
}
