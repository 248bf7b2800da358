package org.openprov.registry.command.completers;

import java.util.Arrays;
import java.util.List;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.openprov.api.settings.Setting;

/** Completes the names of the device settings, e.g. {@code time.zone}. */
@Service
public class SettingNameCompleter implements Completer {

    @Override
    public int complete(Session session, CommandLine line, List<String> candidates) {
        return Completions.offer(session, line, candidates,
                () -> Arrays.stream(Setting.values()).map(Setting::key).toList());
    }
}
