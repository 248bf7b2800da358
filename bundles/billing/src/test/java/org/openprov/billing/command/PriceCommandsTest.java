package org.openprov.billing.command;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.YearMonth;
import org.apache.karaf.shell.support.CommandException;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.openprov.testing.DerbyDatabase;

public class PriceCommandsTest {

    @Rule
    public final DerbyDatabase db = new DerbyDatabase();

    private Console console;

    @Before
    public void setUp() {
        console = new Console(db);
        console.billing.registry.tenant("zeta");
    }

    @Test
    public void aPriceIsSetFromTodayInUsdWithTwoDecimals() throws Exception {
        setPrice("acme", "1.5", null, null, null);

        assertEquals("Prices of acme from 2027-12-15: 1.50 USD per phone and month (a license"
                + " 9.00 USD), Provisioning Plus 0.00 USD once.\n", console.printed());
    }

    @Test
    public void theCurrencyAndPlusPriceDefaultToThoseOfThePreviousPrices() throws Exception {
        setPrice("acme", "1", "4.5", "EUR", "2027-01-01");
        setPrice("acme", "1.20", null, null, "2027-06-01");
        setPrice("acme", "1.30", null, null, "2027-06-01");

        String out = console.printed();
        assertTrue(out, out.endsWith("Prices of acme from 2027-06-01: 1.30 EUR per phone and"
                + " month (a license 7.80 EUR), Provisioning Plus 4.50 EUR once; they replace"
                + " the prices set for that day.\n"));
    }

    @Test
    public void badPricesAndDatesAreRefusedWithWhatToWrite() {
        assertEquals("The monthly price 1.505 has more than two decimals; write it in the"
                + " currency's cents, e.g. 1.51", refusal("acme", "1.505", null, null));
        assertEquals("The Provisioning Plus price -5 is negative; prices are 0 or more",
                refusal("acme", "1", "-5", null));
        assertEquals("'2027-13-01' is not a date; write it yyyy-mm-dd, e.g. 2027-01-01",
                refusal("acme", "1", null, "2027-13-01"));
        assertEquals("There is no provider nobody; see provider:list",
                refusal("nobody", "1", null, null));
    }

    @Test
    public void aPriceInAClosedMonthIsRefused() throws Exception {
        setPrice("acme", "1", null, null, "2026-01-01");
        console.billing.service.close(YearMonth.of(2026, 11), null);

        assertTrue(refusal("acme", "2", null, "2026-11-10").startsWith("Prices of acme from"
                + " 2026-11-10 would apply in 2026-11, which is closed"));
    }

    @Test
    public void theListShowsEachEntryUntilTheNextAndTheProvidersWithout() throws Exception {
        setPrice("acme", "1", "5", null, "2026-01-01");
        setPrice("acme", "1.5", null, null, "2027-01-01");
        console.printed();

        console.wire(new BillingPriceListCommand()).execute();

        String[] lines = console.printed().split("\n");
        assertEquals(5, lines.length);
        assertTrue(lines[0], lines[0].matches("Provider \\| From +\\| Until +\\| Currency \\|"
                + " Monthly \\| Provisioning Plus \\| License"));
        assertTrue(lines[2], lines[2].matches("acme +\\| 2026-01-01 \\| 2026-12-31 \\| USD +\\|"
                + " +1.00 \\| +5.00 \\| +6.00"));
        assertTrue(lines[3], lines[3].matches("acme +\\| 2027-01-01 \\| +\\| USD +\\|"
                + " +1.50 \\| +5.00 \\| +9.00"));
        assertEquals("Without prices, so their charges cannot be billed: zeta", lines[4]);
    }

    @Test
    public void aProviderWithoutPricesIsToldHowToSetThem() throws Exception {
        BillingPriceListCommand list = console.wire(new BillingPriceListCommand());
        list.provider = "zeta";

        list.execute();

        assertTrue(console.printed().contains("Provider zeta has no prices yet; set them with"
                + " billing:price-set zeta <monthly price>"));
    }

    private void setPrice(String provider, String monthly, String pplus, String currency,
            String from) throws Exception {
        BillingPriceSetCommand command = console.wire(new BillingPriceSetCommand());
        command.provider = provider;
        command.monthly = monthly;
        command.pplus = pplus == null ? command.pplus : pplus;
        command.currency = currency;
        command.from = from;
        command.execute();
    }

    private String refusal(String provider, String monthly, String pplus, String from) {
        return assertThrows(CommandException.class,
                () -> setPrice(provider, monthly, pplus, null, from)).getMessage();
    }
}
