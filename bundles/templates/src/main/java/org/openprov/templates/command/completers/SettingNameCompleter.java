package org.openprov.templates.command.completers;

import java.util.ArrayList;
import java.util.List;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.openprov.api.settings.LineKey;
import org.openprov.api.settings.Setting;
import org.openprov.api.settings.SettingKeys;

/**
 * Completes setting names: the vocabulary, and the starts of the two families that are not in
 * it, {@code key.} and {@code raw.}.
 */
@Service
public class SettingNameCompleter implements Completer {

    @Override
    public int complete(Session session, CommandLine line, List<String> candidates) {
        return Completions.offer(session, line, candidates, SettingNameCompleter::names);
    }

    static List<String> names() {
        List<String> names = new ArrayList<>();
        for (Setting setting : Setting.values()) {
            names.add(setting.key());
        }
        names.add(LineKey.PREFIX);
        names.add(SettingKeys.RAW);
        return names;
    }
}
