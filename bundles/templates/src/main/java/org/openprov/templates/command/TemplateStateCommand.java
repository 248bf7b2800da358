package org.openprov.templates.command;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.openprov.api.settings.Template;
import org.openprov.api.settings.TemplateState;
import org.openprov.templates.command.completers.TemplateNameCompleter;
import org.openprov.templates.command.completers.TemplateStateCompleter;

/** {@code template:state <name> <state>}. */
@Command(scope = "template", name = "state", description = "Says whether and how a template"
        + " applies: disabled (to no phone), assignable (to the phones it is assigned to) or"
        + " auto-apply (to every phone in its scope and filter, including phones added"
        + " later)")
@Service
public class TemplateStateCommand extends TemplateAction {

    @Argument(index = 0, name = "name", required = true, description = "The template")
    @Completion(TemplateNameCompleter.class)
    String name;

    @Argument(index = 1, name = "state", required = true, description = "disabled, assignable"
            + " or auto-apply")
    @Completion(TemplateStateCompleter.class)
    String state;

    @Override
    protected void run() throws Exception {
        TemplateState wanted = TemplateState.parse(state);
        Template before = require(name);
        if (before.state() == wanted) {
            out.println("Template " + before.name() + " is already " + wanted.id()
                    + "; nothing changed");
            return;
        }
        int reachedBefore = templates.reach(before.name()).size();
        Template after = templates.setState(before.name(), wanted);
        String change = "Template " + after.name() + " is now " + wanted.id() + " (was "
                + before.state().id() + "); ";
        if (wanted == TemplateState.DISABLED) {
            out.println(change + (reachedBefore == 0 ? "it reached no device"
                    : "the " + devices(reachedBefore) + " it reached lose its values at their"
                            + " next fetch"));
            return;
        }
        out.println(change + reach(after, "they get its values"));
    }
}
