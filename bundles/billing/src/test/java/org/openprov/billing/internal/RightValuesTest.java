package org.openprov.billing.internal;

import org.openprov.testing.DerbyDatabase;
import static org.junit.Assert.assertEquals;

import java.time.YearMonth;
import java.util.List;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.openprov.api.billing.Invoice;
import org.openprov.api.registry.Mac;

/**
 * The table "Right values" of the billing issue, one test per row: monthly price 1.00 USD,
 * Provisioning Plus price 0.00 unless said. Each month is closed, then its invoice read back.
 */
public class RightValuesTest {

    @Rule
    public final DerbyDatabase db = new DerbyDatabase();

    private BillingFixture billing;

    @Before
    public void setUp() {
        billing = new BillingFixture(db);
        billing.prices("acme", "2026-01-01", "1.00", "0.00");
    }

    @Test
    public void aMonthlyDeviceAddedOnNovember30IsChargedNovemberAndDecember() {
        billing.registry.add("00:15:65:00:00:01", "acme", "main", false, "2026-11-30T10:00:00Z");

        assertEquals(List.of("00:15:65:00:00:01 MONTHLY 2026-11-30 1 × 1.00 = 1.00 USD",
                "total 1.00 USD"), billing.closed("2026-11"));
        assertEquals(List.of("00:15:65:00:00:01 MONTHLY 2026-12-01 1 × 1.00 = 1.00 USD",
                "total 1.00 USD"), billing.closed("2026-12"));
    }

    @Test
    public void aMonthlyDeviceRemovedOnDecember2IsChargedDecemberButNotJanuary() {
        Mac mac = billing.registry.add("00:15:65:00:00:01", "acme", "main", false,
                "2026-06-01T10:00:00Z");
        billing.registry.remove(mac, "2026-12-02T08:00:00Z");

        assertEquals(List.of("00:15:65:00:00:01 MONTHLY 2026-12-01 1 × 1.00 = 1.00 USD",
                "total 1.00 USD"), billing.closed("2026-12"));
        assertEquals(List.of("total 0.00 USD"), billing.closed("2027-01"));
    }

    @Test
    public void aWindowStartingNovember5IsChargedThePlusPriceInNovemberAndNothingInDecember() {
        plusDevice("2026-11-05T09:00:00Z");

        assertEquals(List.of(
                "00:15:65:00:00:02 PROVISIONING_PLUS 2026-11-05 1 × 0.00 = 0.00 USD",
                "total 0.00 USD"), billing.closed("2026-11"));
        assertEquals(List.of("total 0.00 USD"), billing.closed("2026-12"));
    }

    @Test
    public void aLicenseAddedDecember10OnAnExpiredDeviceIsOneChargeOf6AndNothingUntilMay() {
        Mac mac = plusDevice("2026-11-05T09:00:00Z");
        billing.entitlements.license(mac, "2026-12-10T15:00:00Z");

        assertEquals(List.of("00:15:65:00:00:02 LICENSE 2026-12-10 6 × 1.00 = 6.00 USD",
                "total 6.00 USD"), billing.closed("2026-12"));
        for (String month : List.of("2027-01", "2027-02", "2027-03", "2027-04", "2027-05")) {
            assertEquals(month, List.of("total 0.00 USD"), billing.closed(month));
        }
    }

    @Test
    public void thatLicenseEndingJune10MakesTheDeviceMonthlyFromJune2027On() {
        Mac mac = plusDevice("2026-11-05T09:00:00Z");
        billing.entitlements.license(mac, "2026-12-10T15:00:00Z");

        assertEquals(List.of("00:15:65:00:00:02 MONTHLY 2027-06-10 1 × 1.00 = 1.00 USD",
                "total 1.00 USD"), billing.closed("2027-06"));
        for (String month : List.of("2027-07", "2027-08", "2027-11")) {
            assertEquals(month, List.of("00:15:65:00:00:02 MONTHLY " + month + "-01 1 × 1.00"
                    + " = 1.00 USD", "total 1.00 USD"), billing.closed(month));
        }
    }

    /** Beyond the table: only time while registered counts, so a removal stops the walk. */
    @Test
    public void aDeviceRemovedBeforeItsLicenseEndsIsNotChargedMonthly() {
        Mac mac = plusDevice("2026-11-05T09:00:00Z");
        billing.entitlements.license(mac, "2026-12-10T15:00:00Z");
        billing.registry.remove(mac, "2027-06-09T00:00:00Z");

        assertEquals(List.of("total 0.00 USD"), billing.closed("2027-06"));
    }

    @Test
    public void aLicenseAddedJanuary15AfterThePriceRoseTo150Costs9() {
        billing.prices("acme", "2027-01-01", "1.50", "0.00");
        Mac mac = plusDevice("2026-12-20T09:00:00Z");
        billing.entitlements.license(mac, "2027-01-15T11:00:00Z");

        assertEquals(List.of("00:15:65:00:00:02 LICENSE 2027-01-15 6 × 1.50 = 9.00 USD",
                "total 9.00 USD"), billing.closed("2027-01"));
    }

