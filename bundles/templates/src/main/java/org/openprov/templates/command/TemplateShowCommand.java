package org.openprov.templates.command;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.openprov.api.settings.SettingKeys;
import org.openprov.api.settings.Template;
import org.openprov.templates.command.completers.TemplateNameCompleter;
import org.openprov.templates.internal.Texts;

/** {@code template:show <name>}. */
@Command(scope = "template", name = "show", description = "Shows a template: its scope, state"
        + " and filter, how many phones it is assigned to and reaches, and each value with"
        + " whether it is locked. Passwords are shown as ********")
@Service
public class TemplateShowCommand extends TemplateAction {

    @Argument(index = 0, name = "name", required = true, description = "The template")
    @Completion(TemplateNameCompleter.class)
    String name;

    @Override
    protected void run() throws Exception {
        Template template = require(name);
        out.println("Template " + template.name() + ": " + template.scope() + ", "
                + template.state().id() + ", for " + Texts.filter(template));
        out.println("Assigned to " + templates.assigned(template.name()).size()
                + " phone(s); reaches " + devices(templates.reach(template.name()).size())
                + " now");
        ShellTable table = new ShellTable().emptyTableText("No values yet; set one with"
                + " template:set " + template.name() + " <setting> <value>");
        table.column("Setting");
        table.column("Value");
        table.column("Locked");
        template.values().forEach((setting, value) -> table.addRow().addContent(setting,
                SettingKeys.shown(setting, value.value()), value.locked() ? "locked" : ""));
        table.print(out);
    }
}
