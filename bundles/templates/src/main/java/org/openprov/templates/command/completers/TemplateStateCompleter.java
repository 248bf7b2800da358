package org.openprov.templates.command.completers;

import java.util.Arrays;
import java.util.List;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.openprov.api.settings.TemplateState;

/** Completes template states: {@code disabled}, {@code assignable}, {@code auto-apply}. */
@Service
public class TemplateStateCompleter implements Completer {

    @Override
    public int complete(Session session, CommandLine line, List<String> candidates) {
        return Completions.offer(session, line, candidates,
                () -> Arrays.stream(TemplateState.values()).map(TemplateState::id).toList());
    }
}
