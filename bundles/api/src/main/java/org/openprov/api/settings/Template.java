package org.openprov.api.settings;

import java.util.Collections;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.openprov.api.generator.ModelInfo;
import org.openprov.api.registry.Device;

/**
 * A named set of values applied in bulk at one level of the hierarchy.
 *
 * @param name unique across the platform, ignoring case
 * @param level {@link Level#PLATFORM}, {@link Level#PROVIDER} or {@link Level#CUSTOMER}
 * @param providerName the provider of a provider or customer template; empty for the platform
 * @param customerName the customer of a customer template; empty otherwise
 * @param state whether and how it applies
 * @param vendors the vendors it is for, lower case; empty for all
 * @param models the models it is for, as {@link ModelInfo#normalise} keys; empty for all
 * @param values its settings by canonical name
 */
public record Template(String name, Level level, String providerName, String customerName,
        TemplateState state, Set<String> vendors, Set<String> models,
        SortedMap<String, TemplateValue> values) {

    /** Copies the collections so a template never changes once read. */
    public Template {
        providerName = providerName == null ? "" : providerName;
        customerName = customerName == null ? "" : customerName;
        vendors = Set.copyOf(vendors);
        models = Set.copyOf(models);
        TreeMap<String, TemplateValue> sorted = new TreeMap<>(SettingKeys.ORDER);
        sorted.putAll(values);
        values = Collections.unmodifiableSortedMap(sorted);
    }

    /**
     * @param device a device
     * @return whether the device is in this template's scope (platform, its provider or its
     *         customer) and passes its vendor and model filter; the state is not considered
     */
    public boolean covers(Device device) {
        boolean inScope = switch (level) {
            case PLATFORM -> true;
            case PROVIDER -> providerName.equalsIgnoreCase(device.providerName());
            case CUSTOMER -> providerName.equalsIgnoreCase(device.providerName())
                    && customerName.equalsIgnoreCase(device.customerName());
            case DEVICE -> false;
        };
        return inScope && (vendors.isEmpty() || vendors.contains(device.vendor()))
                && (models.isEmpty() || models.contains(ModelInfo.normalise(device.model())));
    }

    /** @return the scope as the console writes it, e.g. {@code customer acme/dental} */
    public String scope() {
        return switch (level) {
            case PLATFORM -> "platform";
            case PROVIDER -> "provider " + providerName;
            default -> "customer " + providerName + "/" + customerName;
        };
    }

    /** Describes the template without its values, which may hold secrets. */
    @Override
    public String toString() {
        return "Template[" + name + ", " + scope() + ", " + state.id() + ", " + values.size()
                + " value(s)]";
    }
}
