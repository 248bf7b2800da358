package org.openprov.templates.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.openprov.api.entitlement.EntitlementService;
import org.openprov.api.generator.ConfigGenerator;
import org.openprov.api.registry.Customer;
import org.openprov.api.registry.Device;
import org.openprov.api.registry.DeviceRegistry;
import org.openprov.api.registry.Mac;
import org.openprov.api.registry.Provider;
import org.openprov.api.registry.RegistryException;
import org.openprov.api.settings.ConfigResolver;
import org.openprov.api.settings.DeviceConfig;
import org.openprov.api.settings.Level;
import org.openprov.api.settings.LineKey;
import org.openprov.api.settings.ResolvedValue;
import org.openprov.api.settings.SettingKeys;
import org.openprov.api.settings.Template;
import org.openprov.api.settings.TemplateService;
import org.openprov.api.settings.TemplateState;
import org.openprov.api.settings.TemplateValue;
import org.openprov.audit.Actor;
import org.openprov.jdbc.Jdbc;
import org.openprov.jdbc.KeptReads;
import org.openprov.jdbc.SchemaMigrator;
import org.openprov.jdbc.SqlStates;
import org.openprov.jdbc.SqlWork;
import org.openprov.jdbc.Transactions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Templates on the registry's JDBC {@link DataSource}, in tables of their own, and the
 * resolution of every device's settings across them.
 *
 * <p>Several nodes can share the database: what is kept in memory (the enabled templates) is
 * checked against a count of changes in the database at each use, or, when this process is the
 * database's only writer (Derby embedded), against the count as this process last changed it. The
 * devices come from the {@link DeviceRegistry}; the vendors' key rules from the
 * {@link ConfigGenerator} services present at the moment of a change; whether a device is
 * EXPIRED from the {@link EntitlementService}, while it runs (see {@link Freezer}). The
 * component also listens to the entitlement events, to freeze a device's configuration as
 * soon as it expires and to release it once it is licensed.
 */
@Component(service = {TemplateService.class, ConfigResolver.class, EventHandler.class},
        immediate = true, configurationPid = JdbcTemplateService.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL,
        property = {EventConstants.EVENT_TOPIC + "=" + EntitlementService.TOPIC_EXPIRED,
            EventConstants.EVENT_TOPIC + "=" + EntitlementService.TOPIC_LICENSE_ADDED,
            EventConstants.EVENT_TOPIC + "=" + DeviceRegistry.TOPIC_DEVICE_REMOVED})
@Designate(ocd = TemplatesConfig.class)
public class JdbcTemplateService implements TemplateService, ConfigResolver, EventHandler {

    /** The configuration pid. */
    static final String PID = "org.openprov.templates";

    private static final Logger LOG = LoggerFactory.getLogger(JdbcTemplateService.class);

    /** Platform first, then by provider, customer and name, ignoring case. */
    private static final Comparator<Template> ORDER = Comparator
            .comparing(Template::level)
            .thenComparing(t -> t.providerName().toLowerCase(Locale.ROOT))
            .thenComparing(t -> t.customerName().toLowerCase(Locale.ROOT))
            .thenComparing(t -> t.name().toLowerCase(Locale.ROOT));

    /** Connections kept open between calls: every fetch that renders resolves here. */
    private static final int KEEP_OPEN = 32;

    /** The key of the one value {@link #versions} keeps. */
    private static final String VERSION = "changes";

    private final Transactions transactions;
    /**
     * The count of changes as last read, when this process is the database's only writer;
     * null when nodes share it, and each fetch reads the count from the database.
     */
    private final KeptReads<String, Long> versions;
    private final DeviceRegistry registry;
    private final Freezer freezer;

    /**
     * The enabled templates with their values, as of a count of changes: a fetch resolves from
     * these while the count in the database is unchanged, instead of reading every template.
     */
    private volatile Snapshot snapshot = new Snapshot(-1, List.of());

