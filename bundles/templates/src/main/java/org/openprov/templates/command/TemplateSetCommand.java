package org.openprov.templates.command;

import java.io.IOException;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.CommandException;
import org.openprov.api.settings.SettingKeys;
import org.openprov.api.settings.Template;
import org.openprov.templates.command.completers.SettingNameCompleter;
import org.openprov.templates.command.completers.TemplateNameCompleter;

/** {@code template:set <name> <setting> <value> [--lock]}. */
@Command(scope = "template", name = "set", description = "Sets one value of a template: a"
        + " setting of the vocabulary (e.g. ntp.server), a key (key.<n>; template:key-set"
        + " writes one for you) or a vendor's own (raw.<vendor>.<name>). With --lock, lower"
        + " levels (and the phones' own values) cannot override it. Refused when a template"
        + " of a higher level locked the setting")
@Service
public class TemplateSetCommand extends TemplateAction {

    @Option(name = "--lock", aliases = "-l", description = "Lock the value: lower levels and"
            + " the phones keep it")
    boolean lock;

    @Argument(index = 0, name = "name", required = true, description = "The template")
    @Completion(TemplateNameCompleter.class)
    String name;

    @Argument(index = 1, name = "setting", required = true, description = "The setting, e.g."
            + " ntp.server")
    @Completion(SettingNameCompleter.class)
    String setting;

    @Argument(index = 2, name = "value", description = "The value; quote it if it has spaces."
            + " Leave it out to be asked for it (hidden for passwords), which keeps a password out"
            + " of the console history")
    String value;

    @Reference
    Session session;

    @Override
    protected void run() throws Exception {
        String key = SettingKeys.name(setting);
        boolean secret = SettingKeys.secret(key);
        if (secret && value != null) {
            out.println("Warning: the " + key + " given on the command line is now in the shell"
                    + " history; leave the value out to be asked for it hidden");
        }
        String typed = value != null ? value : ask(key, secret);
        Template template = templates.set(name, key, typed, lock);
        String stored = template.values().get(key).value();
        out.println("Template " + template.name() + ": " + key + " = "
                + SettingKeys.shown(key, stored) + (lock ? " (locked)" : "") + "; "
                + reach(template, "they get it"));
    }

    private String ask(String key, boolean secret) throws CommandException {
        String typed;
        try {
            typed = session.readLine(key + ": ", secret ? '*' : null);
        } catch (UnsupportedOperationException noTerminal) {
            throw new CommandException("Cannot ask here (no terminal); nothing was changed. Give"
                    + " the value after the setting's name from a script");
        } catch (IOException | RuntimeException interrupted) {
            throw new CommandException("Nothing was read; nothing was changed");
        }
        if (typed == null) {
            throw new CommandException("Nothing was read; nothing was changed");
        }
        return typed;
    }
}
