package org.openprov.billing.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openprov.api.entitlement.Entitlement;
import org.openprov.api.entitlement.EntitlementService;
import org.openprov.api.entitlement.License;
import org.openprov.api.entitlement.LicenseOutcome;
import org.openprov.api.entitlement.PlanState;
import org.openprov.api.entitlement.ProviderPlan;
import org.openprov.api.registry.Device;
import org.openprov.api.registry.DeviceFacts;
import org.openprov.api.registry.Mac;

/**
 * The Provisioning Plus rules of DESIGN.md, small enough to read at a glance: a 30-day window
 * from the first delivery, then EXPIRED; a license runs 6 calendar months, from the window's
 * end when added during it, from the last term's end when added to a licensed device, from
 * its add time on an expired one; after the last term, MONTHLY. A license counts from the
 * moment it is added. What billing never calls throws.
 */
public final class FakeEntitlements implements EntitlementService {

    private static final Duration WINDOW = Duration.ofDays(30);

    private final FakeRegistry registry;
    private final List<License> licenses = new ArrayList<>();

    public FakeEntitlements(FakeRegistry registry) {
        this.registry = registry;
    }

    /**
     * Adds a license to a registered device as the entitlement bundle would.
     *
     * @param mac the device
     * @param at ISO-8601, the add time
     * @return the license
     */
    public synchronized License license(Mac mac, String at) {
        DeviceFacts facts = registry.facts(mac);
        Instant added = Instant.parse(at);
        Entitlement now = entitlement(device(facts), added);
        Instant start = switch (now.state()) {
            case ACTIVE -> now.windowEnd().orElseThrow();
            case LICENSED -> now.licensedUntil().orElseThrow();
            case EXPIRED -> added;
            default -> throw new IllegalStateException("A " + now.state() + " device takes"
                    + " no license");
        };
        Instant end = start.atZone(ZoneOffset.UTC).plusMonths(6).toInstant();
        License license = new License(licenses.size() + 1, mac, facts.providerName(), added,
                start, end);
        licenses.add(license);
        return license;
    }

    @Override
    public Duration window() {
        return WINDOW;
    }

    @Override
    public synchronized Entitlement entitlement(Device device, Instant at) {
        if (!device.provisioningPlus()) {
            return standing(PlanState.MONTHLY, at);
        }
        Optional<Instant> start = device.firstDeliveredAt().filter(s -> !at.isBefore(s));
        if (start.isEmpty()) {
            return standing(PlanState.PENDING, at);
        }
        Instant end = start.get().plus(WINDOW);
        Optional<Instant> until = licenses.stream().filter(l -> l.mac().equals(device.mac())
                && !l.addedAt().isBefore(device.createdAt()) && !l.addedAt().isAfter(at))
                .map(License::end).max(Comparator.naturalOrder());
        PlanState state = at.isBefore(end) ? PlanState.ACTIVE
                : until.isEmpty() ? PlanState.EXPIRED
                : at.isBefore(until.get()) ? PlanState.LICENSED : PlanState.MONTHLY;
        return new Entitlement(state, at, start, Optional.of(end), until);
    }

    @Override
    public synchronized List<License> licenses(Mac mac) {
        return licenses.stream().filter(l -> l.mac().equals(mac)).toList();
    }

    @Override
    public synchronized List<License> licensesAdded(String providerName, Instant from,
            Instant to) {
        return licenses.stream()
                .filter(l -> providerName == null || l.providerName().equals(providerName))
                .filter(l -> !l.addedAt().isBefore(from) && l.addedAt().isBefore(to))
                .toList();
    }

    @Override
    public List<LicenseOutcome> addLicenses(List<Mac> macs, Instant at) {
        throw new UnsupportedOperationException();
    }

    @Override
    public ProviderPlan providerPlan(String providerName) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<ProviderPlan> providerPlans() {
        throw new UnsupportedOperationException();
    }

    @Override
    public ProviderPlan setEnabled(String providerName, boolean enabled) {
        throw new UnsupportedOperationException();
    }

    @Override
    public ProviderPlan setForced(String providerName, boolean forced) {
        throw new UnsupportedOperationException();
    }

    private static Device device(DeviceFacts facts) {
        return new Device(facts.mac(), facts.providerName(), facts.customerName(), "", "", "",
                facts.createdAt(), facts.provisioningPlus(), facts.firstDeliveredAt(),
                List.of(), Map.of());
    }

    private static Entitlement standing(PlanState state, Instant at) {
        return new Entitlement(state, at, Optional.empty(), Optional.empty(), Optional.empty());
    }
}
