package org.openprov.api.entitlement;

import java.time.Instant;
import org.openprov.api.registry.Mac;

/**
 * One license of a device: six calendar months of management, billed once when added.
 *
 * @param id the entitlement bundle's identifier
 * @param mac the licensed device
 * @param providerName the device's provider when the license was added
 * @param addedAt when the license was added (the billing date)
 * @param start when its term starts: the add time, the window's end, or the previous term's end
 * @param end when its term ends, six calendar months after its start
 */
public record License(long id, Mac mac, String providerName, Instant addedAt, Instant start,
        Instant end) {
}
