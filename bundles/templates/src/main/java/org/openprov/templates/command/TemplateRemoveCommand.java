package org.openprov.templates.command;

import java.util.Locale;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.CommandException;
import org.openprov.api.settings.Template;
import org.openprov.templates.command.completers.TemplateNameCompleter;

/** {@code template:remove <name> [--yes]}. */
@Command(scope = "template", name = "remove", description = "Removes a template with its"
        + " values and assignments, after asking; the phones it reached lose its values at"
        + " their next fetch. EXPIRED phones keep the configuration they had at expiry")
@Service
public class TemplateRemoveCommand extends TemplateAction {

    @Option(name = "--yes", aliases = "-y", description = "Remove without asking; for"
            + " scripts")
    boolean yes;

    @Argument(index = 0, name = "name", required = true, description = "The template")
    @Completion(TemplateNameCompleter.class)
    String name;

    @Reference
    Session session;

    @Override
    protected void run() throws Exception {
        Template template = require(name);
        int reached = templates.reach(template.name()).size();
        if (!yes && !confirmed(template, reached)) {
            out.println("Nothing removed.");
            return;
        }
        if (!templates.remove(template.name())) {
            throw new CommandException("Template " + template.name() + " was removed"
                    + " meanwhile; see template:list");
        }
        out.println("Removed template " + template.name() + " (" + template.scope() + ") with"
                + " its " + template.values().size() + " value(s); " + (reached == 0
                        ? "it reached no device"
                        : "the " + devices(reached) + " it reached lose its values at their"
                                + " next fetch"));
    }

    private boolean confirmed(Template template, int reached) throws Exception {
        String answer;
        try {
            answer = session.readLine("Remove template " + template.name() + " ("
                    + template.scope() + ", " + template.values().size() + " value(s),"
                    + " reaching " + devices(reached) + ")? [y/N] ", null);
        } catch (UnsupportedOperationException noTerminal) {
            throw new CommandException("Cannot ask for confirmation here (no terminal);"
                    + " nothing was removed. Add --yes to remove without asking");
        }
        String said = answer == null ? "" : answer.strip().toLowerCase(Locale.ROOT);
        return said.equals("y") || said.equals("yes");
    }
}
