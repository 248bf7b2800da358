package org.openprov.registry.command.completers;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.openprov.api.registry.DeviceRegistry;
import org.openprov.api.registry.Mac;

/**
 * Completes the MACs of registered devices, written the way the administrator started typing:
 * with colons, dashes or dots, or as 12 bare digits.
 */
@Service
public class MacCompleter implements Completer {

    @Reference
    DeviceRegistry registry;

    @Override
    public int complete(Session session, CommandLine line, List<String> candidates) {
        Function<Mac, String> form = form(line.getCursorArgument());
        return Completions.offer(session, line, candidates, () -> registry
                .devices(null, null).stream().map(d -> form.apply(d.mac())).toList());
    }

    private static Function<Mac, String> form(String typed) {
        String start = typed == null ? "" : typed;
        if (start.contains(":")) {
            return Mac::colons;
        }
        if (start.contains("-")) {
            return mac -> mac.colons().replace(':', '-');
        }
        if (start.contains(".")) {
            return mac -> mac.hex().substring(0, 4) + "." + mac.hex().substring(4, 8) + "."
                    + mac.hex().substring(8);
        }
        boolean upper = !start.equals(start.toLowerCase(Locale.ROOT));
        return upper ? Mac::upper : Mac::hex;
    }
}
