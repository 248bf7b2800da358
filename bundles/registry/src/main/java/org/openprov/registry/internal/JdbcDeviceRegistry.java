package org.openprov.registry.internal;

import org.openprov.audit.Actor;
import org.openprov.jdbc.SqlWork;
import org.openprov.jdbc.KeptReads;
import org.openprov.jdbc.Transactions;
import org.openprov.jdbc.Jdbc;
import org.openprov.jdbc.SqlStates;
import org.openprov.jdbc.SchemaMigrator;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import javax.sql.DataSource;
import org.openprov.api.registry.Customer;
import org.openprov.api.registry.Delivery;
import org.openprov.api.registry.Device;
import org.openprov.api.registry.DeviceFacts;
import org.openprov.api.registry.DeviceGuard;
import org.openprov.api.registry.DeviceRegistry;
import org.openprov.api.registry.Mac;
import org.openprov.api.registry.NewDevice;
import org.openprov.api.registry.PlanChoice;
import org.openprov.api.registry.Provider;
import org.openprov.api.registry.RegistryException;
import org.openprov.api.registry.SipLine;
import org.openprov.api.settings.ConfigResolver;
import org.openprov.api.settings.SettingKeys;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The device registry on a JDBC {@link DataSource}: Apache Derby embedded by default, or any
 * database the configuration's {@code dataSource.target} selects (PostgreSQL when several nodes
 * share one registry).
 *
 * <p>The schema is brought up to date when the component activates. Every operation takes a
 * connection of its own and runs in one transaction, so nothing is held between calls and
 * several nodes can share the database. Times are stored as milliseconds since the epoch.
 */
@Component(service = DeviceRegistry.class, immediate = true,
        configurationPid = JdbcDeviceRegistry.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = RegistryConfig.class)
public class JdbcDeviceRegistry implements DeviceRegistry {

    /** The configuration pid. */
    static final String PID = "org.openprov.registry";

    /**
     * How often a console write is tried when it collides with another transaction (Derby
     * answers a lock timeout at once when concurrent inserts contend for an identity value).
     */
    private static final int WRITE_ATTEMPTS = 3;
    private static final Logger LOG = LoggerFactory.getLogger(JdbcDeviceRegistry.class);

    /**
     * Connections kept open between calls: one per endpoint thread busy with the registry at
     * once, in a storm; opening a Derby connection is far dearer than a fetch's queries.
     */
    private static final int KEEP_OPEN = 32;

    /** Change stamps kept in memory, at most this many devices (unknown MACs included). */
    private static final int STAMPS_KEPT = 500_000;
    /**
     * Devices kept in memory, at most: enough that the reads of one fetch (its access, then
     * its file) find the device the first read made, few enough to cost little heap.
     */
    private static final int DEVICES_KEPT = 10_000;

    private final Transactions transactions;
    private final DeliveryWriter deliveries;
    /**
     * Devices' change stamps as last read, when this process is the database's only writer;
     * null when nodes share it, and each fetch reads its stamp from the database.
     */
    private final KeptReads<Mac, Long> stamps;
    /** Devices as last read, on the same terms as {@link #stamps}. */
    private final KeptReads<Mac, Device> devices;

    /** The platform's clock when one is registered, so tests and demos can move time. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile Clock clock;

    /** The entitlement rules, when the entitlement bundle runs. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile DeviceGuard guard;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile EventAdmin events;

    /** The templates, when their bundle runs: a device-level value must not break a lock. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile ConfigResolver resolver;

    /**
     * Activates the registry on the selected data source and upgrades its schema.
     *
     * @param dataSource the database, selected by {@code dataSource.target}
     * @param config the configuration
     */
    @Activate
    public JdbcDeviceRegistry(
            @Reference(name = "dataSource", target = RegistryConfig.DEFAULT_DATA_SOURCE)
            DataSource dataSource, RegistryConfig config) {
        this(dataSource, null, Transactions.embedded(dataSource));
        LOG.debug("Device registry active on data source {}{}", config.dataSource_target(),
                stamps == null ? "" : ", the only process writing it");
    }

    /**
     * @param dataSource the database
     * @param clock the clock, or null for the system's
     */
    JdbcDeviceRegistry(DataSource dataSource, Clock clock) {
        this(dataSource, clock, false);
    }

