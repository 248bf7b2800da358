package org.openprov.billing.internal;

import java.time.Instant;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.openprov.api.billing.ChargeReason;
import org.openprov.api.entitlement.Entitlement;
import org.openprov.api.entitlement.EntitlementService;
import org.openprov.api.entitlement.License;
import org.openprov.api.entitlement.PlanState;
import org.openprov.api.registry.Device;
import org.openprov.api.registry.DeviceFacts;
import org.openprov.api.registry.DeviceRegistry;
import org.openprov.api.registry.Mac;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a provider's devices are charged for in a month, before prices: the rules of "Billing
 * — the rules", read from persisted facts only (the registry's device history, the
 * entitlement service's states and licenses), so the same month computed again gives the
 * same items.
 *
 * <ul>
 * <li>MONTHLY: once per device (MAC) that was MONTHLY at some instant of the month while it
 *     existed; a device on the monthly plan is MONTHLY whenever it exists, a Provisioning
 *     Plus device once its last license has ended. The item's instant is the first such
 *     instant, and its day chooses the price.</li>
 * <li>PROVISIONING_PLUS: a Provisioning Plus device whose window started (first delivery) in
 *     the month.</li>
 * <li>LICENSE: each license added in the month, on its add day.</li>
 * </ul>
 * PENDING, ACTIVE, EXPIRED and LICENSED time is not charged monthly.
 */
final class ChargeRules {

    /**
     * A device's state changes only at a few instants (window end, license end, license
     * added); this bounds how many are followed in one month should a state never advance.
     */
    private static final int MAX_PROBES = 64;

    private static final Logger LOG = LoggerFactory.getLogger(ChargeRules.class);

    private static final Comparator<Item> ORDER = Comparator.comparing(Item::customerName)
            .thenComparing(Item::mac).thenComparing(Item::reason).thenComparing(Item::at);

    private final DeviceRegistry registry;
    private final EntitlementService entitlements;

    ChargeRules(DeviceRegistry registry, EntitlementService entitlements) {
        this.registry = registry;
        this.entitlements = entitlements;
    }

    /**
     * A charge before pricing.
     *
     * @param mac the device
     * @param customerName its customer
     * @param reason why it is charged
     * @param at the fact charged, to the millisecond; its UTC day chooses the price
     */
    record Item(Mac mac, String customerName, ChargeReason reason, Instant at) {

        /** @return how many units: six months for a license, else one */
        int quantity() {
            return reason == ChargeReason.LICENSE ? Months.PER_LICENSE : 1;
        }
    }

    /** Told of each device looked at, for a progress indication. */
    @FunctionalInterface
    interface DeviceCounter {
        void seen();
    }

    /**
     * @param provider a provider
     * @param month the month
     * @param horizon facts after this instant are not looked at: now, for a month under way
     * @param counter told of each device looked at
     * @return the items, ordered by customer, MAC, reason and instant
     */
    List<Item> items(String provider, YearMonth month, Instant horizon, DeviceCounter counter) {
        Span span = new Span(Months.start(month), earlier(Months.end(month), horizon));
        if (span.empty()) {
            return List.of();
        }
        List<License> licenses = entitlements.licensesAdded(provider, span.from, span.to);
        Map<Mac, List<License>> byMac = licenses.stream()
                .collect(Collectors.groupingBy(License::mac));
        Set<License> charged = new HashSet<>();
        List<Item> items = new ArrayList<>();
        for (DeviceFacts facts : registry.devicesExisting(provider, span.from, span.to)) {
            counter.seen();
            Span existed = span.within(facts);
            if (!existed.empty()) {
                List<License> own = licensesOf(facts, byMac.getOrDefault(facts.mac(),
                        List.of()));
                charged.addAll(own);
                items.addAll(deviceItems(facts, existed, own));
            }
        }
        items.addAll(orphans(provider, licenses, charged));
        return onceMonthly(items).stream().sorted(ORDER).toList();
    }

    private List<Item> deviceItems(DeviceFacts facts, Span existed, List<License> licenses) {
        List<Item> items = new ArrayList<>();
        firstMonthly(facts, existed, licenses)
                .ifPresent(at -> items.add(item(facts, ChargeReason.MONTHLY, at)));
        facts.firstDeliveredAt().filter(at -> facts.provisioningPlus() && existed.has(at))
                .ifPresent(at -> items.add(item(facts, ChargeReason.PROVISIONING_PLUS, at)));
        for (License license : licenses) {
            items.add(item(facts, ChargeReason.LICENSE, license.addedAt()));
        }
        return items;
    }

