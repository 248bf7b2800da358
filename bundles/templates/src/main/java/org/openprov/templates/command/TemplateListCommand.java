package org.openprov.templates.command;

import java.util.List;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.openprov.api.settings.Template;
import org.openprov.templates.command.completers.ProviderNameCompleter;
import org.openprov.templates.internal.Texts;

/** {@code template:list [--provider P]}. */
@Command(scope = "template", name = "list", description = "Lists the templates, platform first,"
        + " then by provider, customer and name: the scope, the state, the filter, how many"
        + " values each sets and how many devices it reaches now")
@Service
public class TemplateListCommand extends TemplateAction {

    @Option(name = "--provider", aliases = "-p", description = "Only the templates of this"
            + " provider and of its customers")
    @Completion(ProviderNameCompleter.class)
    String provider;

    @Override
    protected void run() throws Exception {
        List<Template> shown = templates.templates().stream()
                .filter(t -> provider == null || t.providerName().equalsIgnoreCase(provider))
                .toList();
        ShellTable table = new ShellTable().emptyTableText(provider == null
                ? "No templates yet; create one with template:create <name>"
                : "Provider " + provider + " has no templates; create one with"
                        + " template:create <name> --provider " + provider);
        for (String column : new String[] {"Name", "Scope", "State", "Filter"}) {
            table.column(column);
        }
        table.column("Values").alignRight();
        table.column("Reaches").alignRight();
        for (Template t : shown) {
            table.addRow().addContent(t.name(), t.scope(), t.state().id(), Texts.filter(t),
                    t.values().size(), templates.reach(t.name()).size());
        }
        table.print(out);
    }
}
