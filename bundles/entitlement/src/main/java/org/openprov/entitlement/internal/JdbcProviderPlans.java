package org.openprov.entitlement.internal;

import org.openprov.jdbc.Jdbc;
import org.openprov.jdbc.Transactions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.openprov.api.entitlement.ProviderPlan;
import org.openprov.api.registry.RegistryException;

/**
 * Providers' Provisioning Plus settings in {@code provider_plan}. A provider without a row is
 * disabled and not forced.
 */
final class JdbcProviderPlans {

    private static final String COLUMNS = "SELECT provider_name, enabled, forced"
            + " FROM provider_plan";
    private static final String ENABLE = "UPDATE provider_plan SET enabled = TRUE,"
            + " updated_at = ? WHERE provider_name = ?";
    /** Force needs Provisioning Plus, so disabling it also un-forces. */
    private static final String DISABLE = "UPDATE provider_plan SET enabled = FALSE,"
            + " forced = FALSE, updated_at = ? WHERE provider_name = ?";
    private static final String INSERT = "INSERT INTO provider_plan (provider_name, enabled,"
            + " forced, updated_at) VALUES (?, TRUE, FALSE, ?)";
    /** The condition on enabled makes a concurrent pplus:disable win or lose whole. */
    private static final String FORCE = "UPDATE provider_plan SET forced = ?, updated_at = ?"
            + " WHERE provider_name = ? AND enabled = TRUE";

    private final Transactions transactions;

    JdbcProviderPlans(Transactions transactions) {
        this.transactions = transactions;
    }

    ProviderPlan plan(String provider) throws SQLException {
        return transactions.run(c -> plan(c, provider));
    }

    List<ProviderPlan> plans() throws SQLException {
        return transactions.run(c -> Jdbc.list(c, COLUMNS + " ORDER BY provider_name",
                JdbcProviderPlans::read));
    }

    /**
     * @param provider an existing provider
     * @param enabled the new setting
     * @param now the change's time
     * @return the settings afterwards
     * @throws SQLException a duplicate when another node added the row meanwhile; try again
     */
    ProviderPlan setEnabled(String provider, boolean enabled, Instant now)
            throws SQLException {
        return transactions.run(c -> {
            int changed = Jdbc.update(c, enabled ? ENABLE : DISABLE, now.toEpochMilli(),
                    provider);
            if (changed == 0 && enabled) {
                Jdbc.update(c, INSERT, provider, now.toEpochMilli());
            }
            return plan(c, provider);
        });
    }

    /**
     * @param provider a provider
     * @param forced the new setting
     * @param now the change's time
     * @return the settings afterwards
     * @throws RegistryException when forcing a provider that has not Provisioning Plus enabled
     */
    ProviderPlan setForced(String provider, boolean forced, Instant now) throws SQLException {
        return transactions.run(c -> {
            int changed = Jdbc.update(c, FORCE, forced, now.toEpochMilli(), provider);
            if (changed == 0 && forced) {
                throw new RegistryException("Provisioning Plus is not enabled for provider "
                        + provider + ", so it cannot be forced; the platform operator enables it"
                        + " first with pplus:enable " + provider);
            }
            return plan(c, provider);
        });
    }

    private static ProviderPlan plan(Connection c, String provider) throws SQLException {
        return Jdbc.first(c, COLUMNS + " WHERE provider_name = ?", JdbcProviderPlans::read,
                provider).orElse(new ProviderPlan(provider, false, false));
    }

    private static ProviderPlan read(ResultSet row) throws SQLException {
        return new ProviderPlan(row.getString(1), row.getBoolean(2), row.getBoolean(3));
    }
}
