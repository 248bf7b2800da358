package org.openprov.templates.command.completers;

import java.util.List;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.openprov.api.registry.DeviceRegistry;
import org.openprov.api.registry.Provider;

/** Completes provider names. */
@Service
public class ProviderNameCompleter implements Completer {

    @Reference
    DeviceRegistry registry;

    @Override
    public int complete(Session session, CommandLine line, List<String> candidates) {
        return Completions.offer(session, line, candidates,
                () -> registry.providers().stream().map(Provider::name).toList());
    }
}
