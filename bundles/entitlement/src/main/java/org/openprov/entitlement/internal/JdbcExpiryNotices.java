package org.openprov.entitlement.internal;

import org.openprov.jdbc.Jdbc;
import org.openprov.jdbc.Transactions;
import org.openprov.jdbc.SqlStates;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;
import org.openprov.api.registry.Mac;

/**
 * The {@code expiry_notice} table: which devices' expiries were announced. Claiming a notice
 * is atomic across nodes, so exactly one node announces each expiry.
 */
final class JdbcExpiryNotices {

    private static final String ALL = "SELECT mac, expired_at FROM expiry_notice";
    private static final String INSERT = "INSERT INTO expiry_notice (mac, expired_at,"
            + " notified_at) VALUES (?, ?, ?)";
    /**
     * A row left by an earlier device with the same MAC has another expiry; taking it over is
     * a compare-and-set, so of two nodes only one sees a count of 1.
     */
    private static final String TAKE_OVER = "UPDATE expiry_notice SET expired_at = ?,"
            + " notified_at = ? WHERE mac = ? AND expired_at <> ?";

    private final Transactions transactions;

    JdbcExpiryNotices(Transactions transactions) {
        this.transactions = transactions;
    }

    /** @return the expiry announced for each MAC that has a notice, by 12-digit MAC */
    Map<String, Instant> all() throws SQLException {
        return transactions.run(c -> Jdbc.list(c, ALL, r -> Map.entry(r.getString(1),
                Instant.ofEpochMilli(r.getLong(2))))).stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /**
     * Claims the announcement of one expiry.
     *
     * @param mac the device
     * @param expiredAt when its window ended
     * @param now the claim's time
     * @return true for the one caller, on any node, that is to announce it
     * @throws SQLException when storage fails
     */
    boolean claim(Mac mac, Instant expiredAt, Instant now) throws SQLException {
        long expired = expiredAt.toEpochMilli();
        try {
            // Its own transaction: after a refused insert PostgreSQL runs nothing more in it.
            return transactions.run(c -> Jdbc.update(c, INSERT, mac.hex(), expired,
                    now.toEpochMilli()) == 1);
        } catch (SQLException e) {
            if (!SqlStates.duplicate(e)) {
                throw e;
            }
        }
        return transactions.run(c -> Jdbc.update(c, TAKE_OVER, expired, now.toEpochMilli(),
                mac.hex(), expired) == 1);
    }
}
