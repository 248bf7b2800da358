package org.openprov.billing.internal;

import org.openprov.testing.MovableClock;
import org.openprov.testing.DerbyDatabase;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.openprov.api.billing.Charge;
import org.openprov.api.billing.Invoice;
import org.openprov.api.billing.Price;

/**
 * A billing service on embedded Derby with a fake registry and entitlement service, and a
 * clock that stands still at 2027-12-15 12:00 UTC, after every month the tests close.
 */
public final class BillingFixture {

    public final FakeRegistry registry = new FakeRegistry().tenant("acme");
    public final FakeEntitlements entitlements = new FakeEntitlements(registry);
    public final MovableClock clock = new MovableClock("2027-12-15T12:00:00Z");
    public final JdbcBillingService service;
    private final DerbyDatabase db;

    public BillingFixture(DerbyDatabase db) {
        this.db = db;
        this.service = node();
    }

    /** @return another service on the same database, as a second node would have */
    public JdbcBillingService node() {
        JdbcBillingService node = new JdbcBillingService(db.dataSource(), registry,
                entitlements);
        node.clock = clock;
        return node;
    }

    /** Sets a provider's prices in USD. */
    public Price prices(String provider, String from, String monthly, String pplus) {
        return service.setPrice(provider, LocalDate.parse(from), "USD",
                new BigDecimal(monthly), new BigDecimal(pplus));
    }

    /** Closes the month and returns acme's invoice of it as lines of text. */
    public List<String> closed(String month) {
        YearMonth closing = YearMonth.parse(month);
        service.close(closing, null);
        return lines(service.invoice("acme", closing));
    }

    /**
     * @param invoice an invoice
     * @return each charge as {@code MAC REASON day quantity × unit = amount CUR}, then the
     *     total as {@code total T CUR}
     */
    public static List<String> lines(Invoice invoice) {
        List<String> lines = new ArrayList<>(invoice.charges().stream()
                .map(BillingFixture::line).toList());
        lines.add("total " + invoice.total().toPlainString() + " " + invoice.currency());
        return lines;
    }

    private static String line(Charge c) {
        return c.mac().colons() + " " + c.reason() + " " + Months.day(c.at()) + " "
                + c.quantity() + " × " + c.unitPrice().toPlainString() + " = "
                + c.amount().toPlainString() + " " + c.currency();
    }
}
