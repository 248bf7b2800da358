package org.openprov.bench.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.karaf.shell.support.CommandException;
import org.openprov.api.generator.ConfigGenerator;
import org.openprov.bench.internal.BenchVendor;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

/**
 * The vendor generators registered at this moment, held for one command and released when it
 * ends, since a vendor bundle may come or go at any time.
 */
class InstalledGenerators implements AutoCloseable {

    private final Map<String, ConfigGenerator> byVendor;
    private final Runnable release;

    /**
     * @param byVendor the generators, by vendor id
     * @param release gives the services back
     */
    InstalledGenerators(Map<String, ConfigGenerator> byVendor, Runnable release) {
        this.byVendor = Map.copyOf(byVendor);
        this.release = release;
    }

    /**
     * @param context the bundle context to look the generators up with
     * @return the generators registered now
     */
    static InstalledGenerators of(BundleContext context) {
        Map<String, ConfigGenerator> found = new TreeMap<>();
        List<ServiceReference<ConfigGenerator>> used = new ArrayList<>();
        for (ServiceReference<ConfigGenerator> ref : references(context)) {
            ConfigGenerator generator = context.getService(ref);
            if (generator != null) {
                used.add(ref);
                found.putIfAbsent(generator.vendor(), generator);
            }
        }
        return new InstalledGenerators(found, () -> used.forEach(context::ungetService));
    }

    private static List<ServiceReference<ConfigGenerator>> references(BundleContext context) {
        try {
            return new ArrayList<>(context.getServiceReferences(ConfigGenerator.class, null));
        } catch (InvalidSyntaxException noFilter) {
            throw new IllegalStateException(noFilter);
        }
    }

    /** @return the generators, by vendor id */
    Map<String, ConfigGenerator> byVendor() {
        return byVendor;
    }

    /**
     * @param vendors vendors the benchmark is about to use
     * @throws CommandException naming the first that is not installed, and its feature
     */
    void requireAll(List<BenchVendor> vendors) throws CommandException {
        for (BenchVendor vendor : vendors) {
            if (!byVendor.containsKey(vendor.id())) {
                throw new CommandException("Vendor " + vendor.id() + " is not installed; install"
                        + " it with feature:install openprov-vendor-" + vendor.id()
                        + ", or leave it out of --vendors");
            }
        }
    }

    @Override
    public void close() {
        release.run();
    }
}
