package org.openprov.billing.command;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.openprov.api.billing.Invoice;
import org.openprov.billing.internal.Money;
import org.openprov.billing.internal.Months;

/** How the billing commands write times and money. */
final class Formats {

    /** UTC, named, so administrators in different zones read the same thing. */
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);

    private Formats() {
    }

    /** @return e.g. {@code 2026-12-01 09:00 UTC} */
    static String time(Instant instant) {
        return TIME.format(instant);
    }

    /** @return e.g. {@code 2026-12-01}, the UTC day */
    static String day(Instant instant) {
        return DAY.format(instant);
    }

    /** @return e.g. {@code 1.50} */
    static String money(BigDecimal amount) {
        return Money.text(amount);
    }

    /** @return e.g. {@code 1.50 USD} */
    static String money(BigDecimal amount, String currency) {
        return Money.text(amount) + " " + currency;
    }

    /**
     * @param monthly a monthly price
     * @return what a license costs at that price
     */
    static BigDecimal license(BigDecimal monthly) {
        return monthly.multiply(BigDecimal.valueOf(Months.PER_LICENSE));
    }

    /** @return e.g. {@code 0.4 s} */
    static String took(Duration duration) {
        return String.format("%.1f s", duration.toMillis() / 1000.0);
    }

    /**
     * @param invoices invoices in any currencies
     * @return their totals per currency, e.g. {@code 12.00 USD, 5.00 EUR}; {@code nothing}
     *     when there is none
     */
    static String totals(List<Invoice> invoices) {
        Map<String, BigDecimal> totals = invoices.stream().collect(Collectors.groupingBy(
                Invoice::currency, TreeMap::new, Collectors.reducing(BigDecimal.ZERO,
                        Invoice::total, BigDecimal::add)));
        return totals.isEmpty() ? "nothing" : totals.entrySet().stream()
                .map(e -> money(e.getValue(), e.getKey())).collect(Collectors.joining(", "));
    }

    /** @return e.g. {@code 1 charge}, {@code 3 charges} */
    static String count(long n, String thing) {
        return n + " " + thing + (n == 1 ? "" : "s");
    }
}
