package org.openprov.bench.command;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.CommandException;
import org.openprov.api.registry.DeviceRegistry;
import org.openprov.api.registry.RegistryException;
import org.openprov.bench.internal.BenchPlan;
import org.openprov.bench.internal.BenchVendor;
import org.openprov.bench.internal.Registrar;
import org.osgi.framework.BundleContext;

/** {@code bench:register [--count N] [--providers P] [--vendors v,...] [--seed S]}. */
@Command(scope = "bench", name = "register", description = "Registers benchmark phones through"
        + " the device registry, each with line 1 on the monthly plan, and prints how long it"
        + " took. Phone i is of vendor i mod V; its MAC is the vendor's OUI then seed + i in six"
        + " hex digits, so a load script computes the same MACs. Providers are bench-1..P, each"
        + " with customers site-1..C; missing ones are added first (not timed)")
@Service
public class BenchRegisterCommand implements Action {

    @Reference
    DeviceRegistry registry;

    @Reference
    BundleContext context;

    @Option(name = "--count", aliases = "-n", description = "How many phones (default 1000)")
    int count = 1000;

    @Option(name = "--providers", aliases = "-p", description = "How many providers share them"
            + " (default 10)")
    int providers = 10;

    @Option(name = "--customers", description = "How many customers each provider has"
            + " (default 10)")
    int customers = 10;

    @Option(name = "--vendors", aliases = "-v", description = "The vendors, comma-separated,"
            + " in the order phones take them (default: yealink,polycom,cisco,grandstream,snom,"
            + "fanvil,mitel,audiocodes); each must be installed")
    String vendors = BenchVendor.ids(List.of(BenchVendor.values()));

    @Option(name = "--seed", aliases = "-s", description = "The MAC counter of the first phone"
            + " (default 1); a second batch needs a seed past the first batch's last phone")
    int seed = 1;

    @Option(name = "--threads", aliases = "-t", description = "How many phones are registered"
            + " at once (default 1)")
    int threads = 1;

    /** Where the command writes; Karaf routes {@code System.out} to the session's console. */
    PrintStream out = System.out;

    private int reported;

    @Override
    public Object execute() throws Exception {
        try {
            register();
            return null;
        } catch (RegistryException | IllegalArgumentException mistake) {
            throw new CommandException(mistake.getMessage());
        }
    }

    private void register() throws Exception {
        BenchPlan plan = new BenchPlan(count, providers, customers, BenchVendor.list(vendors),
                seed);
        try (InstalledGenerators installed = generators()) {
            installed.requireAll(plan.vendors());
        }
        Registrar registrar = Registrar.withRandomPasswords(registry);
        int added = registrar.prepare(plan);
        out.println("Registering " + count + " phones (" + BenchVendor.ids(plan.vendors())
                + ") for " + providers + " providers of " + customers + " customers each ("
                + added + " providers and customers added first), on " + threads
                + " thread(s)...");
        Registrar.Result result = registrar.register(plan, threads, this::progress);
        out.println(String.format(Locale.ROOT, "Registered %d phones in %.3f s: %.1f phones/s",
                result.phones(), result.elapsed().toNanos() / 1e9, result.perSecond()));
    }

    /** Prints a line each time another tenth of the phones is done. */
    private void progress(int done) {
        int tenth = Math.max(1, count / 10);
        if (done / tenth > reported / tenth) {
            reported = done;
            out.println("  " + done + " of " + count + " phones registered");
        }
    }

    /** @return the vendors installed now; a test replaces this */
    InstalledGenerators generators() {
        return InstalledGenerators.of(context);
    }
}
