/**
 * Billing: providers' price lists, the charges of a month, closed invoices and their export.
 * The rules are those of OpenProv's design ("Billing — the rules"). Money is exact: amounts
 * are {@link java.math.BigDecimal} with the currency's two decimals, never {@code double}.
 *
 * <p>Charges are computed from persisted facts only — devices and their history from the
 * registry ({@link org.openprov.api.registry.DeviceRegistry#devicesExisting}), window starts
 * and licenses from the entitlement service — so stopping or updating any bundle loses or
 * doubles nothing. A closed month is stored and never changes.
 */
@Export
@Version("1.0.0")
package org.openprov.api.billing;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
