package org.openprov.registry.command;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.CommandException;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.openprov.api.registry.Device;
import org.openprov.api.settings.KeyType;
import org.openprov.api.settings.LineKey;
import org.openprov.registry.command.completers.MacCompleter;
import org.osgi.framework.BundleContext;

/** {@code device:key-set <mac> <position> <type>}: one programmable key of one phone. */
@Command(scope = "device", name = "key-set", description = "Sets one programmable key of a"
        + " phone: what it does, the line it uses, its target and its label",
        detailedDescription = "Positions count the phone's own keys first (all pages), then"
                + " the keys of its first expansion module, and so on. The key is checked"
                + " against the model: its position, its type and its line must fit, or nothing"
                + " is changed. Labels longer than the phone shows are shortened when the file"
                + " is made, and the log says so. A template can set keys for many phones:"
                + " see template:key-set.")
@Service
public class DeviceKeySetCommand extends RegistryAction {

    @Reference
    BundleContext context;

    @Argument(index = 0, name = "mac", required = true,
            description = "The phone's MAC address, in any usual form")
    @Completion(MacCompleter.class)
    String mac;

    @Argument(index = 1, name = "position", required = true, description = "The key, from 1")
    int position;

    @Argument(index = 2, name = "type", required = true, description = "line, blf, speed-dial,"
            + " call-park, pickup, group-pickup, dnd, voicemail, intercom, transfer,"
            + " call-forward, conference, url or empty")
    @Completion(value = StringsCompleter.class, values = {"line", "blf", "speed-dial",
        "call-park", "pickup", "group-pickup", "dnd", "voicemail", "intercom", "transfer",
        "call-forward", "conference", "url", "empty"})
    String type;

    @Option(name = "--line", description = "The line the key uses, from 1 (default 1)")
    int line = 1;

    @Option(name = "--target", description = "The extension, number or URL the key acts on,"
            + " for the types that take one")
    String target;

    @Option(name = "--label", description = "The text next to the key")
    String label;

    /** @return the vendors installed now; a test replaces this */
    InstalledVendors vendors() {
        return InstalledVendors.of(context);
    }

    @Override
    protected void run() throws Exception {
        LineKey key;
        try {
            key = new LineKey(position, KeyType.parse(type), line, target, label);
        } catch (IllegalArgumentException invalid) {
            throw new CommandException(invalid.getMessage());
        }
        Device device = registered(mac);
        Settings.requireVendor(vendors(), device, "key " + position)
                .requireFit(key, device.model());
        registry.setSetting(device.mac(), key.settingKey(), key.format());
        out.println("Key " + position + " of " + device.mac().colons() + " set: "
                + key.format() + "; the phone gets it at its next fetch");
    }
}
