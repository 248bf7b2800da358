package org.openprov.registry.command;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.CommandException;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.apache.karaf.shell.support.table.ShellTable;
import org.openprov.api.entitlement.PlanState;
import org.openprov.api.registry.Device;
import org.openprov.registry.command.completers.CustomerNameCompleter;
import org.openprov.registry.command.completers.ProviderNameCompleter;

/** {@code device:list [--provider P] [--customer C] [--state S]}. */
@Command(scope = "device", name = "list", description = "Lists registered phones, of every"
        + " provider or of one provider or customer, with their plan state (PENDING, ACTIVE,"
        + " EXPIRED, LICENSED, MONTHLY); EXPIRED rows are dimmed on a colour terminal")
@Service
public class DeviceListCommand extends RegistryAction {

    /**
     * ANSI bright black (grey): EXPIRED phones stay listed but stand back. A colour, not the
     * "faint" attribute, because the table resets colours after each cell, not attributes.
     */
    private static final String DIM = "\u001B[90m";

    @Option(name = "--provider", aliases = "-p", description = "Only this provider's phones")
    @Completion(ProviderNameCompleter.class)
    String provider;

    @Option(name = "--customer", aliases = "-c", description = "Only this customer's phones")
    @Completion(CustomerNameCompleter.class)
    String customer;

    @Option(name = "--state", aliases = "-s", description = "Only phones in this state:"
            + " PENDING, ACTIVE, EXPIRED, LICENSED or MONTHLY")
    @Completion(value = StringsCompleter.class,
            values = {"PENDING", "ACTIVE", "EXPIRED", "LICENSED", "MONTHLY"})
    String state;

    @Reference(optional = true)
    Session session;

    @Override
    protected void run() throws Exception {
        checkFilter();
        PlanState wanted = wantedState();
        List<Row> rows = registry.devices(provider, customer).stream()
                .map(d -> new Row(d, state(d)))
                .filter(r -> wanted == null || r.state.startsWith(wanted.name() + " ")
                        || r.state.equals(wanted.name()))
                .toList();
        boolean colours = colours();
        table(rows, colours).print(out, colours);
    }

    private ShellTable table(List<Row> rows, boolean colours) {
        ShellTable table = new ShellTable().emptyTableText(provider == null && customer == null
                && state == null ? "No phones registered yet; add one with device:add"
                        : "No phones match");
        Set<String> expired = rows.stream().filter(r -> r.state.equals("EXPIRED"))
                .map(r -> r.device.mac().colons()).collect(Collectors.toSet());
        Function<String, String> dim = cell -> colours && (expired.contains(cell.trim())
                || cell.trim().equals("EXPIRED")) ? DIM : null;
        table.column("MAC").colorProvider(dim);
        for (String column : new String[] {"Vendor", "Model", "Provider", "Customer"}) {
            table.column(column);
        }
        table.column("Lines").alignRight();
        table.column("Label").maxSize(30);
        table.column("State").colorProvider(dim);
        table.column("First delivered");
        for (Row r : rows) {
            Device d = r.device;
            table.addRow().addContent(d.mac().colons(), d.vendor(), d.model(), d.providerName(),
                    d.customerName(), d.lines().size(), d.label(), r.state,
                    Formats.time(d.firstDeliveredAt()));
        }
        return table;
    }

    private PlanState wantedState() throws CommandException {
        if (state == null) {
            return null;
        }
        try {
            return PlanState.valueOf(state.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new CommandException("Unknown state " + state + "; use PENDING, ACTIVE,"
                    + " EXPIRED, LICENSED or MONTHLY");
        }
    }

    /** Colour only where the terminal shows it; a script or a file gets plain text. */
    private boolean colours() {
        return session != null && session.getTerminal() != null
                && session.getTerminal().isAnsiSupported();
    }

    /** A misspelt name would list nothing; say so instead. */
    private void checkFilter() throws CommandException {
        if (provider != null) {
            requireProvider(provider);
        }
        boolean known = customer == null || registry.customers(provider).stream()
                .anyMatch(c -> c.name().equals(customer));
        if (!known) {
            throw new CommandException("There is no customer " + customer
                    + (provider == null ? "" : " of provider " + provider) + "; see"
                    + " customer:list" + (provider == null ? "" : " " + provider));
        }
    }

    private record Row(Device device, String state) {
    }
}
