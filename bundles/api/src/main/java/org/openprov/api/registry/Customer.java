package org.openprov.api.registry;

import java.time.Instant;

/**
 * A customer of a provider; its name is unique within that provider.
 *
 * @param id the registry's identifier
 * @param providerName the provider it belongs to
 * @param name the customer's name
 * @param createdAt when it was added
 */
public record Customer(long id, String providerName, String name, Instant createdAt) {
}