    /**
     * @param changes the count of changes it was read at (or after)
     * @param enabled every template not disabled, with its values
     */
    private record Snapshot(long changes, List<StoredTemplate> enabled) {
    }

    /** The platform's clock when one is registered, so tests and demos can move time. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile Clock clock;

    /** Says which devices are EXPIRED, while the entitlement bundle runs. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile EntitlementService entitlements;

    /** The vendors' generators present now; DS replaces the list as vendor bundles come and go. */
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile List<ConfigGenerator> generators = List.of();

    /**
     * Creates the service on the selected data source and upgrades its tables.
     *
     * @param dataSource the database, selected by {@code dataSource.target}
     * @param registry the providers, customers and devices
     * @param config the configuration
     */
    @Activate
    public JdbcTemplateService(
            @Reference(name = "dataSource", target = TemplatesConfig.DEFAULT_DATA_SOURCE)
            DataSource dataSource,
            @Reference(name = "registry") DeviceRegistry registry,
            TemplatesConfig config) {
        this(dataSource, registry, Transactions.embedded(dataSource));
        LOG.debug("Templates active on data source {}{}", config.dataSource_target(),
                versions == null ? "" : ", the only process writing it");
    }

    /**
     * @param dataSource the database
     * @param registry the providers, customers and devices
     */
    JdbcTemplateService(DataSource dataSource, DeviceRegistry registry) {
        this(dataSource, registry, false);
    }

    /**
     * @param dataSource the database
     * @param registry the providers, customers and devices
     * @param alone whether this process is the database's only writer, so the count of changes
     *        can be kept in memory; false reads it from the database at every fetch
     */
    JdbcTemplateService(DataSource dataSource, DeviceRegistry registry, boolean alone) {
        this.versions = alone ? new KeptReads<>(1) : null;
        this.transactions = new Transactions(dataSource, KEEP_OPEN);
        new SchemaMigrator(transactions, TemplateSchema.VERSION_TABLE, TemplateSchema.steps(),
                Clock.systemUTC()).migrate();
        this.registry = registry;
        this.freezer = new Freezer(() -> entitlements, this::now);
    }

    /** Closes the connections kept open. */
    @Deactivate
    void deactivate() {
        transactions.close();
    }

    @Override
    public Template create(String name, Level level, String providerName, String customerName,
            Set<String> vendors, Set<String> models) {
        Template template = newTemplate(name, level, providerName, customerName, vendors,
                models);
        insert(template);
        LOG.info("Template {} ({}, {}) created by {}", template.name(), template.scope(),
                Texts.filter(template), Actor.current());
        return template;
    }

    /** @return the template asked for, its provider and customer spelt as in the registry */
    private Template newTemplate(String name, Level level, String providerName,
            String customerName, Set<String> vendors, Set<String> models) {
        String checked = TemplateRules.name(name);
        TemplateRules.checkLevel(level, providerName, customerName);
        String provider = level == Level.PLATFORM ? "" : providerNamed(providerName);
        String customer = level == Level.CUSTOMER ? customerNamed(provider, customerName) : "";
        Set<String> vendorIds = TemplateRules.vendors(vendors);
        Set<String> modelIds = ModelNames.canonical(TemplateRules.models(models), vendorIds,
                generators);
        return new Template(checked, level, provider, customer, TemplateState.DISABLED,
                vendorIds, modelIds, new TreeMap<>());
    }

    private void insert(Template template) {
        try {
            transactions.run(c -> {
                refuseTaken(TemplateRows.byName(c, template.name()));
                TemplateRows.insert(c, template, now());
                return null;
            });
        } catch (SQLException e) {
            if (SqlStates.duplicate(e)) {
                // Taken by someone else between our look and our insert.
                refuseTaken(find(template.name()));
            }
            throw failure("create template " + template.name(), e);
        }
    }

    @Override
    public Optional<Template> template(String name) {
        return find(name).map(StoredTemplate::template);
    }

    @Override
    public List<Template> templates() {
        return storage("read the templates", TemplateRows::all).stream()
                .map(StoredTemplate::template).sorted(ORDER).toList();
    }

