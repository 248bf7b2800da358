package org.openprov.registry.command;

import java.util.Map;
import java.util.stream.Collectors;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.openprov.api.registry.Customer;
import org.openprov.api.registry.Provider;

/** {@code provider:list}. */
@Command(scope = "provider", name = "list", description = "Lists the providers, with how many"
        + " customers each has")
@Service
public class ProviderListCommand extends RegistryAction {

    @Override
    protected void run() {
        Map<String, Long> customers = registry.customers(null).stream()
                .collect(Collectors.groupingBy(Customer::providerName, Collectors.counting()));
        ShellTable table = new ShellTable()
                .emptyTableText("No providers yet; add one with provider:add <name>");
        table.column("Provider");
        table.column("Customers").alignRight();
        table.column("Added");
        for (Provider provider : registry.providers()) {
            table.addRow().addContent(provider.name(),
                    customers.getOrDefault(provider.name(), 0L),
                    Formats.time(provider.createdAt()));
        }
        table.print(out);
    }
}
