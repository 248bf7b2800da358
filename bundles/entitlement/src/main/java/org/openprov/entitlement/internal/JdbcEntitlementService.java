package org.openprov.entitlement.internal;

import org.openprov.audit.Actor;
import org.openprov.jdbc.Transactions;
import org.openprov.jdbc.SqlStates;
import org.openprov.jdbc.SchemaMigrator;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.openprov.api.entitlement.Entitlement;
import org.openprov.api.entitlement.EntitlementService;
import org.openprov.api.entitlement.License;
import org.openprov.api.entitlement.LicenseOutcome;
import org.openprov.api.entitlement.PlanState;
import org.openprov.api.entitlement.ProviderPlan;
import org.openprov.api.registry.Device;
import org.openprov.api.registry.DeviceGuard;
import org.openprov.api.registry.DeviceRegistry;
import org.openprov.api.registry.Mac;
import org.openprov.api.registry.PlanChoice;
import org.openprov.api.registry.RegistryException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.event.EventAdmin;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Provisioning Plus on the registry's JDBC {@link DataSource}: provider settings and licenses
 * in tables of its own, states computed from those and from the devices the
 * {@link DeviceRegistry} reports, and the rules the registry asks before it changes a device.
 *
 * <p>Nothing is kept in memory between calls, so several nodes can share the database and a
 * restart loses nothing: a device's window starts at its first delivery, which the registry
 * records whether or not this bundle runs. Its length is the one in force at that start, from
 * the history of configured lengths kept in the database, so a later change of
 * {@code windowDays} leaves windows already started as they are.
 */
@Component(service = {EntitlementService.class, DeviceGuard.class}, immediate = true,
        configurationPid = JdbcEntitlementService.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = EntitlementConfig.class)
public class JdbcEntitlementService implements EntitlementService, DeviceGuard {

    /** The configuration pid. */
    static final String PID = "org.openprov.entitlement";

    private static final Logger LOG = LoggerFactory.getLogger(JdbcEntitlementService.class);

    /** Connections kept open between calls; the endpoint's fetches ask for licenses. */
    private static final int KEEP_OPEN = 16;

    private final Transactions transactions;
    private final DeviceRegistry registry;
    private final int windowDays;
    private final JdbcWindowLengths windowLengths;
    private final JdbcProviderPlans plans;
    private final JdbcLicenses licenses;
    private final ExpiryWatch watch;
    private final Duration scanPeriod;

    /** The platform's clock when one is registered, so tests and demos can move time. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile Clock clock;

    /** Where events go, while there is an EventAdmin; they are notices, not the record. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    volatile EventAdmin eventAdmin;

    /**
     * Creates the service on the selected data source and upgrades its tables.
     *
     * @param dataSource the database, selected by {@code dataSource.target}
     * @param registry the devices
     * @param config the configuration
     */
    @Activate
    public JdbcEntitlementService(
            @Reference(name = "dataSource", target = EntitlementConfig.DEFAULT_DATA_SOURCE)
            DataSource dataSource,
            @Reference(name = "registry") DeviceRegistry registry,
            EntitlementConfig config) {
        this(dataSource, registry, config.windowDays(),
                Duration.ofSeconds(atLeastOne(config.expiryScanSeconds(), "expiryScanSeconds",
                        60)));
        LOG.debug("Provisioning Plus active on data source {}", config.dataSource_target());
    }

    /**
     * @param dataSource the database
     * @param registry the devices
     * @param windowDays the configured window length, as given, valid or not
     * @param scanPeriod the time between expiry scans
     */
    JdbcEntitlementService(DataSource dataSource, DeviceRegistry registry, int windowDays,
            Duration scanPeriod) {
        this.transactions = new Transactions(dataSource, KEEP_OPEN);
        new SchemaMigrator(transactions, EntitlementSchema.VERSION_TABLE,
                EntitlementSchema.steps(), Clock.systemUTC()).migrate();
        this.registry = registry;
        this.windowDays = windowDays;
        this.scanPeriod = scanPeriod;
        this.windowLengths = new JdbcWindowLengths(transactions);
        this.plans = new JdbcProviderPlans(transactions);
        this.licenses = new JdbcLicenses(transactions);
        this.watch = new ExpiryWatch(registry, this, licenses, windowLengths,
                new JdbcExpiryNotices(transactions), this::now, () -> eventAdmin);
    }

