package org.openprov.entitlement.command;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.CommandException;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.apache.karaf.shell.support.table.ShellTable;
import org.openprov.api.entitlement.LicenseOutcome;
import org.openprov.api.registry.Mac;
import org.openprov.entitlement.command.completers.CustomerPathCompleter;
import org.openprov.entitlement.command.completers.MacCompleter;
import org.openprov.entitlement.command.completers.ProviderNameCompleter;
import org.openprov.entitlement.internal.Texts;

/**
 * {@code license:add [--customer P/C] [--provider P] [--state S] [--yes] [mac...]}: selects
 * devices, shows what would be licensed and what refused, asks, then licenses.
 */
@Command(scope = "license", name = "add", description = "Adds a 6-month license to each"
        + " selected Provisioning Plus phone. Select phones by MAC, by --customer, --provider"
        + " or --state, or both (then a MAC must also match the options). A summary says how"
        + " many will be licensed, which are refused and why, and the months that will be"
        + " billed; confirm with y, or pass --yes in scripts. Added during the window a license"
        + " starts when the window ends; added to a licensed phone it extends the term by 6"
        + " months; added to an EXPIRED phone it starts now and unlocks it. Phones on the"
        + " monthly plan, and phones that have not fetched their configuration yet, are"
        + " refused; the others are licensed")
@Service
public class LicenseAddCommand extends EntitlementAction {

    /** Most MACs named in one line of the summary; the rest are counted. */
    private static final int SHOWN = 10;

    @Option(name = "--customer", aliases = "-c", description = "Only this customer's phones,"
            + " written provider/customer, e.g. acme/main-office")
    @Completion(CustomerPathCompleter.class)
    String customer;

    @Option(name = "--provider", aliases = "-p", description = "Only this provider's phones")
    @Completion(ProviderNameCompleter.class)
    String provider;

    @Option(name = "--state", aliases = "-s", description = "Only the phones in this state"
            + " now: EXPIRED, ACTIVE or LICENSED")
    @Completion(value = StringsCompleter.class, values = {"EXPIRED", "ACTIVE", "LICENSED"},
            caseSensitive = false)
    String state;

    @Option(name = "--yes", aliases = "-y", description = "License without asking; for"
            + " scripts")
    boolean yes;

    @Argument(index = 0, name = "mac", multiValued = true, description = "The phones' MAC"
            + " addresses, in any usual form")
    @Completion(MacCompleter.class)
    List<String> macs;

    @Reference
    Session session;

    @Override
    protected void run() throws Exception {
        List<Candidate> selected = new Selection(registry, entitlements)
                .candidates(macs, customer, provider, state, now());
        List<Candidate> licensable = selected.stream().filter(Candidate::licensable).toList();
        summarise(selected, licensable);
        if (licensable.isEmpty()) {
            throw new CommandException("Nothing to license: none of the " + selected.size()
                    + " selected phone(s) can take a license (see above)");
        }
        if (!yes && !confirmed(licensable.size())) {
            out.println("Nothing licensed.");
            return;
        }
        report(license(licensable));
    }

    private void summarise(List<Candidate> selected, List<Candidate> licensable) {
        int n = licensable.size();
        out.println(selected.size() + " phone(s) selected:");
        out.println("  " + n + " will be licensed: 6 months each, " + 6 * n + " months of"
                + " license in all, billed at 6 × the provider's monthly price each");
        Map<String, List<Mac>> refused = selected.stream().filter(c -> !c.licensable())
                .collect(Collectors.groupingBy(Candidate::refusal, LinkedHashMap::new,
                        Collectors.mapping(c -> c.device().mac(), Collectors.toList())));
        if (!refused.isEmpty()) {
            out.println("  " + (selected.size() - n) + " refused:");
        }
        refused.forEach((reason, macs) -> out.println("    " + (macs.size() == 1
                ? macs.get(0).colons() + " " + reason : list(macs) + ": each " + reason)));
    }

    private boolean confirmed(int n) throws Exception {
        String answer;
        try {
            answer = session.readLine("Add " + n + " license(s)? [y/N] ", null);
        } catch (UnsupportedOperationException noTerminal) {
            // A script or "bin/client -b" has no terminal to ask on.
            throw new CommandException("Cannot ask for confirmation here (no terminal); nothing"
                    + " was licensed. Add --yes to license without asking");
        }
        String said = answer == null ? "" : answer.trim().toLowerCase(Locale.ROOT);
        return said.equals("y") || said.equals("yes");
    }

    /** One device at a time, so a failure halfway still shows what was licensed. */
    private List<LicenseOutcome> license(List<Candidate> licensable) {
        List<LicenseOutcome> outcomes = new ArrayList<>();
        try {
            for (Candidate candidate : licensable) {
                outcomes.addAll(entitlements.addLicenses(List.of(candidate.device().mac()),
                        now()));
            }
            return outcomes;
        } catch (RuntimeException failure) {
            report(outcomes);
            throw failure;
        }
    }

    private void report(List<LicenseOutcome> outcomes) {
        ShellTable table = new ShellTable();
        for (String column : new String[] {"MAC", "State now", "License term"}) {
            table.column(column);
        }
        long added = 0;
        for (LicenseOutcome outcome : outcomes) {
            if (outcome.added()) {
                added++;
                table.addRow().addContent(outcome.mac().colons(), stateOf(outcome.mac()),
                        outcome.license().map(l -> Texts.time(l.start()) + " to "
                                + Texts.time(l.end())).orElseThrow());
            }
        }
        table.print(out);
        outcomes.stream().filter(o -> !o.added()).forEach(o -> out.println("Refused: "
                + o.refusal()));
        out.println("Licensed " + added + " phone(s)"
                + (added == outcomes.size() ? "." : "; " + (outcomes.size() - added)
                        + " refused."));
    }

    private String stateOf(Mac mac) {
        return registry.device(mac).map(d -> entitlements.entitlement(d, now()).describe())
                .orElse("removed meanwhile");
    }

    private static String list(List<Mac> macs) {
        String shown = macs.stream().limit(SHOWN).map(Mac::colons)
                .collect(Collectors.joining(", "));
        return macs.size() <= SHOWN ? shown : shown + " and " + (macs.size() - SHOWN)
                + " more";
    }

}
