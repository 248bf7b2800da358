package org.openprov.registry.command;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.CommandException;
import org.openprov.api.registry.Device;
import org.openprov.api.registry.Setting;
import org.openprov.registry.command.completers.MacCompleter;
import org.openprov.registry.command.completers.SettingNameCompleter;

/** {@code device:setting-set <mac> <name> [value]}. */
@Command(scope = "device", name = "setting-set", description = "Sets one of a phone's settings:"
        + " ntp.server, time.zone or admin.password",
        detailedDescription = "Leave the value out to be asked for it; a secret such as"
                + " admin.password is then typed hidden and stays out of the console history,"
                + " which is the way to prefer for passwords.")
@Service
public class DeviceSettingSetCommand extends RegistryAction {

    @Reference
    Session session;

    @Argument(index = 0, name = "mac", required = true,
            description = "The phone's MAC address, in any usual form")
    @Completion(MacCompleter.class)
    String mac;

    @Argument(index = 1, name = "name", required = true,
            description = "The setting: ntp.server, time.zone or admin.password")
    @Completion(SettingNameCompleter.class)
    String name;

    @Argument(index = 2, name = "value", description = "The new value, e.g. pool.ntp.org or"
            + " Europe/Paris; leave it out to be asked (hidden for passwords)")
    String value;

    @Override
    protected void run() throws Exception {
        Setting setting = Settings.require(name);
        if (setting.secret() && value != null) {
            out.println("Warning: the " + setting.key() + " given on the command line is now in"
                    + " the shell history; leave the value out to be asked for it hidden");
        }
        Device device = registered(mac);
        String typed = value != null ? value : prompt(setting);
        registry.setSetting(device.mac(), setting, typed);
        out.println("Set " + setting.key() + " of " + device.mac().colons()
                + (setting.secret() ? " (value hidden)" : " to " + typed));
    }

    private String prompt(Setting setting) throws Exception {
        String typed = session.readLine(setting.key() + ": ", setting.secret() ? '*' : null);
        if (typed == null) {
            throw new CommandException("No value was read; nothing was changed");
        }
        return typed;
    }
}
