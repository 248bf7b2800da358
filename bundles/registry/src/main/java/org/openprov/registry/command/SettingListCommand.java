package org.openprov.registry.command;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.openprov.api.settings.KeyType;
import org.openprov.api.settings.LineKey;
import org.openprov.api.settings.Setting;

/** {@code setting:list}: the vocabulary of settings, for devices and templates alike. */
@Command(scope = "setting", name = "list", description = "Lists the settings a phone or a"
        + " template can carry, each with the rule its values must pass",
        detailedDescription = "Set them with device:setting-set or template:set. Besides these,"
                + " key.<n> holds line key n (see device:key-set) and raw.<vendor>.<name>"
                + " passes one of a vendor's own parameters unchanged.")
@Service
public class SettingListCommand implements Action {

    @Override
    public Object execute() {
        ShellTable table = new ShellTable();
        table.column("Setting");
        table.column("What it is");
        table.column("Values");
        for (Setting setting : Setting.values()) {
            table.addRow().addContent(setting.key(), setting.meaning()
                    + (setting.secret() ? " (secret, never shown)" : ""), setting.type().rule());
        }
        table.addRow().addContent(LineKey.PREFIX + "<n>", "line key n, from 1 (the phone's"
                + " keys, then its expansion modules')", "<type>;line=<n>;target=<t>;label=<l>,"
                + " type one of " + KeyType.ids());
        table.addRow().addContent("raw.<vendor>.<name>", "a vendor's own parameter, written"
                + " as given", "up to 512 characters, no line breaks");
        table.print(System.out);
        return null;
    }
}
