package org.openprov.api.billing;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A provider's prices from a date on, until a later price of the same provider takes effect.
 *
 * @param providerName the provider
 * @param effectiveFrom the first day (UTC) these prices apply
 * @param currency an ISO 4217 code, e.g. {@code USD}
 * @param monthly the price per managed device and month
 * @param provisioningPlus the one-time Provisioning Plus price, may be zero
 */
public record Price(String providerName, LocalDate effectiveFrom, String currency,
        BigDecimal monthly, BigDecimal provisioningPlus) {
}
