package org.openprov.templates.command.completers;

import java.util.List;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.openprov.api.settings.Template;
import org.openprov.api.settings.TemplateService;

/** Completes template names. */
@Service
public class TemplateNameCompleter implements Completer {

    @Reference
    TemplateService templates;

    @Override
    public int complete(Session session, CommandLine line, List<String> candidates) {
        return Completions.offer(session, line, candidates,
                () -> templates.templates().stream().map(Template::name).toList());
    }
}
