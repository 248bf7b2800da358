package org.openprov.billing.command;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.karaf.shell.support.CommandException;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.openprov.api.registry.Mac;
import org.openprov.billing.internal.BillingFixture;
import org.openprov.testing.DerbyDatabase;

public class InvoiceCommandsTest {

    @Rule
    public final DerbyDatabase db = new DerbyDatabase();

    @Rule
    public final TemporaryFolder folder = new TemporaryFolder(new File("target"));

    private Console console;
    private BillingFixture billing;

    @Before
    public void setUp() {
        console = new Console(db);
        billing = console.billing;
        billing.registry.tenant("zeta");
        billing.prices("acme", "2026-01-01", "1.00", "5.00");
        billing.prices("zeta", "2026-01-01", "2.00", "0.00");
        billing.registry.add("00:15:65:00:00:01", "acme", "main", false, "2026-11-30T10:00:00Z");
        Mac plus = billing.registry.add("00:15:65:00:00:02", "acme", "branch", true,
                "2026-10-01T00:00:00Z");
        billing.registry.deliver(plus, "2026-11-05T09:00:00Z");
        billing.registry.add("00:04:f2:00:00:01", "zeta", "hq", false, "2026-10-01T00:00:00Z");
    }

    @Test
    public void aPreviewListsEachChargeThenTheTotal() throws Exception {
        run(new BillingPreviewCommand(), "acme", "2026-11");

        String[] lines = console.printed().split("\n");
        assertEquals("Preview of acme for 2026-11, not closed: the charges so far:", lines[0]);
        assertTrue(lines[1], lines[1].matches("Device +\\| Customer \\| Reason +\\| Date +\\|"
                + " Quantity \\| Unit price \\| Amount"));
        assertTrue(lines[3], lines[3].matches("00:15:65:00:00:02 \\| branch +\\|"
                + " PROVISIONING_PLUS \\| 2026-11-05 \\| +1 \\| +5.00 \\| +5.00"));
        assertTrue(lines[4], lines[4].matches("00:15:65:00:00:01 \\| main +\\| MONTHLY +\\|"
                + " 2026-11-30 \\| +1 \\| +1.00 \\| +1.00"));
        assertEquals("Total: 6.00 USD (2 charges)", lines[5]);
    }

    @Test
    public void closingPrintsProgressThenTheFiguresAndAgainChangesNothing() throws Exception {
        run(new BillingCloseCommand(), "2026-11");

        List<String> lines = List.of(console.printed().split("\n"));
        assertEquals("Closing 2026-11 for 2 providers...", lines.get(0));
        assertEquals("  1/2 providers done, 2 phones looked at", lines.get(1));
        assertEquals("  2/2 providers done, 3 phones looked at", lines.get(2));
        assertTrue(lines.get(3), lines.get(3).matches("Provider \\| Charges \\| Total \\|"
                + " Currency"));
        assertTrue(lines.get(5), lines.get(5).matches("acme +\\| +2 \\| +6.00 \\| USD"));
        assertTrue(lines.get(6), lines.get(6).matches("zeta +\\| +1 \\| +2.00 \\| USD"));
        assertTrue(lines.get(7), lines.get(7).matches("Closed 2026-11: 2 providers invoiced,"
                + " 3 charges; totals 8.00 USD; took \\d+\\.\\d s"));

        run(new BillingCloseCommand(), "2026-11");

        String again = console.printed();
        assertTrue(again, again.endsWith("2026-11 was already closed; nothing changed."
                + " 2 providers invoiced, 3 charges; totals 8.00 USD.\n"));
        assertTrue(again, again.contains("acme "));
    }

    @Test
    public void closingAMonthNotOverSaysWhen() {
        CommandException refused = assertThrows(CommandException.class,
                () -> run(new BillingCloseCommand(), "2027-12"));

        assertTrue(refused.getMessage(), refused.getMessage().startsWith("2027-12 is not over"
                + " yet: it can be closed from 2028-01-01T00:00:00Z on"));
    }

    @Test
    public void anInvoiceIsTheStoredOne() throws Exception {
        run(new BillingCloseCommand(), "2026-11");
        console.printed();

        run(new BillingInvoiceCommand(), "zeta", "2026-11");

        String[] lines = console.printed().split("\n");
        assertEquals("Invoice of zeta for 2026-11, closed 2027-12-15 12:00 UTC:", lines[0]);
        assertTrue(lines[3], lines[3].matches("00:04:f2:00:00:01 \\| hq +\\| MONTHLY \\|"
                + " 2026-11-01 \\| +1 \\| +2.00 \\| +2.00"));
        assertEquals("Total: 2.00 USD (1 charge)", lines[4]);
    }

    @Test
    public void aMonthTypedWronglyIsAMistake() {
        CommandException refused = assertThrows(CommandException.class,
                () -> run(new BillingInvoiceCommand(), "acme", "11/2026"));

        assertEquals("'11/2026' is not a month; write it yyyy-mm, e.g. 2026-11",
                refused.getMessage());
    }

    @Test
    public void exportSaysHowManyRowsAndWhere() throws Exception {
        run(new BillingCloseCommand(), "2026-11");
        console.printed();
        Path file = folder.getRoot().toPath().resolve("nov.csv");

        run(new BillingExportCommand(), "2026-11", file.toString());

        assertEquals("Wrote 3 charges of 2026-11 to " + file.toAbsolutePath() + " (4 rows with"
                + " the header)\n", console.printed());
        assertEquals(4, Files.readAllLines(file).size());
    }

    @Test
    public void exportingAnOpenMonthSaysToCloseItFirst() {
        CommandException refused = assertThrows(CommandException.class,
                () -> run(new BillingExportCommand(), "2026-11", "target/x.csv"));

        assertTrue(refused.getMessage(), refused.getMessage().contains("billing:close"
                + " 2026-11"));
    }

    /** Fills the command's arguments in order, as the console would. */
    private void run(BillingAction command, String... arguments) throws Exception {
        console.wire(command);
        if (command instanceof BillingPreviewCommand c) {
            c.provider = arguments[0];
            c.month = arguments[1];
        } else if (command instanceof BillingInvoiceCommand c) {
            c.provider = arguments[0];
            c.month = arguments[1];
        } else if (command instanceof BillingCloseCommand c) {
            c.month = arguments[0];
        } else if (command instanceof BillingExportCommand c) {
            c.month = arguments[0];
            c.file = arguments[1];
        }
        command.execute();
    }
}
