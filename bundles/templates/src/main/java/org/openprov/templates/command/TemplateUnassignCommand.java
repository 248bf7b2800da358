package org.openprov.templates.command;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.openprov.api.registry.Mac;
import org.openprov.api.settings.Template;
import org.openprov.api.settings.TemplateState;

/** {@code template:unassign <name> <mac>...}. */
@Command(scope = "template", name = "unassign", description = "Unassigns a template from"
        + " phones. A phone of an auto-apply template keeps its values, by auto-apply. A phone"
        + " no longer registered can be unassigned too")
@Service
public class TemplateUnassignCommand extends AssignmentAction {

    @Override
    boolean change(String template, Mac mac) {
        return templates.unassign(template, mac);
    }

    @Override
    String report(Template template, int done, int unchanged) {
        String keep = template.state() == TemplateState.AUTO_APPLY
                ? "those in its scope and filter keep its values by auto-apply"
                : "they lose its values at their next fetch";
        return "Template " + template.name() + " unassigned from " + phones(done)
                + (unchanged == 0 ? "" : " (" + unchanged + " did not have it)")
                + (done == 0 ? "" : "; " + keep) + "; it reaches "
                + devices(templates.reach(template.name()).size()) + " now";
    }
}