    /**
     * @param dataSource the database
     * @param clock the clock, or null for the system's
     * @param alone whether this process is the database's only writer, so change stamps can
     *        be kept in memory; false reads them from the database at every fetch
     */
    JdbcDeviceRegistry(DataSource dataSource, Clock clock, boolean alone) {
        this.stamps = alone ? new KeptReads<>(STAMPS_KEPT) : null;
        this.devices = alone ? new KeptReads<>(DEVICES_KEPT) : null;
        this.transactions = new Transactions(dataSource, KEEP_OPEN);
        this.clock = clock;
        new SchemaMigrator(transactions, RegistrySchema.VERSION_TABLE, RegistrySchema.steps(),
                currentClock()).migrate();
        this.deliveries = new DeliveryWriter(transactions);
    }

    /**
     * Lets the deliveries still waiting fail rather than wait for a writer that is gone, and
     * closes the connections kept open.
     */
    @Deactivate
    void deactivate() {
        deliveries.close();
        transactions.close();
    }

    @Override
    public Provider addProvider(String name) {
        String checked = Fields.name(name, "provider");
        try {
            Provider added = transactions.runRetrying(c -> {
                requireNewProvider(c, checked);
                return Tenants.insertProvider(c, checked, now());
            }, WRITE_ATTEMPTS);
            LOG.info("Provider {} added by {}", checked, Actor.current());
            return added;
        } catch (SQLException e) {
            if (SqlStates.duplicate(e)) {
                throw providerExists(checked);
            }
            throw failure("add provider " + checked, e);
        }
    }

    @Override
    public List<Provider> providers() {
        return run("list providers", Tenants::providers);
    }

    @Override
    public Optional<Provider> provider(String name) {
        if (name == null) {
            return Optional.empty();
        }
        return run("find provider " + name, c -> Tenants.provider(c, name));
    }

    @Override
    public Customer addCustomer(String providerName, String name) {
        String checked = Fields.name(name, "customer");
        try {
            Customer added = transactions.runRetrying(c -> {
                Provider provider = Tenants.provider(c, providerName).orElseThrow(
                        () -> unknownProvider(providerName));
                requireNewCustomer(c, provider, checked);
                return Tenants.insertCustomer(c, provider, checked, now());
            }, WRITE_ATTEMPTS);
            LOG.info("Customer {} of provider {} added by {}", checked, providerName,
                    Actor.current());
            return added;
        } catch (SQLException e) {
            if (SqlStates.duplicate(e)) {
                throw customerExists(providerName, checked);
            }
            if (SqlStates.foreignKey(e)) {
                throw new RegistryException("Provider " + providerName + " was removed while the"
                        + " customer was being added; see provider:list");
            }
            throw failure("add customer " + checked + " of provider " + providerName, e);
        }
    }

    @Override
    public List<Customer> customers(String providerName) {
        return run("list customers", c -> Tenants.customers(c, providerName));
    }

    @Override
    public Device addDevice(NewDevice device) {
        NewDevice checked = check(device);
        String label = Fields.text(device.label(), "label", 200);
        try {
            Device added = transactions.runRetrying(c -> {
                Customer customer = customer(c, checked.providerName(), checked.customerName());
                boolean plus = planFor(checked.providerName(), checked.plan());
                DeviceChanges.insert(c, customer.id(), checked, label, plus, now());
                return DeviceQuery.byMac(checked.mac()).one(c).orElseThrow();
            }, WRITE_ATTEMPTS);
            LOG.info("Device {} ({} {}) added by {} for provider {}, customer {}", added.mac(),
                    added.vendor(), added.model(), Actor.current(), added.providerName(),
                    added.customerName());
            return added;
        } catch (SQLException e) {
            if (SqlStates.duplicate(e)) {
                throw macTaken(checked.mac());
            }
            if (SqlStates.foreignKey(e)) {
                throw new RegistryException("Customer " + checked.customerName() + " of provider "
                        + checked.providerName() + " was removed while the device was being"
                        + " added; see customer:list " + checked.providerName());
            }
            throw failure("add device " + checked.mac(), e);
        } finally {
            changed(checked.mac());
        }
    }

    /** Drops what this process kept of a device it changed (or tried to). */
    private void changed(Mac mac) {
        if (stamps != null) {
            stamps.changed(mac);
            devices.changed(mac);
        }
    }

    @Override
    public Optional<Device> device(Mac mac) {
        if (devices == null) {
            return readDevice(mac);
        }
        return Optional.ofNullable(devices.get(mac, m -> readDevice(m).orElse(null)));
    }

    private Optional<Device> readDevice(Mac mac) {
        return run("read device " + mac, DeviceQuery.byMac(mac)::one);
    }

