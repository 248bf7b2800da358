package org.openprov.templates.command;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.openprov.api.settings.KeyType;
import org.openprov.api.settings.LineKey;
import org.openprov.api.settings.Template;
import org.openprov.templates.command.completers.KeyTypeCompleter;
import org.openprov.templates.command.completers.TemplateNameCompleter;

/**
 * {@code template:key-set <name> <position> <type> [--line N] [--target T] [--label L]
 * [--lock]}.
 */
@Command(scope = "template", name = "key-set", description = "Sets one programmable key of a"
        + " template, as the setting key.<position>. Positions count the phone's own keys"
        + " first, then those of its expansion modules. Refused when the key does not fit a"
        + " phone the template reaches or a model its filter names")
@Service
public class TemplateKeySetCommand extends TemplateAction {

    @Option(name = "--line", description = "The SIP line the key uses; 1 when not given")
    int line = 1;

    @Option(name = "--target", aliases = "-t", description = "The number, extension or URL"
            + " the key acts on")
    String target;

    @Option(name = "--label", description = "The text shown next to the key")
    String label;

    @Option(name = "--lock", aliases = "-l", description = "Lock the key: lower levels and"
            + " the phones keep it")
    boolean lock;

    @Argument(index = 0, name = "name", required = true, description = "The template")
    @Completion(TemplateNameCompleter.class)
    String name;

    @Argument(index = 1, name = "position", required = true, description = "The key's"
            + " position, from 1")
    int position;

    @Argument(index = 2, name = "type", required = true, description = "What the key does,"
            + " e.g. blf, speed-dial, line")
    @Completion(KeyTypeCompleter.class)
    String type;

    @Override
    protected void run() throws Exception {
        LineKey key = new LineKey(position, KeyType.parse(type), line, target, label);
        Template template = templates.set(name, key.settingKey(), key.format(), lock);
        out.println("Template " + template.name() + ": " + key.settingKey() + " = "
                + key.format() + (lock ? " (locked)" : "") + "; "
                + reach(template, "they get it"));
    }
}
