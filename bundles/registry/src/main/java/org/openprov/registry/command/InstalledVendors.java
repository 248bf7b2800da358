package org.openprov.registry.command;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.karaf.shell.support.CommandException;
import org.openprov.api.generator.ConfigGenerator;
import org.openprov.api.generator.KeyRules;
import org.openprov.api.generator.ModelInfo;
import org.openprov.api.generator.ModelTable;
import org.openprov.api.settings.LineKey;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The vendors whose generators are installed at this moment, with their model tables. Read
 * afresh for each command, since a vendor bundle can be installed or removed at any time.
 */
public final class InstalledVendors {

    private static final Logger LOG = LoggerFactory.getLogger(InstalledVendors.class);
    private static final String FEATURES = "Vendor features are listed by"
            + " feature:list | grep openprov-vendor";

    /**
     * An installed vendor.
     *
     * @param id the vendor id devices store, e.g. {@code yealink}
     * @param displayName the vendor's name as people write it
     * @param models its model table
     * @param keyRules the key types and label length its phones offer
     */
    public record Vendor(String id, String displayName, ModelTable models, KeyRules keyRules) {

        /**
         * Checks one key of a device of this vendor against the device's model.
         *
         * @param key the key
         * @param modelId the device's model
         * @throws CommandException naming the key and the limit, or the model that is gone
         */
        public void requireFit(LineKey key, String modelId) throws CommandException {
            ModelInfo model = requireModel(this, modelId);
            List<String> problems = keyRules.problems(List.of(key), displayName, model);
            if (!problems.isEmpty()) {
                throw new CommandException(problems.get(0) + "; nothing was changed");
            }
        }
    }

    private final List<Vendor> vendors;

    /** @param vendors the vendors, in any order */
    public InstalledVendors(List<Vendor> vendors) {
        this.vendors = vendors.stream().sorted(Comparator.comparing(Vendor::id)).toList();
    }

    /**
     * @param context the bundle context to look the generators up with
     * @return the vendors whose generator services are registered now
     */
    public static InstalledVendors of(BundleContext context) {
        TreeMap<String, Vendor> byId = new TreeMap<>();
        for (ServiceReference<ConfigGenerator> ref : generators(context)) {
            vendor(context, ref).ifPresent(v -> byId.putIfAbsent(v.id(), v));
        }
        return new InstalledVendors(new ArrayList<>(byId.values()));
    }

    /** @return every installed vendor, by id */
    public List<Vendor> all() {
        return vendors;
    }

    /**
     * @param id a vendor id in any case
     * @return the vendor, if installed
     */
    public Optional<Vendor> find(String id) {
        String wanted = id == null ? "" : id.trim().toLowerCase(Locale.ROOT);
        return vendors.stream().filter(v -> v.id().equals(wanted)).findFirst();
    }

    /**
     * @param id a vendor id as typed
     * @return the vendor
     * @throws CommandException naming the installed vendors and where to find others. Vendor
     *         features are not named from what was typed, since that vendor may have none.
     */
    public Vendor require(String id) throws CommandException {
        if (id == null || id.isBlank()) {
            throw new CommandException("The vendor is required; " + installed()
                    + (vendors.isEmpty() ? ". " + FEATURES : ""));
        }
        Optional<Vendor> found = find(id);
        if (found.isPresent()) {
            return found.get();
        }
        throw new CommandException("No vendor " + id.trim().toLowerCase(Locale.ROOT)
                + " is installed; " + installed() + ". " + FEATURES);
    }

    private String installed() {
        return vendors.isEmpty() ? "no vendor is installed yet" : "installed vendors: "
                + vendors.stream().map(Vendor::id).collect(Collectors.joining(", "));
    }

    /**
     * @param vendor an installed vendor
     * @param model a model name in any spelling, e.g. {@code sip-t54w}
     * @return the model's row in the vendor's table
     * @throws CommandException listing the vendor's models
     */
    public static ModelInfo requireModel(Vendor vendor, String model) throws CommandException {
        return vendor.models().find(model).orElseThrow(() -> new CommandException(
                vendor.displayName() + " has no model " + model + "; its models are "
                        + vendor.models().models().stream().map(ModelInfo::id)
                                .collect(Collectors.joining(", "))));
    }

    /** Highest ranking first, so that of two generators claiming a vendor the preferred wins. */
    private static List<ServiceReference<ConfigGenerator>> generators(BundleContext context) {
        try {
            return context.getServiceReferences(ConfigGenerator.class, null).stream()
                    .sorted(Comparator.reverseOrder()).toList();
        } catch (InvalidSyntaxException noFilterGiven) {
            throw new IllegalStateException(noFilterGiven);
        }
    }

    private static Optional<Vendor> vendor(BundleContext context,
            ServiceReference<ConfigGenerator> ref) {
        ConfigGenerator generator = context.getService(ref);
        if (generator == null) {
            return Optional.empty(); // it left between the lookup and now
        }
        try {
            Object property = ref.getProperty(ConfigGenerator.VENDOR);
            String id = property instanceof String text ? text : generator.vendor();
            return Optional.of(new Vendor(id.toLowerCase(Locale.ROOT), generator.displayName(),
                    generator.models(), generator.keyRules()));
        } catch (RuntimeException | LinkageError broken) {
            LOG.warn("The generator service {} cannot describe its vendor; it is left out", ref,
                    broken);
            return Optional.empty();
        } finally {
            context.ungetService(ref);
        }
    }
}
