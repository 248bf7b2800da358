package org.openprov.billing.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openprov.api.billing.ChargeReason;
import org.openprov.api.billing.Price;
import org.openprov.api.registry.RegistryException;

/**
 * One provider's prices by the day they take effect. An entry holds from its day until the
 * next entry's day; before the first entry the provider has no price.
 */
final class PriceList {

    /** What a new price list's currency is when nothing else says. */
    static final String DEFAULT_CURRENCY = "USD";

    private final String provider;
    private final List<Price> prices;

    /**
     * @param provider the provider
     * @param prices its prices, in any order, at most one per day
     */
    PriceList(String provider, List<Price> prices) {
        this.provider = provider;
        this.prices = prices.stream().sorted(Comparator.comparing(Price::effectiveFrom))
                .toList();
    }

    /**
     * @param all prices of any providers
     * @return each provider's list, by provider name
     */
    static Map<String, PriceList> byProvider(List<Price> all) {
        Map<String, List<Price>> grouped = new LinkedHashMap<>();
        for (Price price : all) {
            grouped.computeIfAbsent(price.providerName(), p -> new ArrayList<>()).add(price);
        }
        Map<String, PriceList> lists = new LinkedHashMap<>();
        grouped.forEach((name, prices) -> lists.put(name, new PriceList(name, prices)));
        return lists;
    }

    /** @return the entries, by day */
    List<Price> entries() {
        return prices;
    }

    /**
     * @param day a day
     * @return the prices that apply on it, if any
     */
    Optional<Price> inForce(LocalDate day) {
        Price found = null;
        for (Price price : prices) {
            if (price.effectiveFrom().isAfter(day)) {
                break;
            }
            found = price;
        }
        return Optional.ofNullable(found);
    }

    /**
     * @param day a day
     * @return the first day after it on which other prices take effect, if any
     */
    Optional<LocalDate> nextChangeAfter(LocalDate day) {
        return prices.stream().map(Price::effectiveFrom).filter(d -> d.isAfter(day))
                .findFirst();
    }

    /**
     * @param price an entry to add, or to put in place of the one of its day
     * @return the list with it
     */
    PriceList with(Price price) {
        List<Price> next = new ArrayList<>(prices);
        next.removeIf(p -> p.effectiveFrom().equals(price.effectiveFrom()));
        next.add(price);
        return new PriceList(provider, next);
    }

    /**
     * The unit price of a charge: the monthly or the Provisioning Plus price in force on the
     * day of the fact charged.
     *
     * @param day the day of the fact
     * @param month the month billed, for the message
     * @return the entry in force that day
     * @throws RegistryException when the provider has no price that day
     */
    Price forCharge(LocalDate day, YearMonth month) {
        return inForce(day).orElseThrow(() -> new RegistryException(missing(day, month)));
    }

    /**
     * @param reason why the device is charged
     * @param price the entry in force
     * @return the price of one unit
     */
    static BigDecimal unit(ChargeReason reason, Price price) {
        return reason == ChargeReason.PROVISIONING_PLUS ? price.provisioningPlus()
                : price.monthly();
    }

    /**
     * @param month a month
     * @return the currency of its invoice when it has no charge: that of the prices in force
     *     at its end, else of the first prices, else {@value #DEFAULT_CURRENCY}
     */
    String currencyOf(YearMonth month) {
        return inForce(month.atEndOfMonth()).or(() -> prices.stream().findFirst())
                .map(Price::currency).orElse(DEFAULT_CURRENCY);
    }

    /**
     * An entry holds from its day to the next entry's day: if a closed month falls in
     * between, the entry would change prices that month's invoices were computed with.
     *
     * @param from the day of an entry of this list
     * @param closed the closed months
     * @throws RegistryException naming the closed months it would reach
     */
    void requireOpen(LocalDate from, Collection<YearMonth> closed) {
        LocalDate until = nextChangeAfter(from).orElse(LocalDate.MAX);
        List<YearMonth> reached = closed.stream().filter(m -> !m.atEndOfMonth().isBefore(from)
                && m.atDay(1).isBefore(until)).sorted().toList();
        if (reached.isEmpty()) {
            return;
        }
        YearMonth first = reached.get(0);
        YearMonth last = reached.get(reached.size() - 1);
        throw new RegistryException("Prices of " + provider + " from " + from + " would apply"
                + " in " + (first.equals(last) ? first + ", which is" : first + " to " + last
                        + ", which are") + " closed; a closed month never changes, nor do its"
                + " prices. Choose --from " + last.plusMonths(1).atDay(1) + " or later");
    }

    /**
     * A change of currency must take effect on the first day of a month, so that every
     * month is billed in one currency and an invoice has one total.
     *
     * @throws RegistryException naming the month that would mix currencies
     */
    void requireOneCurrencyPerMonth() {
        for (int i = 1; i < prices.size(); i++) {
            Price before = prices.get(i - 1);
            Price after = prices.get(i);
            if (!before.currency().equals(after.currency())
                    && after.effectiveFrom().getDayOfMonth() != 1) {
                YearMonth month = YearMonth.from(after.effectiveFrom());
                throw new RegistryException("Provider " + provider + " would be billed in "
                        + before.currency() + " and " + after.currency() + " in " + month
                        + "; a change of currency takes effect on the first day of a month,"
                        + " e.g. --from " + month.plusMonths(1).atDay(1));
            }
        }
    }

    private String missing(LocalDate day, YearMonth month) {
        // Options first: Karaf reads none after the first argument.
        String setIt = "billing:price-set --from " + month.atDay(1) + " [--pplus <price>]"
                + " [--currency " + currencyOf(month) + "] " + provider + " <monthly price>";
        if (prices.isEmpty()) {
            return "Provider " + provider + " has no price list, so its charges of " + month
                    + " cannot be priced; set its prices with " + setIt;
        }
        return "Provider " + provider + " has no price in force on " + day + " (its price"
                + " list starts " + prices.get(0).effectiveFrom() + "), so its charges of "
                + month + " cannot be priced; set prices from that month with " + setIt;
    }
}