    @Override
    public List<Device> devices(String providerName, String customerName) {
        return run("list devices", DeviceQuery.of(providerName, customerName)::run);
    }

    @Override
    public boolean removeDevice(Mac mac) {
        boolean removed;
        try {
            removed = run("remove device " + mac, c -> DeviceChanges.delete(c, mac, now()));
        } finally {
            changed(mac);
            deliveries.forget(mac);
        }
        if (removed) {
            LOG.info("Device {} removed by {} with its lines, settings and delivery records",
                    mac, Actor.current());
            EventAdmin admin = events;
            if (admin != null) {
                admin.postEvent(new Event(TOPIC_DEVICE_REMOVED, Map.of("mac", mac.hex())));
            }
        }
        return removed;
    }

    @Override
    public List<DeviceFacts> devicesExisting(String providerName, Instant from, Instant to) {
        return run("list devices existing from " + from + " to " + to,
                c -> DeviceHistory.existing(c, providerName, from, to));
    }

    @Override
    public Device setLine(Mac mac, SipLine line) {
        SipLine checked = check(line);
        return change(mac, "set line " + line.number() + " of " + mac,
                (c, id) -> DeviceChanges.putLine(c, id, checked));
    }

    @Override
    public Device removeLine(Mac mac, int number) {
        return change(mac, "remove line " + number + " of " + mac,
                (c, id) -> DeviceChanges.deleteLine(c, id, number));
    }

    @Override
    public Device setSetting(Mac mac, String setting, String value) {
        String name = settingName(setting);
        String checked = validate(name, value);
        requireUnlocked(mac, name);
        return change(mac, "set " + name + " of " + mac,
                (c, id) -> DeviceChanges.putSetting(c, id, name, checked));
    }

    @Override
    public Device unsetSetting(Mac mac, String setting) {
        String name = settingName(setting);
        return change(mac, "unset " + name + " of " + mac,
                (c, id) -> DeviceChanges.deleteSetting(c, id, name));
    }

    @Override
    public void keepServedFile(Mac mac, String fileName, byte[] body) {
        Fields.required(fileName, "file name", 255);
        try {
            // Written with the deliveries of the same moment, in one commit.
            deliveries.keep(new ServedFiles.Kept(mac, fileName, body, now()));
        } catch (SQLException e) {
            if (SqlStates.duplicate(e)) {
                return; // a concurrent fetch of the same file stored it a moment ago
            }
            throw failure("keep the file served to " + mac, e);
        }
    }

    @Override
    public OptionalLong changeStamp(Mac mac) {
        Long stamp = stamps == null ? readStamp(mac) : stamps.get(mac, this::readStamp);
        return stamp == null ? OptionalLong.empty() : OptionalLong.of(stamp);
    }

    /** @return the device's change stamp in the database, null if it is not registered */
    private Long readStamp(Mac mac) {
        return run("read the change stamp of " + mac, c -> Jdbc.first(c,
                "SELECT updated_at FROM device WHERE mac = ?", row -> row.getLong(1),
                mac.hex())).orElse(null);
    }

    @Override
    public Optional<byte[]> servedFile(Mac mac, String fileName) {
        return run("read the file served to " + mac, c -> ServedFiles.read(c, mac, fileName));
    }

    /** A template that reaches the device and locked the setting wins; say which one. */
    private void requireUnlocked(Mac mac, String name) {
        ConfigResolver templates = resolver;
        Optional<Device> device = device(mac);
        if (templates == null || device.isEmpty()) {
            return;
        }
        templates.lockOn(device.get(), name).ifPresent(lock -> {
            throw new RegistryException("Setting " + name + " of device " + mac.colons()
                    + " is locked by " + lock.source() + "; change it there, or ask its owner"
                    + " to unlock it with template:set without --lock");
        });
    }

    @Override
    public Device setProvisioningPlus(Mac mac, boolean provisioningPlus) {
        Device device = device(mac).orElseThrow(() -> notRegistered(mac));
        DeviceGuard rules = guard;
        if (rules == null) {
            throw entitlementAbsent(device);
        }
        rules.checkPlanChange(device, provisioningPlus);
        boolean switched;
        try {
            switched = run("switch the plan of " + mac,
                    c -> DeviceChanges.switchPlan(c, mac, provisioningPlus, now()));
        } finally {
            changed(mac);
        }
        if (!switched) {
            throw new RegistryException("Device " + mac.colons() + " received its first"
                    + " configuration meanwhile; its plan can no longer change");
        }
        LOG.info("Device {} moved by {} to {}", mac, Actor.current(),
                provisioningPlus ? "Provisioning Plus" : "the monthly plan");
        return device(mac).orElseThrow(() -> notRegistered(mac));
    }