    @Override
    public Template set(String name, String setting, String value, boolean locked) {
        StoredTemplate stored = require(name);
        Template template = stored.template();
        String key = SettingKeys.name(setting);
        String canonical = SettingKeys.validate(key, value);
        checkEntry(stored, key, canonical);
        change(key + " on template " + template.name(), reach(stored), c -> {
            TemplateRows.putValue(c, stored.id(), key, new TemplateValue(canonical, locked));
            return null;
        });
        LOG.info("Template {} ({}): {} = {}{}, set by {}", template.name(), template.scope(),
                key, SettingKeys.shown(key, canonical), locked ? " (locked)" : "",
                Actor.current());
        return require(name).template();
    }

    /**
     * Refuses a value that no phone would receive: a raw setting of a vendor the filter leaves
     * out, a setting a higher level locked, a key that does not fit.
     */
    private void checkEntry(StoredTemplate stored, String key, String value) {
        Template template = stored.template();
        TemplateRules.checkRawVendor(template, key);
        Optional<String> lock = LockCheck.refusal(template, key, templates());
        if (lock.isPresent()) {
            throw new RegistryException(lock.get());
        }
        Optional<Integer> position = SettingKeys.keyPosition(key);
        if (position.isPresent()) {
            checkKeys(template, List.of(LineKey.parse(position.get(), value)),
                    keyReach(stored), true);
        }
    }

    @Override
    public Template unset(String name, String setting) {
        StoredTemplate stored = require(name);
        Template template = stored.template();
        String key = SettingKeys.name(setting);
        if (!template.values().containsKey(key)) {
            throw new RegistryException("Template " + template.name() + " has no value for "
                    + key + "; see template:show " + template.name());
        }
        change(key + " on template " + template.name(), reach(stored),
                c -> TemplateRows.removeValue(c, stored.id(), key));
        LOG.info("Template {} ({}): {} removed by {}", template.name(), template.scope(), key,
                Actor.current());
        return require(name).template();
    }

    @Override
    public Template setState(String name, TemplateState state) {
        if (state == null) {
            throw new IllegalArgumentException("A state is required: disabled, assignable or"
                    + " auto-apply");
        }
        StoredTemplate before = require(name);
        if (before.template().state() == state) {
            return before.template();
        }
        StoredTemplate after = before.with(state);
        if (state == TemplateState.AUTO_APPLY) {
            checkKeys(after.template(), keys(after.template()), reach(after), false);
        }
        Map<Mac, Device> affected = new LinkedHashMap<>();
        reach(before).forEach(d -> affected.put(d.mac(), d));
        reach(after).forEach(d -> affected.put(d.mac(), d));
        change("the state of template " + before.name(), affected.values(), c -> {
            TemplateRows.setState(c, before.id(), state);
            return null;
        });
        LOG.info("Template {} ({}) is now {}, was {}; by {}", before.name(),
                before.template().scope(), state.id(), before.template().state().id(),
                Actor.current());
        return after.template();
    }

    @Override
    public boolean assign(String name, Mac mac) {
        StoredTemplate stored = require(name);
        Template template = stored.template();
        Device device = registered(mac);
        TemplateRules.checkCovers(template, device);
        refuseIfExpired(device);
        checkKeys(template, keys(template), List.of(device), false);
        boolean added = change("the templates of " + mac.colons(), List.of(device),
                c -> TemplateRows.assign(c, stored.id(), mac, now()));
        if (added) {
            LOG.info("Template {} ({}) assigned to {} by {}", template.name(),
                    template.scope(), mac.colons(), Actor.current());
        }
        return added;
    }