    /**
     * Records the configured window length and starts the expiry watch. Not in the
     * constructor: the length takes effect at the platform's time, and that clock is bound
     * only now. A configuration change activates a new instance, so it passes here too.
     */
    @Activate
    void activate() {
        recordWindowLength();
        watch.start(scanPeriod);
    }

    /**
     * Makes the configured length the one of windows starting from now on, unless it already
     * is; windows already started keep theirs. The first activation after the upgrade that
     * brought the history records the value configured then, which windows older than the
     * history keep. An invalid value changes nothing.
     */
    void recordWindowLength() {
        if (windowDays >= 1) {
            record(windowDays);
            return;
        }
        Optional<Duration> kept = lengths().latest();
        LOG.warn("windowDays = {} in {} is not allowed, it must be at least 1; new windows"
                + " keep lasting {} days", windowDays, PID, kept.map(Duration::toDays)
                .orElse((long) EntitlementConfig.DEFAULT_WINDOW_DAYS));
        if (kept.isEmpty()) {
            // Nothing in force yet: take the default, as before the history existed.
            record(EntitlementConfig.DEFAULT_WINDOW_DAYS);
        }
    }

    private void record(int days) {
        storage("record the window length", () -> windowLengths.record(days, now()))
                .ifPresent(since -> LOG.info("Provisioning Plus windows starting from {} last"
                        + " {} days; windows started before keep their length",
                        Texts.time(since), days));
    }

    /** Stops the expiry watch and closes the connections kept open. */
    @Deactivate
    void stopWatch() {
        watch.stop();
        transactions.close();
    }

    /** @return the expiry watch, for tests that scan without the timer */
    ExpiryWatch watch() {
        return watch;
    }

    /** @return the length in force now, which a window starting now would keep */
    @Override
    public Duration window() {
        return lengths().at(now());
    }

    @Override
    public Entitlement entitlement(Device device, Instant at) {
        Optional<Instant> start = device.firstDeliveredAt();
        if (!device.provisioningPlus() || start.isEmpty()) {
            // No window has started, so neither licenses nor a length count: spare the queries.
            return PlanRules.entitlement(device.provisioningPlus(), start, List.of(),
                    Duration.ZERO, at);
        }
        List<License> held = storage("read the licenses of " + device.mac(),
                () -> licenses.heldBy(device));
        return PlanRules.entitlement(true, start, held, windowOf(device, at), at);
    }

    @Override
    public List<License> licenses(Mac mac) {
        return storage("read the licenses of " + mac, () -> licenses.of(mac));
    }

    @Override
    public List<License> licensesAdded(String providerName, Instant from, Instant to) {
        return storage("read the licenses added", () -> licenses.added(providerName, from, to));
    }

    @Override
    public List<LicenseOutcome> addLicenses(List<Mac> macs, Instant at) {
        Instant added = at.truncatedTo(ChronoUnit.MILLIS);
        List<LicenseOutcome> outcomes = new ArrayList<>();
        for (Mac mac : macs) {
            outcomes.add(addLicense(mac, added));
        }
        return outcomes;
    }

    @Override
    public ProviderPlan providerPlan(String providerName) {
        return storage("read the plan of provider " + providerName,
                () -> plans.plan(providerName));
    }

    @Override
    public List<ProviderPlan> providerPlans() {
        return storage("read the providers' plans", plans::plans);
    }

    @Override
    public ProviderPlan setEnabled(String providerName, boolean enabled) {
        requireProvider(providerName);
        ProviderPlan before = providerPlan(providerName);
        ProviderPlan after = storage("change the plan of provider " + providerName,
                () -> retryOnce(() -> plans.setEnabled(providerName, enabled, now())));
        if (before.enabled() != enabled) {
            LOG.info("Provisioning Plus {} for provider {} by {}{}",
                    enabled ? "enabled" : "disabled", providerName, Actor.current(),
                    before.forced() ? ", which is no longer forced" : "");
        }
        return after;
    }

    @Override
    public ProviderPlan setForced(String providerName, boolean forced) {
        requireProvider(providerName);
        ProviderPlan before = providerPlan(providerName);
        ProviderPlan after = storage("change the plan of provider " + providerName,
                () -> plans.setForced(providerName, forced, now()));
        if (before.forced() != forced) {
            LOG.info("Provisioning Plus {} on new devices of provider {} by {}",
                    forced ? "forced" : "no longer forced", providerName, Actor.current());
        }
        return after;
    }

