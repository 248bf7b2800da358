package org.openprov.registry.command;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.openprov.api.registry.Delivery;
import org.openprov.api.registry.Device;
import org.openprov.api.settings.SettingKeys;
import org.openprov.api.registry.SipLine;
import org.openprov.registry.command.completers.MacCompleter;

/** {@code device:show <mac>}. */
@Command(scope = "device", name = "show", description = "Shows a registered phone: its owner,"
        + " SIP lines, settings and its latest 5 deliveries (one for each content received;"
        + " the same bytes fetched again are counted on it); passwords are never shown")
@Service
public class DeviceShowCommand extends RegistryAction {

    /** How many of the latest deliveries are shown. */
    static final int DELIVERIES = 5;

    @Argument(index = 0, name = "mac", required = true,
            description = "The phone's MAC address, in any usual form")
    @Completion(MacCompleter.class)
    String mac;

    @Override
    protected void run() throws Exception {
        Device device = registered(mac);
        summary(device).print(out);
        out.println();
        lines(device).print(out);
        out.println();
        settings(device).print(out);
        out.println();
        List<Delivery> latest = registry.deliveries(device.mac(), DELIVERIES + 1);
        deliveries(latest.subList(0, Math.min(DELIVERIES, latest.size()))).print(out);
        if (latest.size() > DELIVERIES) {
            out.println("The latest " + DELIVERIES + " deliveries are shown; earlier ones are"
                    + " kept too.");
        }
    }

    private ShellTable summary(Device device) {
        ShellTable table = new ShellTable().noHeaders();
        table.column("Field");
        table.column("Value");
        table.addRow().addContent("MAC", device.mac().colons() + " (" + device.mac() + ")");
        table.addRow().addContent("Vendor", device.vendor());
        table.addRow().addContent("Model", device.model());
        table.addRow().addContent("Provider", device.providerName());
        table.addRow().addContent("Customer", device.customerName());
        table.addRow().addContent("Label", device.label());
        table.addRow().addContent("Added", Formats.time(device.createdAt()));
        table.addRow().addContent("First delivered", Formats.time(device.firstDeliveredAt()));
        table.addRow().addContent("Plan", device.provisioningPlus() ? "Provisioning Plus"
                : "monthly");
        table.addRow().addContent("State", state(device));
        standing(device).flatMap(e -> e.windowEnd()).ifPresent(end -> table.addRow()
                .addContent("Window ends", Formats.time(end)));
        standing(device).flatMap(e -> e.licensedUntil()).ifPresent(end -> table.addRow()
                .addContent("Licensed until", Formats.time(end)));
        return table;
    }

    private static ShellTable lines(Device device) {
        ShellTable table = new ShellTable().emptyTableText("No SIP lines; add one with"
                + " device:line-set " + device.mac() + " 1 <user> <server>");
        for (String column : new String[] {"Line", "User", "Auth user", "Password",
            "Display name", "Label", "Server", "Port", "Transport"}) {
            table.column(column);
        }
        for (SipLine l : device.lines()) {
            table.addRow().addContent(l.number(), l.userName(), l.authUser(),
                    Formats.mask(l.password()), l.displayName(), l.label(),
                    l.server().isEmpty() ? "(sip.server)" : l.server(),
                    l.port() == 0 ? "(sip.port)" : String.valueOf(l.port()),
                    l.transport() == null ? "(sip.transport)"
                            : l.transport().name().toLowerCase(Locale.ROOT));
        }
        return table;
    }

    private static ShellTable settings(Device device) {
        ShellTable table = new ShellTable().emptyTableText("No settings on the device itself; set"
                + " one with device:setting-set " + device.mac() + " <name> <value>, and see"
                + " what templates add with device:config-preview " + device.mac());
        table.column("Setting");
        table.column("Value");
        TreeMap<String, String> sorted = new TreeMap<>(SettingKeys.ORDER);
        sorted.putAll(device.settings());
        for (Map.Entry<String, String> e : sorted.entrySet()) {
            boolean secret = SettingKeys.secret(e.getKey());
            table.addRow().addContent(e.getKey(), secret ? Formats.mask(e.getValue())
                    : e.getValue());
        }
        return table;
    }

    private static ShellTable deliveries(List<Delivery> latest) {
        ShellTable table = new ShellTable().emptyTableText("Never delivered: the phone has not"
                + " fetched its configuration yet");
        table.column("Delivered");
        table.column("File");
        table.column("Bytes").alignRight();
        table.column("Fetches").alignRight();
        table.column("Last fetched");
        for (Delivery d : latest) {
            // The same bytes fetched again are counted on the delivery that first carried them.
            table.addRow().addContent(Formats.time(d.at()), d.fileName(), d.size(), d.fetches(),
                    d.fetches() == 1 ? "" : Formats.time(d.lastAt()));
        }
        return table;
    }
}
