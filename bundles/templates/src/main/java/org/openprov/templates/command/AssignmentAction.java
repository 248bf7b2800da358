package org.openprov.templates.command;

import java.util.ArrayList;
import java.util.List;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.support.CommandException;
import org.openprov.api.registry.Mac;
import org.openprov.api.registry.RegistryException;
import org.openprov.api.settings.Template;
import org.openprov.templates.command.completers.MacCompleter;
import org.openprov.templates.command.completers.TemplateNameCompleter;

/**
 * A command that assigns a template to phones or unassigns it, phone by phone: a phone that is
 * refused is named with the reason, and the others are still done.
 */
public abstract class AssignmentAction extends TemplateAction {

    @Argument(index = 0, name = "name", required = true, description = "The template")
    @Completion(TemplateNameCompleter.class)
    String name;

    @Argument(index = 1, name = "mac", required = true, multiValued = true,
            description = "The phones' MAC addresses, in any usual form")
    @Completion(MacCompleter.class)
    List<String> macs;

    @Override
    protected final void run() throws Exception {
        Template template = require(name);
        // Every MAC is read first, so that a typo changes nothing.
        List<Mac> parsed = new ArrayList<>();
        for (String mac : macs) {
            parsed.add(Mac.parse(mac));
        }
        int done = 0;
        int unchanged = 0;
        List<String> refusals = new ArrayList<>();
        for (Mac mac : parsed) {
            try {
                if (change(template.name(), mac)) {
                    done++;
                } else {
                    unchanged++;
                }
            } catch (RegistryException refused) {
                refusals.add(refused.getMessage());
            }
        }
        if (done == 0 && unchanged == 0) {
            throw new CommandException(String.join("\n", refusals));
        }
        refusals.forEach(r -> out.println("Refused: " + r));
        out.println(report(require(template.name()), done, unchanged));
    }

    /**
     * @param template the template's name
     * @param mac a phone
     * @return whether something changed
     * @throws RegistryException when the phone is refused
     */
    abstract boolean change(String template, Mac mac);

    /**
     * @param template the template after the changes
     * @param done how many phones changed
     * @param unchanged how many were already as asked
     * @return the line that tells the administrator
     */
    abstract String report(Template template, int done, int unchanged);

    /**
     * @param n a number of phones
     * @return e.g. {@code 1 phone} or {@code 3 phones}
     */
    static String phones(int n) {
        return n == 1 ? "1 phone" : n + " phones";
    }
}
