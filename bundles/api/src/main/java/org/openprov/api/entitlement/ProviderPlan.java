package org.openprov.api.entitlement;

/**
 * A provider's Provisioning Plus settings.
 *
 * @param providerName the provider
 * @param enabled whether the platform operator enabled Provisioning Plus for it
 * @param forced whether every device added from now on is forced onto Provisioning Plus
 */
public record ProviderPlan(String providerName, boolean enabled, boolean forced) {
}
