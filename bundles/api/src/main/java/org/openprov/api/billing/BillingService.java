package org.openprov.api.billing;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Prices, monthly invoices and their export. User mistakes throw
 * {@link org.openprov.api.registry.RegistryException} with a message for the administrator.
 */
@ProviderType
public interface BillingService {

    /**
     * Sets a provider's prices from a day on.
     *
     * @param providerName an existing provider
     * @param effectiveFrom the first day they apply; an existing entry for that day is replaced
     *        unless a closed month already used it
     * @param currency ISO 4217 code
     * @param monthly price per device and month, not negative
     * @param provisioningPlus one-time price, not negative
     * @return the price stored
     */
    Price setPrice(String providerName, LocalDate effectiveFrom, String currency,
            BigDecimal monthly, BigDecimal provisioningPlus);

    /**
     * @param providerName a provider, or null for all
     * @return the price list, by provider then date
     */
    List<Price> prices(String providerName);

    /**
     * @param providerName a provider
     * @param month any month; for the current month, the charges so far
     * @return the invoice as it would be if the month were closed now; the closed invoice if
     *         the month is closed
     */
    Invoice preview(String providerName, YearMonth month);

    /**
     * Closes a month for every provider: computes and stores its invoices. Closing a closed
     * month again changes nothing and returns the stored invoices.
     *
     * @param month a month that is over by the platform clock
     * @param progress told as providers are closed
     * @return the invoices of that month, by provider
     */
    List<Invoice> close(YearMonth month, CloseProgress progress);

    /**
     * @return the latest closed month, if any: facts dated before its end are never billed
     */
    Optional<YearMonth> lastClosedMonth();

    /**
     * @param providerName a provider
     * @param month a closed month
     * @return the stored invoice
     */
    Invoice invoice(String providerName, YearMonth month);

    /**
     * Writes every charge of a closed month as RFC 4180 CSV, with a header row, atomically: the
     * file appears whole or not at all.
     *
     * @param month a closed month
     * @param file where to write
     * @return how many charges were written
     */
    int export(YearMonth month, Path file);
}
