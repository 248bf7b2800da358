package org.openprov.api.settings;

import java.util.Optional;
import org.openprov.api.registry.Device;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Resolves a device's settings across the template hierarchy. Published by the templates
 * bundle; while it is absent, the endpoint renders a device from its own settings alone
 * ({@link DeviceConfig#ofDevice}).
 */
@ProviderType
public interface ConfigResolver {

    /**
     * The configuration the device receives now: for an EXPIRED device, the values it had at
     * expiry; otherwise its templates and its own values, weighed by level and locks.
     *
     * @param device a registered device
     * @return its configuration
     */
    DeviceConfig resolve(Device device);

    /**
     * Says why a device cannot take its own value for a setting: a template that reaches it
     * locked the setting.
     *
     * @param device a registered device
     * @param name a canonical setting name
     * @return the locking value, if any
     */
    Optional<ResolvedValue> lockOn(Device device, String name);

    /**
     * A number that grows with every change made through this service that can alter a
     * resolved configuration (a template's values, state or assignments, a snapshot taken or
     * dropped). A cache of resolved configurations stays valid while it is unchanged; read it
     * before resolving, so a change that commits meanwhile invalidates the result. It is kept
     * in the database, so it counts the changes of every node sharing it; reading it costs a
     * query, and it throws when the storage fails.
     *
     * @return the current version
     */
    long version();
}
