package org.openprov.registry.command;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.openprov.api.registry.Provider;

/** {@code provider:add <name>}. */
@Command(scope = "provider", name = "add", description = "Adds a provider: a company whose"
        + " customers' phones this platform provisions")
@Service
public class ProviderAddCommand extends RegistryAction {

    @Argument(index = 0, name = "name", required = true, description = "The new provider's"
            + " name: 1 to 64 letters, digits, dots, dashes or underscores, e.g. acme-telecom")
    String name;

    @Override
    protected void run() {
        Provider added = registry.addProvider(name);
        out.println("Added provider " + added.name() + ". Next, add its customers with"
                + " customer:add " + added.name() + " <customer>");
    }
}
