package org.openprov.templates.command;

import java.util.List;
import java.util.Set;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.CommandException;
import org.openprov.api.settings.Level;
import org.openprov.api.settings.Template;
import org.openprov.api.settings.TemplateState;
import org.openprov.templates.command.completers.ProviderNameCompleter;
import org.openprov.templates.command.completers.TemplateStateCompleter;
import org.openprov.templates.internal.Texts;

/**
 * {@code template:create <name> [--provider P] [--customer C] [--vendor v]... [--model m]...
 * [--state S]}.
 */
@Command(scope = "template", name = "create", description = "Creates a template: a named set"
        + " of values applied in bulk. Without --provider it is a platform template; with"
        + " --provider, a provider template; with --provider and --customer, a customer"
        + " template. --vendor and --model limit it to those phones (repeat them for several)."
        + " A new template is disabled unless --state says otherwise")
@Service
public class TemplateCreateCommand extends TemplateAction {

    @Option(name = "--provider", aliases = "-p", description = "The provider it is for")
    @Completion(ProviderNameCompleter.class)
    String provider;

    @Option(name = "--customer", aliases = "-c", description = "The customer it is for, within"
            + " the provider")
    String customer;

    @Option(name = "--vendor", multiValued = true, description = "Only phones of this vendor,"
            + " e.g. yealink")
    List<String> vendors;

    @Option(name = "--model", multiValued = true, description = "Only phones of this model,"
            + " e.g. T54W")
    List<String> models;

    @Option(name = "--state", aliases = "-s", description = "disabled (the default),"
            + " assignable (applies to the phones it is assigned to) or auto-apply (applies to"
            + " every phone in its scope and filter)")
    @Completion(TemplateStateCompleter.class)
    String state;

    @Argument(index = 0, name = "name", required = true, description = "The template's name:"
            + " letters, digits, '.', '_' or '-', unique ignoring case")
    String name;

    @Override
    protected void run() throws Exception {
        if (customer != null && provider == null) {
            throw new CommandException("--customer needs --provider: a customer is named"
                    + " within its provider, e.g. --provider acme --customer dental");
        }
        // Read before anything is created, so that a mistyped state creates nothing.
        TemplateState wanted = state == null ? TemplateState.DISABLED
                : TemplateState.parse(state);
        Level level = provider == null ? Level.PLATFORM
                : customer == null ? Level.PROVIDER : Level.CUSTOMER;
        Template template = templates.create(name, level, orEmpty(provider), orEmpty(customer),
                copy(vendors), copy(models));
        if (wanted != TemplateState.DISABLED) {
            template = templates.setState(template.name(), wanted);
        }
        out.println("Created template " + template.name() + " (" + template.scope() + "; "
                + Texts.filter(template) + "), " + template.state().id() + ". " + next(template));
    }

    private String next(Template template) {
        String name = template.name();
        String values = "Give it values with template:set " + name + " <setting> <value>";
        return switch (template.state()) {
            case DISABLED -> values + "; it applies once template:state " + name
                    + " auto-apply or assignable";
            case ASSIGNABLE -> values + ", and assign it with template:assign " + name
                    + " <mac>";
            case AUTO_APPLY -> values + "; it " + reach(template, "they get them");
        };
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    private static Set<String> copy(List<String> entries) {
        return entries == null ? Set.of() : Set.copyOf(entries);
    }
}
