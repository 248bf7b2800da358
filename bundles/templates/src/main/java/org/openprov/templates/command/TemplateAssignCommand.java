package org.openprov.templates.command;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.openprov.api.registry.Mac;
import org.openprov.api.settings.Template;

/** {@code template:assign <name> <mac>...}. */
@Command(scope = "template", name = "assign", description = "Assigns a template to phones."
        + " An assignable template applies only to the phones it is assigned to; an assigned"
        + " template also beats an auto-applied one of the same level. Each phone must be in"
        + " the template's scope and filter, fit its keys, and not be EXPIRED")
@Service
public class TemplateAssignCommand extends AssignmentAction {

    @Override
    boolean change(String template, Mac mac) {
        return templates.assign(template, mac);
    }

    @Override
    String report(Template template, int done, int unchanged) {
        return "Template " + template.name() + " assigned to " + phones(done)
                + (unchanged == 0 ? "" : " (" + unchanged + " had it already)") + "; "
                + reach(template, "they get its values");
    }
}