    @Override
    public boolean recordDelivery(Delivery delivery) {
        Mac mac = delivery.mac();
        Fields.required(delivery.fileName(), "file name", 255);
        OptionalLong stamp = changeStamp(mac);
        if (stamp.isEmpty()) {
            throw deliveryOfUnknown(delivery);
        }
        try {
            boolean first = deliveries.record(delivery, stamp.getAsLong());
            if (first) {
                changed(mac); // its first delivery time is set
                LOG.info("Device {} received its first configuration ({})", mac,
                        delivery.fileName());
                postFirstDelivery(delivery);
            }
            return first;
        } catch (SQLException e) {
            if (SqlStates.foreignKey(e)) {
                throw deliveryOfUnknown(delivery);
            }
            throw failure("record a delivery to " + mac, e);
        }
    }

    private static RegistryException deliveryOfUnknown(Delivery delivery) {
        return new RegistryException("MAC " + delivery.mac() + " is not registered; its delivery"
                + " of " + delivery.fileName() + " was not recorded");
    }

    /** @return the writer of deliveries; for tests */
    DeliveryWriter deliveryWriter() {
        return deliveries;
    }

    @Override
    public List<Delivery> deliveries(Mac mac, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        List<Delivery> read = run("read deliveries of " + mac,
                c -> Deliveries.latest(c, mac, limit));
        return Deliveries.withCounts(read, deliveries.pending(mac));
    }

    /** A change to one registered device, given its id, inside the device's row lock. */
    @FunctionalInterface
    private interface DeviceChange {
        void apply(Connection connection, long deviceId) throws SQLException;
    }

    private Device change(Mac mac, String action, DeviceChange change) {
        Device before = device(mac).orElseThrow(() -> notRegistered(mac));
        DeviceGuard rules = guard;
        if (rules != null) {
            rules.checkChange(before, action);
        } else if (before.provisioningPlus()) {
            throw entitlementAbsent(before);
        }
        try {
            Device changed = transactions.runRetrying(c -> {
                long id = DeviceChanges.touch(c, mac, now())
                        .orElseThrow(() -> notRegistered(mac));
                change.apply(c, id);
                return DeviceQuery.byMac(mac).one(c).orElseThrow();
            }, WRITE_ATTEMPTS);
            // The action names what changed, never a value, so no secret reaches the log.
            LOG.info("Device change: {} by {}", action, Actor.current());
            return changed;
        } catch (SQLException e) {
            if (SqlStates.foreignKey(e)) {
                throw notRegistered(mac);
            }
            throw failure(action, e);
        } finally {
            changed(mac);
        }
    }

    /** Decides the plan of a new device: the guard's rules, or monthly while it is absent. */
    private boolean planFor(String providerName, PlanChoice choice) {
        DeviceGuard rules = guard;
        if (rules != null) {
            return rules.planForNewDevice(providerName, choice);
        }
        if (choice == PlanChoice.PROVISIONING_PLUS) {
            throw new RegistryException("Provisioning Plus is not available: the entitlement"
                    + " feature is not running; start it with feature:install"
                    + " openprov-entitlement, or add the device on the monthly plan");
        }
        return false;
    }

    /** Without the rules, a Provisioning Plus device might be expired: refuse, say why. */
    private static RegistryException entitlementAbsent(Device device) {
        return new RegistryException("Device " + device.mac().colons() + " is on Provisioning"
                + " Plus and the entitlement feature is not running, so its state cannot be"
                + " checked; try again once it runs (feature:install openprov-entitlement)");
    }

    private void postFirstDelivery(Delivery delivery) {
        EventAdmin admin = events;
        if (admin == null) {
            return;
        }
        device(delivery.mac()).ifPresent(d -> admin.postEvent(new Event(TOPIC_FIRST_DELIVERY,
                Map.of("mac", d.mac().hex(), "provider", d.providerName(),
                        "customer", d.customerName(), "file", delivery.fileName(),
                        "at", delivery.at().toEpochMilli()))));
    }

    private <T> T run(String action, SqlWork<T> work) {
        try {
            return transactions.run(work);
        } catch (SQLException e) {
            throw failure(action, e);
        }
    }

    private static Customer customer(Connection c, String providerName,
            String customerName) throws SQLException {
        if (Tenants.provider(c, providerName).isEmpty()) {
            throw unknownProvider(providerName);
        }
        return Tenants.customer(c, providerName, customerName).orElseThrow(
                () -> new RegistryException("Provider " + providerName + " has no customer "
                        + customerName + "; see customer:list " + providerName + ", or add it"
                        + " with customer:add " + providerName + " " + customerName));
    }

