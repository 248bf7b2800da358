package org.openprov.templates.command;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.openprov.api.registry.Device;
import org.openprov.api.registry.Mac;
import org.openprov.api.settings.Template;
import org.openprov.templates.command.completers.TemplateNameCompleter;

/** {@code template:devices <name>}. */
@Command(scope = "template", name = "devices", description = "Lists the phones a template"
        + " reaches now, and for each whether it is assigned or reached by auto-apply. A"
        + " phone may still take another level's value, or keep its own where nothing is"
        + " locked; device:show tells where each of its values comes from")
@Service
public class TemplateDevicesCommand extends TemplateAction {

    @Argument(index = 0, name = "name", required = true, description = "The template")
    @Completion(TemplateNameCompleter.class)
    String name;

    @Override
    protected void run() throws Exception {
        Template template = require(name);
        List<Device> reached = templates.reach(template.name());
        Set<Mac> assigned = new HashSet<>(templates.assigned(template.name()));
        if (reached.isEmpty()) {
            // The reason it reaches none, and what would make it apply.
            out.println("Template " + template.name() + " " + reach(template, ""));
            footer(template, reached, assigned, 0);
            return;
        }
        ShellTable table = new ShellTable();
        for (String column : new String[] {"MAC", "Customer", "Phone", "How"}) {
            table.column(column);
        }
        long expired = 0;
        for (Device d : reached) {
            boolean isExpired = expired(d);
            expired += isExpired ? 1 : 0;
            table.addRow().addContent(d.mac().colons(), d.providerName() + "/"
                    + d.customerName(), d.vendor() + " " + d.model(),
                    (assigned.contains(d.mac()) ? "assigned" : "auto-apply")
                    + (isExpired ? ", EXPIRED: keeps its configuration" : ""));
        }
        table.print(out);
        footer(template, reached, assigned, expired);
    }

    private void footer(Template template, List<Device> reached, Set<Mac> assigned,
            long expired) {
        if (!reached.isEmpty()) {
            long byAssignment = reached.stream().filter(d -> assigned.contains(d.mac()))
                    .count();
            out.println("Template " + template.name() + " reaches " + devices(reached.size())
                    + ": " + byAssignment + " assigned, " + (reached.size() - byAssignment)
                    + " by auto-apply" + (expired == 0 ? "" : "; " + expired + " EXPIRED"
                            + " keep the configuration they had at expiry"));
        }
        Set<Mac> idle = new HashSet<>(assigned);
        reached.forEach(d -> idle.remove(d.mac()));
        if (!idle.isEmpty()) {
            out.println(idle.size() + " assignment(s) do not apply now: the template is"
                    + " disabled, or the phone was removed or moved out of its scope;"
                    + " template:unassign " + template.name() + " <mac> clears one");
        }
    }
}
