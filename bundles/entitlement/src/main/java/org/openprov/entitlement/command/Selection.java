package org.openprov.entitlement.command;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.karaf.shell.support.CommandException;
import org.openprov.api.entitlement.EntitlementService;
import org.openprov.api.entitlement.PlanState;
import org.openprov.api.registry.Device;
import org.openprov.api.registry.DeviceRegistry;
import org.openprov.api.registry.Mac;

/**
 * The phones {@code license:add} means: those named by MAC, else all phones, narrowed by the
 * customer, provider and state options. A name that matches nothing is a mistake, said as
 * such, rather than an empty selection.
 */
final class Selection {

    private static final Set<PlanState> LICENSABLE =
            Set.of(PlanState.EXPIRED, PlanState.ACTIVE, PlanState.LICENSED);

    private final DeviceRegistry registry;
    private final EntitlementService entitlements;
    private String provider;
    private String customer;

    Selection(DeviceRegistry registry, EntitlementService entitlements) {
        this.registry = registry;
        this.entitlements = entitlements;
    }

    /**
     * @param macs MACs as typed, or null
     * @param customerPath {@code provider/customer}, or null
     * @param providerName a provider, or null
     * @param state EXPIRED, ACTIVE or LICENSED in any case, or null
     * @param now the time the states are computed for
     * @return the selected phones, each once, in the order named or by MAC
     * @throws CommandException when nothing is named, or a name matches nothing
     */
    List<Candidate> candidates(List<String> macs, String customerPath, String providerName,
            String state, Instant now) throws CommandException {
        boolean named = macs != null && !macs.isEmpty();
        if (!named && customerPath == null && providerName == null && state == null) {
            throw new CommandException("Say which phones to license: their MACs, or"
                    + " --customer provider/customer, --provider P or --state EXPIRED; see"
                    + " license:add --help");
        }
        PlanState wanted = state == null ? null : state(state);
        scope(customerPath, providerName);
        List<Candidate> selected = new ArrayList<>();
        for (Device device : named ? named(macs) : registry.devices(provider, customer)) {
            Candidate candidate = new Candidate(device, entitlements.entitlement(device, now));
            if (inScope(device) && (wanted == null || candidate.standing().state() == wanted)) {
                selected.add(candidate);
            }
        }
        return requireSome(selected, named, wanted);
    }

    private void scope(String customerPath, String providerName) throws CommandException {
        provider = providerName;
        if (customerPath != null) {
            customerOf(customerPath);
        }
        if (provider != null && registry.provider(provider).isEmpty()) {
            throw new CommandException("There is no provider " + provider + "; see"
                    + " provider:list");
        }
        if (customer != null && registry.customers(provider).stream()
                .noneMatch(c -> c.name().equals(customer))) {
            throw new CommandException("Provider " + provider + " has no customer " + customer
                    + "; see customer:list " + provider);
        }
    }

    /** Reads {@code provider/customer}; a bare customer name needs --provider. */
    private void customerOf(String path) throws CommandException {
        int slash = path.indexOf('/');
        String pathProvider = slash < 0 ? provider : path.substring(0, slash);
        customer = path.substring(slash + 1);
        if (pathProvider == null || pathProvider.isEmpty() || customer.isEmpty()) {
            throw new CommandException("Write the customer as provider/customer, e.g."
                    + " --customer acme/main-office");
        }
        if (provider != null && !provider.equals(pathProvider)) {
            throw new CommandException("--customer " + path + " is not a customer of provider"
                    + " " + provider + "; give one provider or the other");
        }
        provider = pathProvider;
    }

    private List<Device> named(List<String> macs) throws CommandException {
        Map<Mac, Device> devices = new LinkedHashMap<>();
        for (String typed : macs) {
            Mac mac = Mac.parse(typed);
            Device device = registry.device(mac).orElseThrow(() -> new CommandException("MAC "
                    + mac.colons() + " is not registered; see device:list. Nothing licensed."));
            devices.putIfAbsent(mac, device);
        }
        return List.copyOf(devices.values());
    }

    private boolean inScope(Device device) {
        return (provider == null || provider.equals(device.providerName()))
                && (customer == null || customer.equals(device.customerName()));
    }

    private static PlanState state(String typed) throws CommandException {
        String name = typed.trim().toUpperCase(Locale.ROOT);
        return LICENSABLE.stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new CommandException("--state takes EXPIRED, ACTIVE or"
                        + " LICENSED; PENDING and MONTHLY phones cannot take a license"));
    }

    private List<Candidate> requireSome(List<Candidate> selected, boolean named,
            PlanState wanted) throws CommandException {
        if (!selected.isEmpty()) {
            return selected;
        }
        List<String> conditions = new ArrayList<>();
        if (customer != null) {
            conditions.add("belongs to " + provider + "/" + customer);
        } else if (provider != null) {
            conditions.add("belongs to provider " + provider);
        }
        if (wanted != null) {
            conditions.add("is " + wanted + " now");
        }
        throw new CommandException((named ? "None of the phones named " : "No phone ")
                + String.join(" and ", conditions) + "; nothing to license. See device:list");
    }
}