    /**
     * Walks the device's states through the span from change to change, asking the
     * entitlement service at each, until one is MONTHLY or the span ends.
     *
     * @return the first instant of the span at which the device is MONTHLY
     */
    private Optional<Instant> firstMonthly(DeviceFacts facts, Span existed,
            List<License> licenses) {
        Device device = device(facts);
        Instant at = existed.from;
        for (int probe = 0; probe < MAX_PROBES && existed.has(at); probe++) {
            Entitlement standing = entitlements.entitlement(device, at);
            if (standing.state() == PlanState.MONTHLY) {
                return Optional.of(at);
            }
            Optional<Instant> next = nextChange(standing, facts, licenses);
            if (next.isEmpty() || !next.get().isAfter(at)) {
                return Optional.empty();
            }
            at = next.get();
        }
        return Optional.empty();
    }

    /** When the state may change next: what ends it, or for EXPIRED the next license added. */
    private static Optional<Instant> nextChange(Entitlement standing, DeviceFacts facts,
            List<License> licenses) {
        return switch (standing.state()) {
            case PENDING -> facts.firstDeliveredAt();
            case ACTIVE -> standing.windowEnd();
            case LICENSED -> standing.licensedUntil();
            case EXPIRED -> licenses.stream().map(License::addedAt)
                    .filter(added -> added.isAfter(standing.at())).min(Comparator.naturalOrder());
            case MONTHLY -> Optional.empty();
        };
    }

    /**
     * @param licenses the month's licenses of the device's MAC
     * @return those of this registration of the MAC: added while it was registered
     */
    private static List<License> licensesOf(DeviceFacts facts, List<License> licenses) {
        Span registered = new Span(facts.createdAt(), facts.removedAt().orElse(Instant.MAX));
        return licenses.stream().filter(l -> registered.has(l.addedAt())).toList();
    }

    /**
     * Licenses whose device the registry did not report are charged all the same: a license
     * is a sale, and losing it would be worse than a line without its customer.
     */
    private static List<Item> orphans(String provider, List<License> licenses,
            Set<License> charged) {
        List<Item> items = new ArrayList<>();
        for (License license : licenses) {
            if (!charged.contains(license)) {
                LOG.warn("License {} of {} (provider {}) added {} has no device in the"
                        + " registry's history; charged without a customer", license.id(),
                        license.mac().colons(), provider, license.addedAt());
                items.add(new Item(license.mac(), "", ChargeReason.LICENSE,
                        millis(license.addedAt())));
            }
        }
        return items;
    }

    /**
     * A MAC removed and registered again within the month is one phone managed that month:
     * one MONTHLY charge, at its earliest instant.
     */
    private static List<Item> onceMonthly(List<Item> items) {
        Map<Mac, Item> monthly = new LinkedHashMap<>();
        List<Item> kept = new ArrayList<>();
        for (Item item : items) {
            if (item.reason() != ChargeReason.MONTHLY) {
                kept.add(item);
            } else {
                monthly.merge(item.mac(), item, (a, b) -> a.at().isAfter(b.at()) ? b : a);
            }
        }
        kept.addAll(monthly.values());
        return kept;
    }

    private static Item item(DeviceFacts facts, ChargeReason reason, Instant at) {
        return new Item(facts.mac(), facts.customerName(), reason, millis(at));
    }

    /** What the entitlement service needs of a device: no lines, settings, vendor or model. */
    private static Device device(DeviceFacts facts) {
        return new Device(facts.mac(), facts.providerName(), facts.customerName(), "", "", "",
                facts.createdAt(), facts.provisioningPlus(), facts.firstDeliveredAt(),
                List.of(), Map.of());
    }

    /** Stored instants are milliseconds; computing with the same keeps preview and close equal. */
    private static Instant millis(Instant at) {
        return at.truncatedTo(ChronoUnit.MILLIS);
    }

    private static Instant earlier(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    /** A half-open stretch of time {@code [from, to)}. */
    private record Span(Instant from, Instant to) {

        boolean empty() {
            return !from.isBefore(to);
        }

        boolean has(Instant at) {
            return !at.isBefore(from) && at.isBefore(to);
        }

        /** @return the part of this span in which the device was registered */
        Span within(DeviceFacts facts) {
            Instant start = facts.createdAt().isAfter(from) ? facts.createdAt() : from;
            Instant end = facts.removedAt().filter(r -> r.isBefore(to)).orElse(to);
            return new Span(start, end);
        }
    }
}
