package org.openprov.registry.command;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.apache.karaf.shell.support.CommandException;
import org.openprov.api.registry.Setting;

/** Reads a setting name as typed at the console. */
final class Settings {

    private Settings() {
    }

    /**
     * @param name a setting name, e.g. {@code time.zone}
     * @return the setting
     * @throws CommandException naming the settings there are
     */
    static Setting require(String name) throws CommandException {
        return Setting.byKey(name).orElseThrow(() -> new CommandException("There is no setting "
                + name + "; the settings are " + Arrays.stream(Setting.values())
                        .map(Setting::key).collect(Collectors.joining(", "))));
    }
}
