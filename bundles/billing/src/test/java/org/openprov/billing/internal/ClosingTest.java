package org.openprov.billing.internal;

import org.openprov.testing.DerbyDatabase;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.openprov.api.billing.Invoice;
import org.openprov.api.registry.Mac;
import org.openprov.api.registry.RegistryException;

/** Closing months: when it is allowed, what it stores, and that a closed month stays put. */
public class ClosingTest {

    private static final YearMonth NOVEMBER = YearMonth.of(2026, 11);

    @Rule
    public final DerbyDatabase db = new DerbyDatabase();

    private BillingFixture billing;

    @Before
    public void setUp() {
        billing = new BillingFixture(db);
        billing.prices("acme", "2026-01-01", "1.00", "0.00");
    }

    @Test
    public void aMonthNotOverByThePlatformClockIsNotClosed() throws Exception {
        billing.clock.set("2026-11-30T23:59:59Z");

        RegistryException refused = assertThrows(RegistryException.class,
                () -> billing.service.close(NOVEMBER, null));

        assertEquals("2026-11 is not over yet: it can be closed from 2026-12-01T00:00:00Z on"
                + " (platform time now 2026-11-30T23:59:59Z). See what it costs so far with"
                + " billing:preview <provider> 2026-11", refused.getMessage());
        assertEquals(0, db.number("SELECT COUNT(*) FROM closed_month"));
        billing.clock.set("2026-12-01T00:00:00Z");
        billing.service.close(NOVEMBER, null);
        assertEquals(1, db.number("SELECT COUNT(*) FROM closed_month"));
    }

    @Test
    public void aClosedMonthStillAnswersAfterTheClockWasMovedBack() {
        billing.registry.add("00:15:65:00:00:01", "acme", "main", false,
                "2026-10-01T00:00:00Z");
        List<Invoice> closed = billing.service.close(NOVEMBER, null);
        billing.clock.set("2026-11-10T00:00:00Z");

        assertEquals(closed, billing.service.close(NOVEMBER, null));
    }

    @Test
    public void aClosedMonthIsUnchangedWhenFactsChangeLater() {
        Mac kept = billing.registry.add("00:15:65:00:00:01", "acme", "main", false,
                "2026-10-01T00:00:00Z");
        List<String> closed = billing.closed("2026-11");

        billing.registry.moveTo(kept, "elsewhere");
        billing.registry.remove(kept, "2027-03-01T00:00:00Z");
        billing.registry.add("00:15:65:00:00:09", "acme", "late", false,
                "2026-11-15T00:00:00Z");
        Mac plus = billing.registry.add("00:15:65:00:00:0a", "acme", "late", true,
                "2026-10-15T00:00:00Z");
        billing.registry.deliver(plus, "2026-11-02T00:00:00Z");

        assertEquals(closed, billing.closed("2026-11"));
        assertEquals(closed, BillingFixture.lines(billing.service.preview("acme", NOVEMBER)));
        assertEquals(List.of("00:15:65:00:00:01 MONTHLY 2026-11-01 1 × 1.00 = 1.00 USD",
                "total 1.00 USD"), closed);
        assertEquals("main", billing.service.invoice("acme", NOVEMBER).charges().get(0)
                .customerName());
    }

    @Test
    public void pricesThatWouldApplyInAClosedMonthAreRefused() {
        billing.closed("2026-11");

        RegistryException inside = assertThrows(RegistryException.class,
                () -> billing.prices("acme", "2026-11-15", "2.00", "0.00"));
        RegistryException before = assertThrows(RegistryException.class,
                () -> billing.prices("acme", "2026-10-01", "2.00", "0.00"));
        RegistryException sameDay = assertThrows(RegistryException.class,
                () -> billing.prices("acme", "2026-01-01", "2.00", "0.00"));

        assertEquals("Prices of acme from 2026-11-15 would apply in 2026-11, which is closed;"
                + " a closed month never changes, nor do its prices. Choose --from 2026-12-01"
                + " or later", inside.getMessage());
        assertTrue(before.getMessage(), before.getMessage().contains("in 2026-11, which is"));
        assertTrue(sameDay.getMessage(), sameDay.getMessage().contains("2026-11"));
        billing.prices("acme", "2026-12-01", "2.00", "0.00");
        assertEquals(List.of("1.00", "2.00"), billing.service.prices("acme").stream()
                .map(p -> p.monthly().toPlainString()).toList());
    }

