package org.openprov.billing.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.openprov.api.billing.Charge;
import org.openprov.api.billing.Invoice;
import org.openprov.api.billing.Price;
import org.openprov.api.registry.RegistryException;

/** Prices the items of a month and totals them into an invoice. */
final class Invoices {

    private Invoices() {
    }

    /**
     * @param provider the provider
     * @param month the month
     * @param items its items, in invoice order
     * @param prices its price list
     * @return the invoice, not closed
     * @throws RegistryException when an item has no price in force on its day
     */
    static Invoice priced(String provider, YearMonth month, List<ChargeRules.Item> items,
            PriceList prices) {
        List<Charge> charges = items.stream().map(i -> charge(provider, month, i, prices))
                .toList();
        return invoice(provider, month, charges, prices.currencyOf(month), Optional.empty());
    }

    /**
     * @param provider the provider
     * @param month the month
     * @param charges its charges, in invoice order
     * @param currencyIfEmpty the invoice's currency when there is no charge
     * @param closedAt when the month was closed, empty for a preview
     * @return the invoice with its total
     * @throws RegistryException when the charges are in more than one currency, which the
     *     price list's rules prevent
     */
    static Invoice invoice(String provider, YearMonth month, List<Charge> charges,
            String currencyIfEmpty, Optional<Instant> closedAt) {
        List<String> currencies = charges.stream().map(Charge::currency).distinct().toList();
        if (currencies.size() > 1) {
            throw new RegistryException("Provider " + provider + "'s charges of " + month
                    + " are in " + String.join(" and ", currencies) + "; one invoice has one"
                    + " currency. Correct its price list with billing:price-set so the month"
                    + " has one currency");
        }
        BigDecimal total = charges.stream().map(Charge::amount)
                .reduce(Money.of(0), BigDecimal::add);
        String currency = currencies.isEmpty() ? currencyIfEmpty : currencies.get(0);
        return new Invoice(provider, month, currency, charges, total, closedAt);
    }

    private static Charge charge(String provider, YearMonth month, ChargeRules.Item item,
            PriceList prices) {
        Price price = prices.forCharge(Months.day(item.at()), month);
        BigDecimal unit = PriceList.unit(item.reason(), price);
        BigDecimal amount = unit.multiply(BigDecimal.valueOf(item.quantity()));
        return new Charge(provider, month, item.mac(), item.customerName(), item.reason(),
                item.at(), item.quantity(), unit, amount, price.currency());
    }
}
