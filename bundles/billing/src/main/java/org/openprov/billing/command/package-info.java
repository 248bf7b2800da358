/**
 * The billing console commands, as Karaf shell actions on the
 * {@link org.openprov.api.billing.BillingService}: {@code billing:price-set},
 * {@code billing:price-list}, {@code billing:preview}, {@code billing:close},
 * {@code billing:invoice} and {@code billing:export}.
 *
 * <p>A mistake in what was typed is a Karaf {@code CommandException} whose message says what
 * to do; Karaf prints it without a stack trace.
 */
package org.openprov.billing.command;