    @Test
    public void aPriceBeforeAClosedMonthIsAllowedWhenALaterPriceCoversThatMonth() {
        billing.prices("acme", "2026-11-01", "2.00", "0.00");
        billing.closed("2026-11");

        billing.prices("acme", "2026-10-10", "1.25", "0.00");

        assertEquals(3, billing.service.prices("acme").size());
    }

    @Test
    public void aProviderWithoutPricesRefusesPreviewAndCloseNamingItAndPriceSet()
            throws Exception {
        billing.registry.tenant("zeta");
        billing.registry.add("00:04:f2:00:00:01", "zeta", "hq", false, "2026-10-01T00:00:00Z");

        RegistryException preview = assertThrows(RegistryException.class,
                () -> billing.service.preview("zeta", NOVEMBER));
        RegistryException close = assertThrows(RegistryException.class,
                () -> billing.service.close(NOVEMBER, null));

        assertEquals("Provider zeta has no price list, so its charges of 2026-11 cannot be"
                + " priced; set its prices with billing:price-set --from 2026-11-01"
                + " [--pplus <price>] [--currency USD] zeta <monthly price>",
                preview.getMessage());
        assertEquals(preview.getMessage(), close.getMessage());
        assertEquals(0, db.number("SELECT COUNT(*) FROM closed_month"));
    }

    @Test
    public void aPriceListStartingTooLateRefusesTheChargesBeforeIt() {
        billing.registry.tenant("zeta");
        billing.service.setPrice("zeta", LocalDate.parse("2026-11-20"), "EUR",
                BigDecimal.ONE, BigDecimal.ZERO);
        billing.registry.add("00:04:f2:00:00:01", "zeta", "hq", false, "2026-10-01T00:00:00Z");

        RegistryException refused = assertThrows(RegistryException.class,
                () -> billing.service.preview("zeta", NOVEMBER));

        assertTrue(refused.getMessage(), refused.getMessage().startsWith("Provider zeta has no"
                + " price in force on 2026-11-01 (its price list starts 2026-11-20)"));
    }

    @Test
    public void aProviderWithNothingToChargeHasAnEmptyInvoiceAndIsLeftOutOfTheClose() {
        billing.registry.tenant("zeta");
        billing.registry.add("00:15:65:00:00:01", "acme", "main", false,
                "2026-10-01T00:00:00Z");

        List<Invoice> invoices = billing.service.close(NOVEMBER, null);

        assertEquals(List.of("acme"), invoices.stream().map(Invoice::providerName).toList());
        Invoice zeta = billing.service.invoice("zeta", NOVEMBER);
        assertTrue(zeta.charges().isEmpty());
        assertEquals("0.00 USD", zeta.total().toPlainString() + " " + zeta.currency());
        assertTrue(zeta.closedAt().isPresent());
    }

    @Test
    public void aFailureWhileStoringLeavesTheMonthOpenWithNoLine() throws Exception {
        billing.registry.add("00:15:65:00:00:01", "acme", "main", false,
                "2026-10-01T00:00:00Z");
        // Longer than the column: the registry never allows it, so storing fails late.
        billing.registry.add("00:15:65:00:00:02", "acme", "x".repeat(65), false,
                "2026-10-01T00:00:00Z");

        assertThrows(IllegalStateException.class, () -> billing.service.close(NOVEMBER, null));

        assertEquals(0, db.number("SELECT COUNT(*) FROM closed_month"));
        assertEquals(0, db.number("SELECT COUNT(*) FROM invoice_line"));
        assertThrows(RegistryException.class, () -> billing.service.invoice("acme", NOVEMBER));
    }

