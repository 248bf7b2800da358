package org.openprov.billing.internal;

import org.openprov.testing.DerbyDatabase;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.Rule;
import org.junit.Test;
import org.openprov.api.billing.Price;
import org.openprov.api.registry.RegistryException;

public class PriceListTest {

    @Rule
    public final DerbyDatabase db = new DerbyDatabase();

    private final PriceList list = new PriceList("acme", List.of(
            price("2027-01-01", "USD", "1.50"), price("2026-01-01", "USD", "1.00")));

    @Test
    public void anEntryHoldsFromItsDayUntilTheNextOne() {
        assertEquals(Optional.empty(), list.inForce(LocalDate.parse("2025-12-31")));
        assertEquals("1.00", monthlyOn("2026-12-31"));
        assertEquals("1.50", monthlyOn("2027-01-01"));
        assertEquals("1.50", monthlyOn("2099-01-01"));
    }

    @Test
    public void theCurrencyMayChangeOnlyOnTheFirstOfAMonth() {
        list.with(price("2027-03-01", "EUR", "1.40")).requireOneCurrencyPerMonth();

        RegistryException refused = assertThrows(RegistryException.class,
                () -> list.with(price("2027-03-15", "EUR", "1.40"))
                        .requireOneCurrencyPerMonth());

        assertEquals("Provider acme would be billed in USD and EUR in 2027-03; a change of"
                + " currency takes effect on the first day of a month, e.g. --from 2027-04-01",
                refused.getMessage());
    }

    @Test
    public void anEmptyInvoiceHasTheCurrencyOfTheMonthsPrices() {
        PriceList euros = list.with(price("2027-03-01", "EUR", "1.40"));

        assertEquals("USD", euros.currencyOf(YearMonth.of(2027, 2)));
        assertEquals("EUR", euros.currencyOf(YearMonth.of(2027, 3)));
        assertEquals("USD", new PriceList("zeta", List.of()).currencyOf(YearMonth.of(2027, 3)));
    }

    @Test
    public void aServiceRefusesAMixOfCurrenciesInAMonthAndBadValues() {
        BillingFixture billing = new BillingFixture(db);
        billing.prices("acme", "2026-01-01", "1.00", "0.00");
        LocalDate midMonth = LocalDate.parse("2026-06-15");

        assertThrows(RegistryException.class, () -> billing.service.setPrice("acme", midMonth,
                "EUR", BigDecimal.ONE, BigDecimal.ZERO));
        assertEquals("There is no provider nobody; see provider:list", assertThrows(
                RegistryException.class, () -> billing.service.setPrice("nobody", midMonth,
                        "USD", BigDecimal.ONE, BigDecimal.ZERO)).getMessage());
        assertEquals("The Provisioning Plus price -0.01 is negative; prices are 0 or more",
                assertThrows(RegistryException.class, () -> billing.service.setPrice("acme",
                        midMonth, "USD", BigDecimal.ONE, new BigDecimal("-0.01")))
                        .getMessage());
        billing.service.setPrice("acme", LocalDate.parse("2026-07-01"), "eur",
                new BigDecimal("0.9"), BigDecimal.ZERO);
        assertEquals(List.of("2026-01-01 USD 1.00", "2026-07-01 EUR 0.90"),
                billing.service.prices("acme").stream().map(p -> p.effectiveFrom() + " "
                        + p.currency() + " " + p.monthly()).toList());
    }

    private String monthlyOn(String day) {
        return list.inForce(LocalDate.parse(day)).orElseThrow().monthly().toPlainString();
    }

    private static Price price(String from, String currency, String monthly) {
        return new Price("acme", LocalDate.parse(from), currency, new BigDecimal(monthly),
                BigDecimal.ZERO);
    }
}