    /** Names the device that holds the MAC, read after the failed insert rolled back. */
    private RegistryException macTaken(Mac mac) {
        return device(mac).map(owner -> new RegistryException("MAC " + mac + " is already"
                + " registered to provider " + owner.providerName() + ", customer "
                + owner.customerName() + "; remove it first with device:remove " + mac))
                .orElseGet(() -> new RegistryException("MAC " + mac + " was being registered"
                        + " by someone else at the same moment; see device:show " + mac));
    }

    /**
     * Names that differ only in case would read as one provider at the console, so they are
     * refused. Derby has no index on an expression such as {@code LOWER(name)}, so this is a
     * read before the insert: two administrators adding ACME and acme at the same moment can
     * still both succeed. The unique constraint still refuses two identical names however the
     * adds race, with the same message.
     */
    private static void requireNewProvider(Connection c, String name) throws SQLException {
        Optional<String> taken = Tenants.providerNameLike(c, name);
        if (taken.isPresent()) {
            throw taken.get().equals(name) ? providerExists(name) : new RegistryException(
                    "A provider named " + taken.get() + " already exists, and names that differ"
                            + " only in case count as the same; see provider:list");
        }
    }

    /** The rule of {@link #requireNewProvider}, among the customers of one provider. */
    private static void requireNewCustomer(Connection c, Provider provider, String name)
            throws SQLException {
        Optional<String> taken = Tenants.customerNameLike(c, provider, name);
        if (taken.isPresent()) {
            throw taken.get().equals(name) ? customerExists(provider.name(), name)
                    : new RegistryException("Provider " + provider.name() + " already has a"
                            + " customer named " + taken.get() + ", and names that differ only"
                            + " in case count as the same; see customer:list " + provider.name());
        }
    }

    private static RegistryException providerExists(String name) {
        return new RegistryException("Provider " + name + " already exists; see provider:list");
    }

    private static RegistryException customerExists(String providerName, String name) {
        return new RegistryException("Provider " + providerName + " already has a customer "
                + name + "; see customer:list " + providerName);
    }

    private static RegistryException unknownProvider(String name) {
        return new RegistryException("There is no provider " + name + "; see provider:list, or"
                + " add it with provider:add " + name);
    }

    private static RegistryException notRegistered(Mac mac) {
        return new RegistryException("MAC " + mac + " is not registered; see device:list, or"
                + " register it with device:add");
    }

    private static NewDevice check(NewDevice device) {
        if (device.mac() == null) {
            throw new RegistryException("The device's MAC address is required");
        }
        return new NewDevice(device.mac(), device.providerName(), device.customerName(),
                Fields.required(device.vendor(), "vendor", 32),
                Fields.required(device.model(), "model", 64), device.label(), device.plan());
    }

    /** {@link SipLine} checks numbers and required fields; this checks what the table holds. */
    private static SipLine check(SipLine line) {
        Fields.text(line.userName(), "SIP user", 128);
        Fields.text(line.authUser(), "authentication user", 128);
        Fields.text(line.password(), "SIP password", 128);
        Fields.text(line.displayName(), "display name", 128);
        Fields.text(line.label(), "line label", 64);
        Fields.text(line.server(), "SIP server", 255);
        return line;
    }

    private static String settingName(String typed) {
        try {
            return SettingKeys.name(typed);
        } catch (IllegalArgumentException unknown) {
            throw new RegistryException(unknown.getMessage());
        }
    }

    private static String validate(String name, String value) {
        try {
            return Fields.text(SettingKeys.validate(name, value), name, 1024);
        } catch (IllegalArgumentException invalid) {
            // The setting's own message names the rule and hides a secret value.
            throw new RegistryException(invalid.getMessage());
        }
    }

    /**
     * A storage failure. Lengths are checked before a statement runs, so the driver's message
     * never quotes a password it could not store.
     */
    private static IllegalStateException failure(String action, SQLException e) {
        return new IllegalStateException("The device registry could not " + action + ": "
                + e.getMessage() + " (SQLState " + e.getSQLState() + ")", e);
    }

    private Clock currentClock() {
        Clock bound = clock;
        return bound == null ? Clock.systemUTC() : bound;
    }

    /** Milliseconds are what the database keeps, so what we return matches a later read. */
    private Instant now() {
        return currentClock().instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
