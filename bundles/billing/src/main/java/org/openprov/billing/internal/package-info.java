/**
 * Billing, implemented: {@link org.openprov.billing.internal.ChargeRules} (what each device is
 * charged for in a month, from persisted facts), {@link org.openprov.billing.internal.PriceList}
 * (prices by the day they take effect) and
 * {@link org.openprov.billing.internal.JdbcBillingService}, the {@code BillingService} on the
 * registry's data source with tables and a versioned schema of its own, which stores each
 * closed month's invoices in one transaction and exports them as RFC 4180 CSV.
 *
 * <p>Nothing here is exported; other bundles use the services of {@code org.openprov.api}.
 */
package org.openprov.billing.internal;
