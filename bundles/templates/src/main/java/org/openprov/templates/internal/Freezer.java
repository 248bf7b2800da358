package org.openprov.templates.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.openprov.api.entitlement.EntitlementService;
import org.openprov.api.entitlement.PlanState;
import org.openprov.api.registry.Device;
import org.openprov.api.settings.DeviceConfig;
import org.openprov.api.settings.ResolvedValue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps an EXPIRED device's configuration as it stood at expiry. The snapshot is taken the
 * first time it is needed: when the device is resolved, when the expiry is announced, or just
 * before a template change that would reach the device, in that change's transaction. It is
 * dropped once the device is no longer EXPIRED (licensed).
 *
 * <p>Without the entitlement service nothing can be known of expiry: nothing is frozen, and
 * snapshots taken before are neither served nor dropped until it returns.
 */
final class Freezer {

    private static final Logger LOG = LoggerFactory.getLogger(Freezer.class);

    private final Supplier<EntitlementService> entitlements;
    private final Supplier<Instant> now;

    /**
     * @param entitlements the entitlement service, or null while there is none
     * @param now the platform's time
     */
    Freezer(Supplier<EntitlementService> entitlements, Supplier<Instant> now) {
        this.entitlements = entitlements;
        this.now = now;
    }

    /**
     * @param device a device
     * @return whether it is EXPIRED now; empty while the entitlement service is absent
     */
    Optional<Boolean> expired(Device device) {
        EntitlementService service = entitlements.get();
        if (service == null) {
            return Optional.empty();
        }
        // Only a Provisioning Plus device whose window started can be EXPIRED: spare the rest
        // a question to the entitlement service on every fetch.
        if (!device.provisioningPlus() || device.firstDeliveredAt().isEmpty()) {
            return Optional.of(false);
        }
        return Optional.of(service.entitlement(device, now.get()).state() == PlanState.EXPIRED);
    }

    /**
     * @param devices some devices
     * @return those EXPIRED now
     */
    List<Device> expiredAmong(Collection<Device> devices) {
        return devices.stream().filter(d -> expired(d).orElse(false)).toList();
    }

    /**
     * @param c a connection in the caller's transaction
     * @param device an EXPIRED device
     * @return its frozen configuration, frozen now if it had none
     */
    DeviceConfig frozen(Connection c, Device device) throws SQLException {
        Optional<Map<String, ResolvedValue>> kept = FrozenConfigs.load(c, device.mac());
        return new DeviceConfig(device, kept.isPresent() ? kept.get() : freeze(c, device),
                true);
    }

    /**
     * @param c a connection in the caller's transaction
     * @param device an EXPIRED device
     * @return whether it was frozen now, rather than already
     */
    boolean freezeIfAbsent(Connection c, Device device) throws SQLException {
        if (FrozenConfigs.exists(c, device.mac())) {
            return false;
        }
        freeze(c, device);
        return true;
    }

    /**
     * @param c a connection in the caller's transaction
     * @param device a device that is not EXPIRED
     * @return whether a kept configuration was dropped, a change counted with it
     */
    boolean thaw(Connection c, Device device) throws SQLException {
        if (FrozenConfigs.exists(c, device.mac()) && FrozenConfigs.drop(c, device.mac())) {
            TemplateChanges.count(c); // its live configuration may differ from the kept one
            LOG.info("Device {} is no longer EXPIRED; it receives its templates again",
                    device.mac().colons());
            return true;
        }
        return false;
    }

    /**
     * @param c a connection
     * @param device a device
     * @return its configuration from its templates and its own values, as they are now
     */
    static Map<String, ResolvedValue> live(Connection c, Device device) throws SQLException {
        return Precedence.resolve(device, TemplateRows.applying(c, device));
    }

    private Map<String, ResolvedValue> freeze(Connection c, Device device)
            throws SQLException {
        Map<String, ResolvedValue> values = live(c, device);
        FrozenConfigs.store(c, device.mac(), values, now.get());
        LOG.info("Device {} is EXPIRED: its configuration is kept as it stands, {} setting(s);"
                + " template changes no longer reach it", device.mac().colons(), values.size());
        return values;
    }
}
