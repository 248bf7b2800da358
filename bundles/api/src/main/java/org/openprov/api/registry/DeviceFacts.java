package org.openprov.api.registry;

import java.time.Instant;
import java.util.Optional;

/**
 * What billing needs to know of a device that existed at some time, including one removed
 * since: kept by the registry when a device is removed, so past months can be computed again.
 *
 * @param mac the device's MAC
 * @param providerName its provider
 * @param customerName its customer
 * @param provisioningPlus its plan
 * @param createdAt when it was added
 * @param removedAt when it was removed, empty while it is registered
 * @param firstDeliveredAt when it received its first configuration, if it did
 */
public record DeviceFacts(Mac mac, String providerName, String customerName,
        boolean provisioningPlus, Instant createdAt, Optional<Instant> removedAt,
        Optional<Instant> firstDeliveredAt) {
}
