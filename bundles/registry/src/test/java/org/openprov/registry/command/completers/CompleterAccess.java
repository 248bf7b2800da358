package org.openprov.registry.command.completers;

import org.apache.karaf.shell.api.console.Completer;
import org.openprov.api.registry.DeviceRegistry;

/** Builds completers as Karaf would, for tests in other packages. */
public final class CompleterAccess {

    private CompleterAccess() {
    }

    public static Completer customers(DeviceRegistry registry) {
        CustomerNameCompleter completer = new CustomerNameCompleter();
        completer.registry = registry;
        return completer;
    }

    public static Completer macs(DeviceRegistry registry) {
        MacCompleter completer = new MacCompleter();
        completer.registry = registry;
        return completer;
    }
}
