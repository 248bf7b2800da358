package org.openprov.registry.command;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.CommandException;
import org.openprov.api.registry.Device;
import org.openprov.api.settings.SettingKeys;
import org.openprov.registry.command.completers.MacCompleter;
import org.openprov.registry.command.completers.SettingNameCompleter;
import org.osgi.framework.BundleContext;

/** {@code device:setting-set <mac> <name> [value]}. */
@Command(scope = "device", name = "setting-set", description = "Sets one of a phone's own"
        + " settings; it beats the value of any template unless a template locked it",
        detailedDescription = "setting:list shows every setting with its rule; template:set"
                + " applies them in bulk. Line keys are easier with device:key-set;"
                + " raw.<vendor>.<name> passes one of the vendor's own parameters unchanged"
                + " (the name takes letters, digits, '.', '_' and '-').\nLeave the value out to"
                + " be asked for it; a secret such as admin.password is then typed hidden and"
                + " stays out of the console history, which is the way to prefer for"
                + " passwords.")
@Service
public class DeviceSettingSetCommand extends RegistryAction {

    @Reference
    Session session;

    @Reference
    BundleContext context;

    @Argument(index = 0, name = "mac", required = true,
            description = "The phone's MAC address, in any usual form")
    @Completion(MacCompleter.class)
    String mac;

    @Argument(index = 1, name = "name", required = true, description = "The setting: "
            + Settings.NAMES)
    @Completion(SettingNameCompleter.class)
    String name;

    @Argument(index = 2, name = "value", description = "The new value, e.g. pool.ntp.org or"
            + " Europe/Paris; leave it out to be asked (hidden for passwords)")
    String value;

    @Override
    protected void run() throws Exception {
        String setting = Settings.require(name);
        boolean secret = SettingKeys.secret(setting);
        if (secret && value != null) {
            out.println("Warning: the " + setting + " given on the command line is now in"
                    + " the shell history; leave the value out to be asked for it hidden");
        }
        Device device = registered(mac);
        String typed = value != null ? value : prompt(setting, secret);
        if (SettingKeys.keyPosition(setting).isPresent()) {
            Settings.requireKeyFits(vendors(), device, setting, typed);
        }
        Device changed = registry.setSetting(device.mac(), setting, typed);
        out.println("Set " + setting + " of " + device.mac().colons() + (secret
                ? " (value hidden)" : " to " + changed.settings().get(setting)));
    }

    /** @return the vendors installed now; a test replaces this */
    InstalledVendors vendors() {
        return InstalledVendors.of(context);
    }

    private String prompt(String setting, boolean secret) throws Exception {
        return ask(session, setting + ": ", secret ? '*' : null, "Give the value after the"
                + " setting's name from a script");
    }
}
