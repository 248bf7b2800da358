/**
 * Provisioning Plus: the one-time onboarding window of a device, the licenses that extend it,
 * and the EXPIRED lock. The rules are those of OpenProv's design ("Provisioning Plus — the
 * rules"); the {@link org.openprov.api.entitlement.EntitlementService} is published by the
 * entitlement bundle.
 *
 * <p>Every fact the rules need is persisted: the window starts at the device's
 * {@link org.openprov.api.registry.Device#firstDeliveredAt()}, recorded by the registry even
 * while the entitlement bundle is stopped, and each license keeps when it was added and the
 * term it covers, so billing can read any past month.
 *
 * <p>Events posted through EventAdmin, each with the properties {@code mac}, {@code provider}
 * and {@code customer}:
 * {@value org.openprov.api.entitlement.EntitlementService#TOPIC_WINDOW_STARTED},
 * {@value org.openprov.api.entitlement.EntitlementService#TOPIC_EXPIRED},
 * {@value org.openprov.api.entitlement.EntitlementService#TOPIC_LICENSE_ADDED}.
 */
@Export
@Version("1.0.0")
package org.openprov.api.entitlement;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
