package org.openprov.registry.command;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.openprov.api.registry.Customer;
import org.openprov.registry.command.completers.ProviderNameCompleter;

/** {@code customer:add <provider> <name>}. */
@Command(scope = "customer", name = "add", description = "Adds a customer to a provider; the"
        + " customer's phones are then registered with device:add")
@Service
public class CustomerAddCommand extends RegistryAction {

    @Argument(index = 0, name = "provider", required = true,
            description = "The provider the customer belongs to")
    @Completion(ProviderNameCompleter.class)
    String provider;

    @Argument(index = 1, name = "name", required = true, description = "The new customer's"
            + " name, unique within the provider: 1 to 64 letters, digits, dots, dashes or"
            + " underscores, e.g. dental-clinic")
    String name;

    @Override
    protected void run() {
        Customer added = registry.addCustomer(provider, name);
        out.println("Added customer " + added.name() + " to provider " + added.providerName()
                + ". Next, register its phones with device:add " + added.providerName() + " "
                + added.name() + " <mac> <vendor> <model>");
    }
}
