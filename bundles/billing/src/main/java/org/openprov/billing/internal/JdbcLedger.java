package org.openprov.billing.internal;

import org.openprov.jdbc.Jdbc;
import org.openprov.jdbc.SqlWork;
import org.openprov.jdbc.Transactions;
import org.openprov.jdbc.SqlStates;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openprov.api.billing.Charge;
import org.openprov.api.billing.ChargeReason;
import org.openprov.api.billing.Invoice;
import org.openprov.api.registry.Mac;

/** Closed months in {@code closed_month}, their invoices line by line in {@code invoice_line}. */
final class JdbcLedger {

    /** How storing a month's invoices ended. */
    enum Stored {
        /** The month is closed with these invoices. */
        STORED,
        /** Another node closed it first; its invoices stand. */
        CLOSED_ELSEWHERE,
        /** Prices changed after the invoices were computed; nothing was stored. */
        STALE
    }

    private static final String CLOSE = "INSERT INTO closed_month (month, closed_at)"
            + " VALUES (?, ?)";
    private static final String INSERT_LINE = "INSERT INTO invoice_line (month, provider_name,"
            + " line_no, mac, customer_name, reason, charged_at, quantity, unit_minor,"
            + " amount_minor, currency) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String LINES = "SELECT provider_name, mac, customer_name, reason,"
            + " charged_at, quantity, unit_minor, amount_minor, currency FROM invoice_line"
            + " WHERE month = ?";

    private final Transactions transactions;

    JdbcLedger(Transactions transactions) {
        this.transactions = transactions;
    }

    /**
     * @param month a month
     * @return when it was closed, empty while it is open
     */
    Optional<Instant> closedAt(YearMonth month) throws SQLException {
        return transactions.run(c -> closedAt(c, month));
    }

    /** @return every closed month, oldest first */
    List<YearMonth> closedMonths() throws SQLException {
        return transactions.run(JdbcLedger::closedMonths);
    }

    /**
     * @param c a connection
     * @return every closed month, oldest first
     */
    static List<YearMonth> closedMonths(Connection c) throws SQLException {
        return Jdbc.list(c, "SELECT month FROM closed_month ORDER BY month",
                r -> YearMonth.parse(r.getString(1)));
    }

    /**
     * Closes a month with its invoices, all in one transaction: a failure half-way leaves
     * the month open, and of two nodes closing it at once the primary key of
     * {@code closed_month} lets one in; the other's insert waits for it, then fails.
     *
     * @param month the month
     * @param at when it is closed
     * @param invoices every provider's invoice, those without charges left out
     * @param stillValid asked after the month is claimed whether what the invoices were
     *     computed from still holds; when it does not, nothing is stored
     * @return what happened
     */
    Stored store(YearMonth month, Instant at, List<Invoice> invoices,
            SqlWork<Boolean> stillValid) throws SQLException {
        try {
            return transactions.run(c -> {
                Jdbc.update(c, CLOSE, month.toString(), at.toEpochMilli());
                if (!stillValid.run(c)) {
                    // Give the claim back: the month stays open and the caller computes again.
                    c.rollback();
                    return Stored.STALE;
                }
                Jdbc.batch(c, INSERT_LINE, rows(invoices));
                return Stored.STORED;
            });
        } catch (SQLException e) {
            if (SqlStates.conflict(e) && closedAt(month).isPresent()) {
                return Stored.CLOSED_ELSEWHERE;
            }
            throw e;
        }
    }

    /**
     * @param month a closed month
     * @return the invoices stored, by provider; a provider without charges has none
     */
    List<Invoice> invoices(YearMonth month) throws SQLException {
        return transactions.run(c -> invoices(c, month, null));
    }

    /**
     * @param month a closed month
     * @param provider a provider
     * @return its stored charges, in invoice order; none if it had no charges
     */
    List<Charge> charges(YearMonth month, String provider) throws SQLException {
        return transactions.run(c -> invoices(c, month, provider)).stream()
                .flatMap(i -> i.charges().stream()).toList();
    }

    private static List<Invoice> invoices(Connection c, YearMonth month, String provider)
            throws SQLException {
        Optional<Instant> closedAt = closedAt(c, month);
        List<Charge> lines = provider == null
                ? Jdbc.list(c, LINES + " ORDER BY provider_name, line_no",
                        r -> read(r, month), month.toString())
                : Jdbc.list(c, LINES + " AND provider_name = ? ORDER BY line_no",
                        r -> read(r, month), month.toString(), provider);
        Map<String, List<Charge>> byProvider = new LinkedHashMap<>();
        for (Charge line : lines) {
            byProvider.computeIfAbsent(line.providerName(), p -> new ArrayList<>()).add(line);
        }
        List<Invoice> invoices = new ArrayList<>();
        byProvider.forEach((name, charges) -> invoices.add(Invoices.invoice(name, month,
                charges, charges.get(0).currency(), closedAt)));
        return invoices;
    }

    private static Optional<Instant> closedAt(Connection c, YearMonth month)
            throws SQLException {
        return Jdbc.first(c, "SELECT closed_at FROM closed_month WHERE month = ?",
                r -> Instant.ofEpochMilli(r.getLong(1)), month.toString());
    }

    private static List<Object[]> rows(List<Invoice> invoices) {
        List<Object[]> rows = new ArrayList<>();
        for (Invoice invoice : invoices) {
            int lineNo = 0;
            for (Charge charge : invoice.charges()) {
                rows.add(new Object[] {charge.month().toString(), charge.providerName(),
                    ++lineNo, charge.mac().hex(), charge.customerName(), charge.reason().name(),
                    charge.at().toEpochMilli(), charge.quantity(),
                    Money.minor(charge.unitPrice()), Money.minor(charge.amount()),
                    charge.currency()});
            }
        }
        return rows;
    }

    private static Charge read(ResultSet row, YearMonth month) throws SQLException {
        return new Charge(row.getString(1), month, Mac.parse(row.getString(2)),
                row.getString(3), ChargeReason.valueOf(row.getString(4)),
                Instant.ofEpochMilli(row.getLong(5)), row.getInt(6), Money.of(row.getLong(7)),
                Money.of(row.getLong(8)), row.getString(9));
    }
}
