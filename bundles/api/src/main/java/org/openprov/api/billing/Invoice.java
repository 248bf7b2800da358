package org.openprov.api.billing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * What a provider owes for a month.
 *
 * @param providerName the provider
 * @param month the month
 * @param currency the provider's currency
 * @param charges every charge, ordered by customer, MAC and reason
 * @param total the sum of the amounts
 * @param closedAt when the month was closed; empty for a preview
 */
public record Invoice(String providerName, YearMonth month, String currency,
        List<Charge> charges, BigDecimal total, Optional<Instant> closedAt) {

    /** Copies the charges so an invoice never changes once made. */
    public Invoice {
        charges = List.copyOf(charges);
    }
}
