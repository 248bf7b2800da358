/**
 * The registry's implementation: {@link org.openprov.registry.internal.JdbcDeviceRegistry} on a
 * JDBC {@code DataSource} chosen by configuration, and the versioned schema it upgrades on start.
 *
 * <p>Nothing here is exported; other bundles use the
 * {@link org.openprov.api.registry.DeviceRegistry} service.
 */
package org.openprov.registry.internal;