    @Override
    public boolean planForNewDevice(String providerName, PlanChoice choice) {
        ProviderPlan plan = providerPlan(providerName);
        switch (choice) {
            case PROVISIONING_PLUS -> requireEnabled(plan);
            case MONTHLY -> refuseIfForced(plan, "it cannot be added on the monthly plan;"
                    + " add it without --no-pplus");
            default -> {
                // The provider's default: the monthly plan unless Provisioning Plus is forced.
            }
        }
        return choice == PlanChoice.PROVISIONING_PLUS || plan.forced();
    }

    @Override
    public void checkChange(Device device, String change) {
        Entitlement now = entitlement(device, now());
        if (now.state() == PlanState.EXPIRED) {
            throw new RegistryException(GuardMessages.expired(device, now, change));
        }
    }

    @Override
    public void checkPlanChange(Device device, boolean provisioningPlus) {
        if (provisioningPlus == device.provisioningPlus()) {
            return;
        }
        if (device.firstDeliveredAt().isPresent()) {
            throw new RegistryException(GuardMessages.delivered(device));
        }
        ProviderPlan plan = providerPlan(device.providerName());
        if (provisioningPlus) {
            requireEnabled(plan);
        } else {
            refuseIfForced(plan, "device " + device.mac().colons() + " cannot move to the"
                    + " monthly plan");
        }
    }

    private LicenseOutcome addLicense(Mac mac, Instant at) {
        Optional<Device> device = registry.device(mac);
        if (device.isEmpty()) {
            return new LicenseOutcome(mac, Optional.empty(), "MAC " + mac.colons()
                    + " is not registered; see device:list");
        }
        LicenseOutcome outcome = storage("add a license to " + mac,
                () -> licenses.add(device.get(), windowOf(device.get(), at), at));
        outcome.license().ifPresent(license -> announce(device.get(), license));
        return outcome;
    }

    private void announce(Device device, License license) {
        LOG.info("License added by {} to {} of {}/{}: term {} to {}", Actor.current(),
                device.mac().colons(),
                device.providerName(), device.customerName(), Texts.time(license.start()),
                Texts.time(license.end()));
        DeviceEvents.post(eventAdmin, DeviceEvents.of(TOPIC_LICENSE_ADDED, device,
                "at", license.addedAt(), "start", license.start(), "end", license.end()));
    }

    private void requireProvider(String providerName) {
        if (registry.provider(providerName).isEmpty()) {
            throw new RegistryException("There is no provider " + providerName
                    + "; see provider:list");
        }
    }

    private static void requireEnabled(ProviderPlan plan) {
        if (!plan.enabled()) {
            throw new RegistryException(GuardMessages.notEnabled(plan.providerName()));
        }
    }

    private static void refuseIfForced(ProviderPlan plan, String consequence) {
        if (plan.forced()) {
            throw new RegistryException(GuardMessages.forced(plan.providerName(), consequence));
        }
    }

    /** Two first settings of one provider at once: the loser's insert fails; update instead. */
    private static <T> T retryOnce(StorageCall<T> call) throws SQLException {
        try {
            return call.run();
        } catch (SQLException e) {
            if (!SqlStates.duplicate(e)) {
                throw e;
            }
            return call.run();
        }
    }

    /** Something read or written in this bundle's tables. */
    @FunctionalInterface
    private interface StorageCall<T> {
        T run() throws SQLException;
    }

    private static <T> T storage(String action, StorageCall<T> call) {
        try {
            return call.run();
        } catch (SQLException e) {
            throw new IllegalStateException("Provisioning Plus could not " + action + ": "
                    + e.getMessage() + " (SQLState " + e.getSQLState() + ")", e);
        }
    }

    /** @return the length of the device's window, or of one starting at {@code at} */
    private Duration windowOf(Device device, Instant at) {
        return lengths().at(device.firstDeliveredAt().orElse(at));
    }

    private WindowLengths lengths() {
        return storage("read the window lengths", windowLengths::all);
    }

    private static int atLeastOne(int value, String name, int fallback) {
        if (value >= 1) {
            return value;
        }
        LOG.warn("{} = {} in {} is not allowed; using {}", name, value, PID, fallback);
        return fallback;
    }

    /** Milliseconds, as stored, so what is returned matches what is read back later. */
    private Instant now() {
        Clock bound = clock;
        return (bound == null ? Clock.systemUTC() : bound).instant()
                .truncatedTo(ChronoUnit.MILLIS);
    }
}
