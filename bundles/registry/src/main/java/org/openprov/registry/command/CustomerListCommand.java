package org.openprov.registry.command;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.openprov.api.registry.Customer;
import org.openprov.registry.command.completers.ProviderNameCompleter;

/** {@code customer:list [provider]}. */
@Command(scope = "customer", name = "list", description = "Lists the customers of one provider,"
        + " or of every provider")
@Service
public class CustomerListCommand extends RegistryAction {

    @Argument(index = 0, name = "provider", description = "Only this provider's customers;"
            + " leave it out to list every provider's")
    @Completion(ProviderNameCompleter.class)
    String provider;

    @Override
    protected void run() throws Exception {
        if (provider != null) {
            requireProvider(provider);
        }
        ShellTable table = new ShellTable().emptyTableText(provider == null
                ? "No customers yet; add one with customer:add <provider> <name>"
                : "Provider " + provider + " has no customers yet; add one with customer:add "
                        + provider + " <name>");
        table.column("Provider");
        table.column("Customer");
        table.column("Added");
        for (Customer customer : registry.customers(provider)) {
            table.addRow().addContent(customer.providerName(), customer.name(),
                    Formats.time(customer.createdAt()));
        }
        table.print(out);
    }
}
