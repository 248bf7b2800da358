package org.openprov.templates.command;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.openprov.api.settings.LineKey;
import org.openprov.api.settings.Template;
import org.openprov.templates.command.completers.TemplateNameCompleter;

/** {@code template:key-unset <name> <position>}. */
@Command(scope = "template", name = "key-unset", description = "Removes one key from a"
        + " template; the phones it reaches fall back to another level's key there, if any")
@Service
public class TemplateKeyUnsetCommand extends TemplateAction {

    @Argument(index = 0, name = "name", required = true, description = "The template")
    @Completion(TemplateNameCompleter.class)
    String name;

    @Argument(index = 1, name = "position", required = true, description = "The key's"
            + " position, from 1")
    int position;

    @Override
    protected void run() throws Exception {
        String key = LineKey.PREFIX + position;
        Template template = templates.unset(name, key);
        out.println("Template " + template.name() + ": " + key + " removed; "
                + reach(template, "they fall back to another level's key, if any,"));
    }
}
