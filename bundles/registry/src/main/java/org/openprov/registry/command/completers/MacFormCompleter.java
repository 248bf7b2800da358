package org.openprov.registry.command.completers;

import java.util.List;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.openprov.api.registry.Mac;

/**
 * Accepts the MAC of a phone about to be registered: it offers back what was typed when that is
 * a well-formed MAC, and nothing otherwise.
 *
 * <p>There is nothing to suggest for a new phone, but Karaf completes an argument only when
 * every argument before it is one its own completer would offer; without this, Tab after the
 * MAC of {@code device:add} would never list vendors or models.
 */
@Service
public class MacFormCompleter implements Completer {

    @Override
    public int complete(Session session, CommandLine line, List<String> candidates) {
        String typed = line.getCursorArgument();
        return Completions.offer(session, line, candidates, () -> Mac.tryParse(typed).isPresent()
                ? List.of(typed) : List.of());
    }
}
