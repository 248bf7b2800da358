package org.openprov.api.billing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import org.openprov.api.registry.Mac;

/**
 * One line of an invoice.
 *
 * @param providerName the provider billed
 * @param month the month billed
 * @param mac the device charged
 * @param customerName the device's customer
 * @param reason why
 * @param at the fact the charge comes from (window start, license added, first managed day)
 * @param quantity how many units (months)
 * @param unitPrice the price of one unit
 * @param amount quantity × unit price
 * @param currency the provider's currency
 */
public record Charge(String providerName, YearMonth month, Mac mac, String customerName,
        ChargeReason reason, Instant at, int quantity, BigDecimal unitPrice, BigDecimal amount,
        String currency) {
}