    @Test
    public void aPriceSetWhileTheMonthIsComputedIsUsedNotLost() {
        billing.registry.add("00:15:65:00:00:01", "acme", "main", false,
                "2026-10-01T00:00:00Z");
        JdbcBillingService otherNode = billing.node();
        billing.registry.onRead(provider -> {
            billing.registry.onRead(p -> { });
            otherNode.setPrice("acme", LocalDate.parse("2026-11-01"), "USD",
                    new BigDecimal("4.00"), BigDecimal.ZERO);
        });

        assertEquals(List.of("00:15:65:00:00:01 MONTHLY 2026-11-01 1 × 4.00 = 4.00 USD",
                "total 4.00 USD"), billing.closed("2026-11"));
    }

    @Test
    public void progressIsToldPerProviderAndEveryThousandDevices() {
        billing.registry.tenant("zeta");
        billing.prices("zeta", "2026-01-01", "2.00", "0.00");
        for (int i = 1; i <= 1500; i++) {
            billing.registry.add(String.format("0015650%05x", i), i % 3 == 0 ? "zeta" : "acme",
                    "main", false, "2026-10-01T00:00:00Z");
        }
        List<String> told = new ArrayList<>();

        List<Invoice> invoices = billing.service.close(NOVEMBER,
                (done, providers, devices) -> told.add(done + "/" + providers + " " + devices));

        assertEquals(List.of("0/2 0", "0/2 1000", "1/2 1000", "2/2 1500"), told);
        assertEquals("1000.00", invoices.get(0).total().toPlainString());
        assertEquals("1000.00", invoices.get(1).total().toPlainString());
    }

    @Test
    public void aStoredInvoiceReadsBackAsComputed() {
        billing.registry.add("00:15:65:00:00:01", "acme", "main", false,
                "2026-10-01T00:00:00.123456Z");
        Invoice preview = billing.service.preview("acme", NOVEMBER);

        List<Invoice> closed = billing.service.close(NOVEMBER, null);

        assertEquals(preview.charges(), closed.get(0).charges());
        assertEquals(Optional.empty(), preview.closedAt());
        assertEquals(billing.clock.instant(), closed.get(0).closedAt().orElseThrow());
    }

    @Test
    public void anOpenMonthHasNoInvoiceYet() {
        RegistryException refused = assertThrows(RegistryException.class,
                () -> billing.service.invoice("acme", NOVEMBER));

        assertEquals("2026-11 is not closed, so it has no invoice yet; see what it would cost"
                + " with billing:preview acme 2026-11, and close it with billing:close 2026-11"
                + " once it is over", refused.getMessage());
    }

    @Test
    public void previewOfTheCurrentMonthCountsOnlyWhatHappenedSoFar() {
        billing.clock.set("2027-06-05T00:00:00Z");
        Mac mac = billing.registry.add("00:15:65:00:00:02", "acme", "main", true,
                "2026-10-01T10:00:00Z");
        billing.registry.deliver(mac, "2026-11-05T09:00:00Z");
        billing.entitlements.license(mac, "2026-12-10T15:00:00Z");

        assertTrue(billing.service.preview("acme", YearMonth.of(2027, 6)).charges().isEmpty());
        billing.clock.set("2027-06-10T15:00:00Z");
        assertEquals(1, billing.service.preview("acme", YearMonth.of(2027, 6)).charges()
                .size());
    }

    @Test
    public void anUnknownProviderHasNoPreview() {
        RegistryException refused = assertThrows(RegistryException.class,
                () -> billing.service.preview("nobody", NOVEMBER));

        assertEquals("There is no provider nobody; see provider:list", refused.getMessage());
    }
}
