package org.openprov.templates.command.completers;

import java.util.List;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.openprov.api.registry.DeviceRegistry;

/** Completes the MACs of registered phones, written with colons. */
@Service
public class MacCompleter implements Completer {

    @Reference
    DeviceRegistry registry;

    @Override
    public int complete(Session session, CommandLine line, List<String> candidates) {
        return Completions.offer(session, line, candidates, () -> registry.devices(null, null)
                .stream().map(d -> d.mac().colons()).toList());
    }
}
