package org.openprov.templates.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.openprov.api.entitlement.Entitlement;
import org.openprov.api.entitlement.EntitlementService;
import org.openprov.api.entitlement.License;
import org.openprov.api.entitlement.LicenseOutcome;
import org.openprov.api.entitlement.PlanState;
import org.openprov.api.entitlement.ProviderPlan;
import org.openprov.api.registry.Device;
import org.openprov.api.registry.Mac;

/**
 * Entitlements the test sets by hand: every phone is ACTIVE until the test says otherwise.
 * What the templates bundle never calls throws.
 */
public final class FakeEntitlements implements EntitlementService {

    private final Map<Mac, PlanState> states = new ConcurrentHashMap<>();
    private int questions;

    /** Makes the phone EXPIRED from now on. */
    public void expire(Device device) {
        states.put(device.mac(), PlanState.EXPIRED);
    }

    /** Makes the phone LICENSED from now on. */
    public void license(Device device) {
        states.put(device.mac(), PlanState.LICENSED);
    }

    /** @return how many times a phone's standing was asked for */
    public int questions() {
        return questions;
    }

    @Override
    public Entitlement entitlement(Device device, Instant at) {
        questions++;
        PlanState state = states.getOrDefault(device.mac(), PlanState.ACTIVE);
        Optional<Instant> end = Optional.of(Instant.parse("2026-03-31T00:00:00Z"));
        return new Entitlement(state, at, Optional.of(Instant.EPOCH), end, Optional.empty());
    }

    @Override
    public Duration window() {
        return Duration.ofDays(30);
    }

    @Override
    public List<License> licenses(Mac mac) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<License> licensesAdded(String providerName, Instant from, Instant to) {
        throw new UnsupportedOperationException();
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
}