    @Override
    public boolean unassign(String name, Mac mac) {
        StoredTemplate stored = require(name);
        // A device removed from the registry can still be unassigned, to clear the record.
        Optional<Device> device = registry.device(mac);
        device.ifPresent(this::refuseIfExpired);
        boolean removed = change("the templates of " + mac.colons(),
                device.map(List::of).orElse(List.of()),
                c -> TemplateRows.unassign(c, stored.id(), mac));
        if (removed) {
            LOG.info("Template {} ({}) unassigned from {} by {}", stored.name(),
                    stored.template().scope(), mac.colons(), Actor.current());
        }
        return removed;
    }

    @Override
    public List<Mac> assigned(String name) {
        StoredTemplate stored = require(name);
        return storage("read the assignments of " + stored.name(),
                c -> TemplateRows.assigned(c, stored.id()));
    }

    @Override
    public List<Device> reach(String name) {
        return reach(require(name));
    }

    @Override
    public boolean remove(String name) {
        Optional<StoredTemplate> found = find(name);
        if (found.isEmpty()) {
            return false;
        }
        StoredTemplate stored = found.get();
        change("template " + stored.name(), reach(stored),
                c -> TemplateRows.delete(c, stored.id()));
        LOG.info("Template {} ({}) removed, with {} value(s), by {}", stored.name(),
                stored.template().scope(), stored.template().values().size(), Actor.current());
        return true;
    }

    /**
     * For an EXPIRED device, the configuration frozen at expiry; else the live one. Once a
     * device is no longer EXPIRED, its snapshot is dropped.
     */
    @Override
    public DeviceConfig resolve(Device device) {
        Optional<Boolean> expired = freezer.expired(device);
        if (expired.orElse(false)) {
            return frozen(device);
        }
        boolean[] thawed = {false};
        DeviceConfig resolved = storage("resolve the configuration of "
                + device.mac().colons(), c -> {
            // Also for a phone that cannot expire: one added under the MAC of a removed, frozen
            // phone must not inherit its snapshot. A phone's window starts with its first
            // fetch, so a stale snapshot is always gone before the phone can expire.
            if (expired.isPresent()) {
                thawed[0] = freezer.thaw(c, device);
            }
            return new DeviceConfig(device, Precedence.resolve(device,
                    TemplateRows.applying(c, device, enabled(c))), false);
        });
        if (thawed[0] && versions != null) {
            versions.changedAll(); // the thaw counted a change
        }
        return resolved;
    }

    /**
     * The count is read before the templates: a change that commits between the two reads is
     * then found by the next call, never left out under a count that includes it.
     */
    private List<StoredTemplate> enabled(Connection c) throws SQLException {
        long changes = TemplateChanges.read(c);
        Snapshot kept = snapshot;
        if (kept.changes() == changes) {
            return kept.enabled();
        }
        List<StoredTemplate> enabled = TemplateRows.enabled(c);
        snapshot = new Snapshot(changes, enabled);
        return enabled;
    }

    /** Reads the templates as they are now, even for an EXPIRED device. */
    @Override
    public Optional<ResolvedValue> lockOn(Device device, String name) {
        String key = canonical(name);
        return storage("read the locks on " + device.mac().colons(),
                c -> Precedence.lock(Freezer.live(c, device), key));
    }

    /**
     * Freezes a device that expired; releases one that was licensed. A failure is logged and
     * left for the next fetch, which freezes or releases the device just the same.
     */
    @Override
    public void handleEvent(Event event) {
        Optional<Mac> mac = Mac.tryParse(String.valueOf(event.getProperty("mac")));
        if (mac.isEmpty()) {
            LOG.debug("Event {} names no device; ignored", event.getTopic());
            return;
        }
        try {
            if (EntitlementService.TOPIC_EXPIRED.equals(event.getTopic())) {
                expiredNow(mac.get());
            } else if (EntitlementService.TOPIC_LICENSE_ADDED.equals(event.getTopic())) {
                licensedNow(mac.get());
            } else if (DeviceRegistry.TOPIC_DEVICE_REMOVED.equals(event.getTopic())) {
                removedNow(mac.get());
            }
        } catch (RuntimeException e) {
            LOG.warn("The configuration of {} kept at expiry could not be updated after {}: {};"
                    + " its next fetch does it", mac.get().colons(), event.getTopic(),
                    e.getMessage(), e);
        }
    }

