package org.openprov.api.registry;

import java.time.Instant;

/**
 * A service provider: the tenant whose customers' phones OpenProv provisions.
 *
 * @param id the registry's identifier
 * @param name the unique name administrators type
 * @param createdAt when it was added
 */
public record Provider(long id, String name, Instant createdAt) {
}
