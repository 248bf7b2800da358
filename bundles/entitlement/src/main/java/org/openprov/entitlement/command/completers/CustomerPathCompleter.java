package org.openprov.entitlement.command.completers;

import java.util.List;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.openprov.api.registry.DeviceRegistry;

/** Completes customers as {@code provider/customer}, the form {@code --customer} takes. */
@Service
public class CustomerPathCompleter implements Completer {

    @Reference
    DeviceRegistry registry;

    @Override
    public int complete(Session session, CommandLine line, List<String> candidates) {
        return Completions.offer(session, line, candidates, () -> registry.customers(null)
                .stream().map(c -> c.providerName() + "/" + c.name()).toList());
    }
}
