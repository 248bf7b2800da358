package org.openprov.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.After;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.openprov.api.billing.BillingService;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * A provider's month built at the console and by phones fetching, closed, exported and read
 * back line by line; the billing feature removed and installed again changes nothing.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class BillingIT extends OpenProvTestSupport {

    private static final String UA = "Yealink SIP-T54W 96.86.0.100 ";

    @After
    public void resetClock() {
        run("clock:shift --reset");
    }

    @Test
    public void aMonthIsClosedExportedAndSurvivesAReinstall() throws Exception {
        run("clock:shift --to 2026-11-10T12:00:00Z");
        String provider = "bill-" + uniqueMac("00eeee").substring(6);
        run("provider:add " + provider);
        run("customer:add " + provider + " main");
        run("pplus:enable " + provider);
        run("billing:price-set --from 2026-11-01 --currency USD --pplus 5.00 " + provider
                + " 1.00");
        String monthly = uniqueMac("001565");
        String plus = uniqueMac("001565");
        String pending = uniqueMac("001565");
        run("device:add --no-pplus " + provider + " main " + monthly + " yealink T54W");
        run("device:add --pplus " + provider + " main " + plus + " yealink T54W");
        run("device:add --pplus " + provider + " main " + pending + " yealink T54W");
        assertAnswer(200, fetch("/prov/" + plus + ".cfg", UA + plus));

        String early = runFailing("billing:close 2026-11");
        assertTrue(early, early.contains("2026-11"));

        run("clock:shift --to 2026-12-01T00:00:05Z");
        run("billing:close 2026-11");
        String invoice = run("billing:invoice " + provider + " 2026-11");
        assertTrue(invoice, invoice.contains(colonsOrHex(invoice, monthly)));
        assertTrue(invoice, invoice.contains("6.00"));
        assertTrue("a PENDING device is not charged: " + invoice,
                !invoice.contains(pending) && !invoice.contains(colons(pending)));

        Path csv = Files.createTempFile("openprov-2026-11", ".csv");
        run("billing:export 2026-11 " + csv);
        List<String> rows = lines(csv, provider);
        assertEquals(rows.toString(), 2, rows.size());
        assertTrue(rows.toString(), rows.stream().anyMatch(r -> r.startsWith(provider
                + ",2026-11," + colons(monthly) + ",main,MONTHLY,")
                && r.endsWith(",1,1.00,1.00,USD")));
        assertTrue(rows.toString(), rows.stream().anyMatch(r -> r.startsWith(provider
                + ",2026-11," + colons(plus) + ",main,PROVISIONING_PLUS,")
                && r.endsWith(",1,5.00,5.00,USD")));
        String header = Files.readAllLines(csv, StandardCharsets.UTF_8).get(0);
        assertEquals("provider,month,mac,customer,reason,at,quantity,unit_price,amount,currency",
                header);

        String back = runFailing("clock:shift --to 2026-11-20T00:00:00Z");
        assertTrue(back, back.contains("closed 2026-11"));
        String far = runFailing("clock:shift 4000d");
        assertTrue(far, far.contains("10 years"));

        run("billing:close 2026-11");
        assertEquals("closing twice changes nothing", invoice,
                run("billing:invoice " + provider + " 2026-11"));
        run("feature:uninstall openprov-billing");
        run("feature:install openprov-billing");
        await("the billing service to return", Duration.ofSeconds(20),
                () -> bundleContext.getServiceReference(BillingService.class) != null);
        await("the billing commands to return", Duration.ofSeconds(20),
                () -> run("billing:invoice " + provider + " 2026-11").equals(invoice));
    }

    /** The rows of one provider, read as the CSV's consumer would. */
    private static List<String> lines(Path csv, String provider) throws Exception {
        String text = Files.readString(csv, StandardCharsets.UTF_8);
        assertTrue("RFC 4180 lines end with CRLF", text.contains("\r\n"));
        return text.lines().filter(l -> l.startsWith(provider + ",")).toList();
    }

    private static String colons(String mac) {
        return mac.replaceAll("(..)(?!$)", "$1:");
    }

    /** The invoice may show a MAC with colons or as 12 digits. */
    private static String colonsOrHex(String text, String mac) {
        return text.contains(colons(mac)) ? colons(mac) : mac;
    }
}
