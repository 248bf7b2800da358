package org.openprov.entitlement.command.completers;

import java.util.List;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.openprov.api.registry.DeviceRegistry;

/**
 * Completes the MACs of registered phones: with colons, unless the administrator started
 * typing bare digits.
 */
@Service
public class MacCompleter implements Completer {

    @Reference
    DeviceRegistry registry;

    @Override
    public int complete(Session session, CommandLine line, List<String> candidates) {
        String typed = line.getCursorArgument();
        boolean bare = typed != null && typed.length() > 2 && typed.indexOf(':') < 0;
        return Completions.offer(session, line, candidates, () -> registry.devices(null, null)
                .stream().map(d -> bare ? d.mac().hex() : d.mac().colons()).toList());
    }

}
