/**
 * The device registry: providers, their customers and the phones (devices) registered to them,
 * with their SIP lines, settings and recorded deliveries.
 *
 * <p>The registry is the single source of truth every other OpenProv bundle reads through the
 * {@link org.openprov.api.registry.DeviceRegistry} service. User mistakes (an unknown provider, a
 * malformed MAC, a MAC that is already registered) are reported as
 * {@link org.openprov.api.registry.RegistryException} with a message meant for an administrator.
 */
@Export
@Version("1.1.0")
package org.openprov.api.registry;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
