package org.openprov.access.internal;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.openprov.api.access.FetchMode;
import org.openprov.jdbc.Jdbc;
import org.openprov.jdbc.Transactions;

/** Providers' own fetch policies in the table {@code fetch_policy}. */
final class JdbcPolicies {

    private final Transactions transactions;

    JdbcPolicies(Transactions transactions) {
        this.transactions = transactions;
    }

    /** @return the providers' own policies, by name */
    List<Policy> all() throws SQLException {
        return transactions.run(c -> Jdbc.list(c, "SELECT provider_name, mode, bootstrap,"
                + " overlap_seconds, updated_at FROM fetch_policy ORDER BY provider_name",
                row -> new Policy(row.getString(1), FetchMode.byKey(row.getString(2))
                        .orElse(FetchMode.PASSWORD), row.getBoolean(3),
                        Duration.ofSeconds(row.getLong(4)), true,
                        Instant.ofEpochMilli(row.getLong(5)))));
    }

    /** @return the provider's own policy, if it has one */
    Optional<Policy> find(String provider) throws SQLException {
        return all().stream().filter(p -> p.provider().equals(provider)).findFirst();
    }

    /** Writes a provider's own policy; its updated_at is when its mode last changed. */
    void put(Policy policy) throws SQLException {
        long now = policy.changedAt().toEpochMilli();
        transactions.runRetrying(c -> {
            int updated = Jdbc.update(c, "UPDATE fetch_policy SET mode = ?, bootstrap = ?,"
                    + " overlap_seconds = ?, updated_at = ? WHERE provider_name = ?",
                    policy.mode().key(), policy.bootstrap(), policy.overlap().toSeconds(),
                    now, policy.provider());
            if (updated == 0) {
                Jdbc.update(c, "INSERT INTO fetch_policy (provider_name, mode, bootstrap,"
                        + " overlap_seconds, updated_at) VALUES (?, ?, ?, ?, ?)",
                        policy.provider(), policy.mode().key(), policy.bootstrap(),
                        policy.overlap().toSeconds(), now);
            }
            return null;
        }, 3);
    }

    /** Drops a provider's own policy: it gets the default again. */
    boolean drop(String provider) throws SQLException {
        return transactions.run(c -> Jdbc.update(c, "DELETE FROM fetch_policy WHERE"
                + " provider_name = ?", provider)) == 1;
    }
}