    private void expiredNow(Mac mac) {
        Optional<Device> device = registry.device(mac);
        if (device.isPresent() && freezer.expired(device.get()).orElse(false)) {
            changing("freeze the configuration of " + mac.colons(),
                    c -> freezer.freezeIfAbsent(c, device.get()));
        }
    }

    /** A phone registered later under the same MAC starts without these. */
    private void removedNow(Mac mac) {
        int dropped = changing("forget the removed device " + mac.colons(), c -> {
            FrozenConfigs.drop(c, mac);
            TemplateChanges.count(c);
            return Jdbc.update(c, "DELETE FROM template_assignment WHERE mac = ?", mac.hex());
        });
        LOG.info("Device {} was removed; {} template assignment(s) dropped", mac.colons(),
                dropped);
    }

    private void licensedNow(Mac mac) {
        Optional<Device> device = registry.device(mac);
        if (device.isPresent() && freezer.expired(device.get()).orElse(false)) {
            return;
        }
        if (changing("release the configuration of " + mac.colons(), c -> {
            boolean dropped = FrozenConfigs.drop(c, mac);
            if (dropped) {
                TemplateChanges.count(c);
            }
            return dropped;
        })) {
            LOG.info("Device {} is licensed; it receives its templates again", mac.colons());
        }
    }

    private DeviceConfig frozen(Device device) {
        try {
            return transactions.run(c -> freezer.frozen(c, device));
        } catch (SQLException e) {
            if (SqlStates.duplicate(e)) {
                // Frozen by another node between our look and our write: read theirs.
                return storage("read the frozen configuration of " + device.mac().colons(),
                        c -> freezer.frozen(c, device));
            }
            throw failure("freeze the configuration of " + device.mac().colons(), e);
        }
    }

    /**
     * Runs a change in one transaction with the freezing of every EXPIRED device it would
     * reach, so that the change never reaches them.
     *
     * @param what what changes, for the message of a failure
     * @param affected the devices the change reaches, before or after it
     * @param work the change
     */
    private <T> T change(String what, Collection<Device> affected, SqlWork<T> work) {
        List<Device> expired = freezer.expiredAmong(affected);
        T done = changing("change " + what, c -> {
            for (Device device : expired) {
                freezer.freezeIfAbsent(c, device);
            }
            T result = work.run(c);
            // In the change's transaction: every node sees both, or neither.
            TemplateChanges.count(c);
            return result;
        });
        return done;
    }

    /**
     * The count of changes in the database, so a change made on any node is seen here; read
     * from memory when this process is the database's only writer.
     */
    @Override
    public long version() {
        if (versions == null) {
            return readVersion();
        }
        return versions.get(VERSION, key -> readVersion());
    }

    private long readVersion() {
        return storage("read the count of template changes", TemplateChanges::read);
    }

    /** @return the devices the template applies to now */
    private List<Device> reach(StoredTemplate stored) {
        return switch (stored.template().state()) {
            case DISABLED -> List.of();
            case ASSIGNABLE -> assignedDevices(stored);
            case AUTO_APPLY -> covered(stored.template());
        };
    }

    /**
     * @return the devices the template's keys must fit: those it reaches, and those assigned
     *         to it while it is disabled, which it reaches once enabled
     */
    private List<Device> keyReach(StoredTemplate stored) {
        return stored.template().state() == TemplateState.AUTO_APPLY
                ? covered(stored.template()) : assignedDevices(stored);
    }

    private List<Device> covered(Template template) {
        String provider = template.level() == Level.PLATFORM ? null : template.providerName();
        String customer = template.level() == Level.CUSTOMER ? template.customerName() : null;
        return registry.devices(provider, customer).stream().filter(template::covers).toList();
    }

