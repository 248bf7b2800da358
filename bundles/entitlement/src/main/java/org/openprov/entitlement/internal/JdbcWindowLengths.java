package org.openprov.entitlement.internal;

import org.openprov.jdbc.Jdbc;
import org.openprov.jdbc.Transactions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The {@code window_length} table: every window length configured, with the instant from
 * which it applies. Rows are only added, so a window's length never changes once it started.
 */
final class JdbcWindowLengths {

    private static final String ALL = "SELECT since, days FROM window_length";
    private static final String LATEST = ALL + " ORDER BY since DESC";
    private static final String INSERT = "INSERT INTO window_length (since, days)"
            + " VALUES (?, ?)";
    /** The same words in Derby and PostgreSQL; plain reads go on meanwhile in PostgreSQL. */
    private static final String LOCK = "LOCK TABLE window_length IN EXCLUSIVE MODE";

    private final Transactions transactions;

    JdbcWindowLengths(Transactions transactions) {
        this.transactions = transactions;
    }

    /** @return every length recorded */
    WindowLengths all() throws SQLException {
        return new WindowLengths(transactions.run(c -> Jdbc.list(c, ALL,
                JdbcWindowLengths::read)).stream()
                .collect(Collectors.toMap(Row::since, Row::length)));
    }

    /**
     * Makes a length the one for windows starting from now on, unless it already is.
     *
     * @param days the length, at least 1
     * @param now when it takes effect
     * @return the instant it applies from, or empty when it was already the latest
     * @throws SQLException when storage fails
     */
    Optional<Instant> record(int days, Instant now) throws SQLException {
        return transactions.run(c -> record(c, days, now.toEpochMilli()));
    }

    /**
     * Nodes starting together each lock the table before they read it: the first records the
     * length, the others wait, then find it recorded and add nothing. A clock behind the
     * latest row (another node's, or one moved back for a demo) records just after that row,
     * so the row added last is always the one in force from now on.
     */
    private static Optional<Instant> record(Connection c, int days, long now)
            throws SQLException {
        Jdbc.execute(c, LOCK);
        Optional<Row> latest = Jdbc.first(c, LATEST, JdbcWindowLengths::read);
        if (latest.isPresent() && latest.get().length().equals(Duration.ofDays(days))) {
            return Optional.empty();
        }
        long since = latest.map(row -> Math.max(now, row.since().toEpochMilli() + 1))
                .orElse(now);
        Jdbc.update(c, INSERT, since, days);
        return Optional.of(Instant.ofEpochMilli(since));
    }

    private static Row read(ResultSet row) throws SQLException {
        return new Row(Instant.ofEpochMilli(row.getLong(1)), Duration.ofDays(row.getInt(2)));
    }

    /** One length and when it took effect. */
    private record Row(Instant since, Duration length) {
    }
}