    /** Beyond the table: a change mid-month shows it is the add day's price, not the month's. */
    @Test
    public void eachLicenseIsChargedAtTheMonthlyPriceOfTheDayItIsAdded() {
        billing.prices("acme", "2027-01-20", "1.50", "0.00");
        Mac first = plusDevice("2026-12-20T09:00:00Z");
        billing.entitlements.license(first, "2027-01-15T11:00:00Z");
        Mac second = billing.registry.add("00:15:65:00:00:06", "acme", "main", true,
                "2026-12-01T10:00:00Z");
        billing.registry.deliver(second, "2026-12-02T10:00:00Z");
        billing.entitlements.license(second, "2027-01-20T00:00:00Z");

        assertEquals(List.of("00:15:65:00:00:02 LICENSE 2027-01-15 6 × 1.00 = 6.00 USD",
                "00:15:65:00:00:06 LICENSE 2027-01-20 6 × 1.50 = 9.00 USD",
                "total 15.00 USD"), billing.closed("2027-01"));
    }

    /** Beyond the table: a device that turns MONTHLY mid-month pays that day's price. */
    @Test
    public void aDeviceTurningMonthlyMidMonthPaysThePriceOfThatDay() {
        billing.prices("acme", "2027-06-05", "1.20", "0.00");
        Mac mac = plusDevice("2026-11-05T09:00:00Z");
        billing.entitlements.license(mac, "2026-12-10T15:00:00Z");

        assertEquals(List.of("00:15:65:00:00:02 MONTHLY 2027-06-10 1 × 1.20 = 1.20 USD",
                "total 1.20 USD"), billing.closed("2027-06"));
    }

    @Test
    public void aWindowStartingAt2359OnNovember30IsChargedInNovember() {
        billing.prices("acme", "2026-01-01", "1.00", "5.00");
        plusDevice("2026-11-30T23:59:00Z");

        assertEquals(List.of(
                "00:15:65:00:00:02 PROVISIONING_PLUS 2026-11-30 1 × 5.00 = 5.00 USD",
                "total 5.00 USD"), billing.closed("2026-11"));
        assertEquals(List.of("total 0.00 USD"), billing.closed("2026-12"));
    }

    @Test
    public void aPlusDeviceStillPendingAllMonthIsNotCharged() {
        billing.registry.add("00:15:65:00:00:03", "acme", "main", true, "2026-10-20T10:00:00Z");

        assertEquals(List.of("total 0.00 USD"), billing.closed("2026-11"));
    }

    @Test
    public void closingNovemberTwiceGivesTheSameInvoiceAndNoNewCharges() throws Exception {
        billing.registry.add("00:15:65:00:00:01", "acme", "main", false, "2026-11-30T10:00:00Z");
        plusDevice("2026-11-05T09:00:00Z");
        YearMonth november = YearMonth.of(2026, 11);

        List<Invoice> first = billing.service.close(november, null);
        billing.clock.set("2027-12-20T08:00:00Z");
        List<Invoice> second = billing.service.close(november, null);

        assertEquals(first, second);
        assertEquals(2, first.get(0).charges().size());
        assertEquals(2, db.number("SELECT COUNT(*) FROM invoice_line"));
        assertEquals(1, db.number("SELECT COUNT(*) FROM closed_month"));
    }

    @Test
    public void threeDevicesInThreeStatesAppearOnceEachWithTheirReason() {
        billing.registry.add("00:15:65:00:00:01", "acme", "main", false, "2026-06-01T10:00:00Z");
        plusDevice("2026-11-20T09:00:00Z");
        Mac expired = billing.registry.add("00:15:65:00:00:04", "acme", "main", true,
                "2026-09-01T10:00:00Z");
        billing.registry.deliver(expired, "2026-09-02T10:00:00Z");
        billing.entitlements.license(expired, "2026-11-03T10:00:00Z");
        billing.registry.add("00:15:65:00:00:05", "acme", "main", true, "2026-09-01T10:00:00Z");

        assertEquals(List.of("00:15:65:00:00:01 MONTHLY 2026-11-01 1 × 1.00 = 1.00 USD",
                "00:15:65:00:00:02 PROVISIONING_PLUS 2026-11-20 1 × 0.00 = 0.00 USD",
                "00:15:65:00:00:04 LICENSE 2026-11-03 6 × 1.00 = 6.00 USD",
                "total 7.00 USD"), billing.closed("2026-11"));
    }

    /** A Provisioning Plus device of acme, added a month before its first delivery. */
    private Mac plusDevice(String firstDelivery) {
        Mac mac = billing.registry.add("00:15:65:00:00:02", "acme", "main", true,
                "2026-10-01T10:00:00Z");
        billing.registry.deliver(mac, firstDelivery);
        return mac;
    }
}
