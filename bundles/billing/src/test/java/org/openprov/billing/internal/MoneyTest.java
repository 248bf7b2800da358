package org.openprov.billing.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.math.BigDecimal;
import org.junit.Test;
import org.openprov.api.registry.RegistryException;

public class MoneyTest {

    @Test
    public void pricesAreTypedAsDecimalsAndKeptWithTwo() {
        assertEquals(new BigDecimal("1.50"), Money.parse("1.5", "monthly price"));
        assertEquals(new BigDecimal("1.50"), Money.parse(" 1.50 ", "monthly price"));
        assertEquals(new BigDecimal("2.00"), Money.parse("2", "monthly price"));
        assertEquals(new BigDecimal("0.50"), Money.parse(".5", "monthly price"));
        assertEquals(new BigDecimal("3.10"), Money.parse("3.1000", "monthly price"));
    }

    @Test
    public void moreThanTwoDecimalsNegativesAndOtherTextAreRefused() {
        assertEquals("The monthly price 1.505 has more than two decimals; write it in the"
                + " currency's cents, e.g. 1.51", refusal("1.505"));
        assertEquals("The monthly price -1 is negative; prices are 0 or more", refusal("-1"));
        assertEquals("'1e2' is not a monthly price; write a decimal number such as 1.5 or"
                + " 1.50", refusal("1e2"));
        assertEquals("'1,50' is not a monthly price; write a decimal number such as 1.5 or"
                + " 1.50", refusal("1,50"));
        assertEquals("The monthly price 99999999999999999.00 is too large",
                refusal("99999999999999999"));
    }

    @Test
    public void minorUnitsRoundTrip() {
        assertEquals(150, Money.minor(new BigDecimal("1.5")));
        assertEquals(new BigDecimal("1.50"), Money.of(150));
        assertEquals("0.00", Money.text(BigDecimal.ZERO));
        assertThrows(ArithmeticException.class, () -> Money.minor(new BigDecimal("0.001")));
    }

    @Test
    public void currenciesAreThreeLettersInCapitals() {
        assertEquals("EUR", Money.currency(" eur"));
        assertThrows(RegistryException.class, () -> Money.currency("EURO"));
        assertThrows(RegistryException.class, () -> Money.currency("U$D"));
        assertThrows("not an ISO 4217 code", RegistryException.class,
                () -> Money.currency("XYZ"));
    }

    private static String refusal(String typed) {
        return assertThrows(RegistryException.class, () -> Money.parse(typed, "monthly price"))
                .getMessage();
    }
}