    private List<Device> assignedDevices(StoredTemplate stored) {
        List<Device> devices = new ArrayList<>();
        for (Mac mac : storage("read the assignments of " + stored.name(),
                c -> TemplateRows.assigned(c, stored.id()))) {
            registry.device(mac).filter(stored.template()::covers).ifPresent(devices::add);
        }
        return devices;
    }

    private void checkKeys(Template template, List<LineKey> keys, Collection<Device> devices,
            boolean byFilter) {
        Optional<String> refusal = new KeyCapacity(generators).refusal(template, keys, devices,
                byFilter);
        if (refusal.isPresent()) {
            throw new RegistryException(refusal.get());
        }
    }

    /** @return the keys a template holds; one stored before a rule changed is left out */
    private static List<LineKey> keys(Template template) {
        List<LineKey> keys = new ArrayList<>();
        template.values().forEach((name, value) -> SettingKeys.keyPosition(name)
                .ifPresent(position -> {
                    try {
                        keys.add(LineKey.parse(position, value.value()));
                    } catch (IllegalArgumentException unreadable) {
                        LOG.debug("Template {}: {} no longer reads as a key", template.name(),
                                name);
                    }
                }));
        return keys;
    }

    private void refuseIfExpired(Device device) {
        if (freezer.expired(device).orElse(false)) {
            String mac = device.mac().colons();
            throw new RegistryException("Phone " + mac + " is EXPIRED, so its templates cannot"
                    + " change: it keeps the configuration it had when its Provisioning Plus"
                    + " window ended. License it with license:add " + mac + " first");
        }
    }

    private static void refuseTaken(Optional<StoredTemplate> existing) {
        if (existing.isPresent()) {
            throw new RegistryException("There is already a template named "
                    + existing.get().name() + "; names are unique ignoring case, so choose"
                    + " another");
        }
    }

    private String providerNamed(String name) {
        String wanted = name.strip();
        return registry.providers().stream().map(Provider::name)
                .filter(wanted::equalsIgnoreCase).findFirst()
                .orElseThrow(() -> new RegistryException("There is no provider " + wanted
                        + "; see provider:list"));
    }

    private String customerNamed(String provider, String name) {
        String wanted = name.strip();
        return registry.customers(provider).stream().map(Customer::name)
                .filter(wanted::equalsIgnoreCase).findFirst()
                .orElseThrow(() -> new RegistryException("Provider " + provider + " has no"
                        + " customer " + wanted + "; see customer:list " + provider));
    }

    private Device registered(Mac mac) {
        return registry.device(mac).orElseThrow(() -> new RegistryException("MAC "
                + mac.colons() + " is not registered; see device:list"));
    }

    private Optional<StoredTemplate> find(String name) {
        if (TemplateRules.blank(name)) {
            return Optional.empty();
        }
        return storage("read template " + name, c -> TemplateRows.byName(c, name));
    }

    private StoredTemplate require(String name) {
        return find(name).orElseThrow(() -> new RegistryException("There is no template "
                + (name == null ? "" : name.strip()) + "; see template:list"));
    }

    private static String canonical(String name) {
        try {
            return SettingKeys.name(name);
        } catch (IllegalArgumentException unknown) {
            return name;
        }
    }

    /** Work that may count a change: the version kept in memory is read again after it. */
    private <T> T changing(String action, SqlWork<T> work) {
        try {
            return storage(action, work);
        } finally {
            if (versions != null) {
                versions.changedAll();
            }
        }
    }

    private <T> T storage(String action, SqlWork<T> work) {
        try {
            return transactions.run(work);
        } catch (SQLException e) {
            throw failure(action, e);
        }
    }

    private static IllegalStateException failure(String action, SQLException e) {
        return new IllegalStateException("Templates could not " + action + ": "
                + e.getMessage() + " (SQLState " + e.getSQLState() + ")", e);
    }

    /** Milliseconds, as stored. */
    private Instant now() {
        Clock bound = clock;
        return (bound == null ? Clock.systemUTC() : bound).instant()
                .truncatedTo(ChronoUnit.MILLIS);
    }
}
