package org.openprov.templates.command;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.openprov.api.settings.SettingKeys;
import org.openprov.api.settings.Template;
import org.openprov.templates.command.completers.SettingNameCompleter;
import org.openprov.templates.command.completers.TemplateNameCompleter;

/** {@code template:unset <name> <setting>}. */
@Command(scope = "template", name = "unset", description = "Removes one value from a"
        + " template; the phones it reaches fall back to another level's value, if any")
@Service
public class TemplateUnsetCommand extends TemplateAction {

    @Argument(index = 0, name = "name", required = true, description = "The template")
    @Completion(TemplateNameCompleter.class)
    String name;

    @Argument(index = 1, name = "setting", required = true, description = "The setting, e.g."
            + " ntp.server")
    @Completion(SettingNameCompleter.class)
    String setting;

    @Override
    protected void run() throws Exception {
        String key = SettingKeys.name(setting);
        Template template = templates.unset(name, key);
        out.println("Template " + template.name() + ": " + key + " removed; "
                + reach(template, "they fall back to another level's value, if any,"));
    }
}
