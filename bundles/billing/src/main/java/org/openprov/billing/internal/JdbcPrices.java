package org.openprov.billing.internal;

import org.openprov.jdbc.Jdbc;
import org.openprov.jdbc.Transactions;
import org.openprov.jdbc.SqlStates;
import java.sql.Connection;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.openprov.api.billing.Price;

/** Price lists in {@code price}: one row per provider and day they take effect. */
final class JdbcPrices {

    private static final String COLUMNS = "SELECT provider_name, effective_from, currency,"
            + " monthly_minor, pplus_minor FROM price";
    private static final String ORDER = " ORDER BY provider_name, effective_from";
    private static final String UPDATE = "UPDATE price SET currency = ?, monthly_minor = ?,"
            + " pplus_minor = ?, set_at = ? WHERE provider_name = ? AND effective_from = ?";
    private static final String INSERT = "INSERT INTO price (currency, monthly_minor,"
            + " pplus_minor, set_at, provider_name, effective_from) VALUES (?, ?, ?, ?, ?, ?)";

    private final Transactions transactions;

    JdbcPrices(Transactions transactions) {
        this.transactions = transactions;
    }

    /**
     * @param provider a provider, or null for all
     * @return the prices, by provider then day
     */
    List<Price> list(String provider) throws SQLException {
        return transactions.run(c -> provider == null ? all(c)
                : Jdbc.list(c, COLUMNS + " WHERE provider_name = ?" + ORDER, JdbcPrices::read,
                        provider));
    }

    /**
     * @param c a connection
     * @return every provider's prices, by provider then day
     */
    static List<Price> all(Connection c) throws SQLException {
        return Jdbc.list(c, COLUMNS + ORDER, JdbcPrices::read);
    }

    /**
     * Adds an entry, or replaces the entry of its day. Checked and written under a share lock
     * on {@code closed_month}, which a close must get past to store its invoices: a month
     * cannot close between the check that the entry reaches no closed month and the write.
     *
     * @param price the entry, checked for its amounts and currency code
     * @param at when it is set
     * @return the entry stored
     * @throws org.openprov.api.registry.RegistryException when the entry would apply in a
     *     closed month or mix two currencies in one month
     */
    Price set(Price price, Instant at) throws SQLException {
        try {
            return transactions.run(c -> set(c, price, at));
        } catch (SQLException e) {
            // Two first entries for one day at once: the loser's insert fails; update instead.
            if (!SqlStates.duplicate(e)) {
                throw e;
            }
            return transactions.run(c -> set(c, price, at));
        }
    }

    private static Price set(Connection c, Price price, Instant at) throws SQLException {
        Jdbc.execute(c, "LOCK TABLE closed_month IN SHARE MODE");
        String provider = price.providerName();
        PriceList after = new PriceList(provider, Jdbc.list(c, COLUMNS
                + " WHERE provider_name = ?" + ORDER, JdbcPrices::read, provider)).with(price);
        after.requireOpen(price.effectiveFrom(), JdbcLedger.closedMonths(c));
        after.requireOneCurrencyPerMonth();
        Object[] values = {price.currency(), Money.minor(price.monthly()),
            Money.minor(price.provisioningPlus()), at.toEpochMilli(), provider,
            Date.valueOf(price.effectiveFrom())};
        if (Jdbc.update(c, UPDATE, values) == 0) {
            Jdbc.update(c, INSERT, values);
        }
        return price;
    }

    private static Price read(ResultSet row) throws SQLException {
        return new Price(row.getString(1), row.getDate(2).toLocalDate(), row.getString(3),
                Money.of(row.getLong(4)), Money.of(row.getLong(5)));
    }
}
