package org.openprov.templates.command.completers;

import java.util.Arrays;
import java.util.List;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.openprov.api.settings.KeyType;

/** Completes key types, e.g. {@code blf} or {@code speed-dial}. */
@Service
public class KeyTypeCompleter implements Completer {

    @Override
    public int complete(Session session, CommandLine line, List<String> candidates) {
        return Completions.offer(session, line, candidates,
                () -> Arrays.stream(KeyType.values()).map(KeyType::id).toList());
    }
}
