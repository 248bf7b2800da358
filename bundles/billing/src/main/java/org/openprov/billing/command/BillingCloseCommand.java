package org.openprov.billing.command;

import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.openprov.api.billing.Invoice;
import org.openprov.billing.command.completers.MonthCompleter;
import org.openprov.billing.internal.Months;

/** {@code billing:close <yyyy-mm>}. */
@Command(scope = "billing", name = "close", description = "Closes a month that is over: computes"
        + " every provider's invoice and stores them all at once. A closed month never"
        + " changes, and closing it again changes nothing. Prints a line as providers (and"
        + " every 1000 phones) are done, then each invoiced provider's charges and total, and"
        + " the totals per currency. Refused while a provider with charges has no price for"
        + " them; set it with billing:price-set")
@Service
public class BillingCloseCommand extends BillingAction {

    @Argument(index = 0, name = "month", required = true, description = "The month, yyyy-mm,"
            + " e.g. 2026-11; it must be over by the platform clock")
    @Completion(MonthCompleter.class)
    String month;

    private boolean computed;

    @Override
    protected void run() {
        YearMonth closing = Months.parse(month);
        long started = System.nanoTime();
        List<Invoice> invoices = billing.close(closing, this::progress);
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        figures(invoices).print(out);
        String summary = Formats.count(invoices.size(), "provider") + " invoiced, "
                + Formats.count(invoices.stream().mapToLong(i -> i.charges().size()).sum(),
                        "charge") + "; totals " + Formats.totals(invoices);
        out.println(computed ? "Closed " + closing + ": " + summary + "; took "
                + Formats.took(took) : closing + " was already closed; nothing changed. "
                + summary + ".");
    }

    /** Told first with nothing done, then after each provider and every 1000 phones. */
    private void progress(int providersDone, int providers, long devicesDone) {
        if (!computed) {
            computed = true;
            out.println("Closing " + month + " for " + Formats.count(providers, "provider")
                    + "...");
            return;
        }
        out.println("  " + providersDone + "/" + providers + " providers done, "
                + Formats.count(devicesDone, "phone") + " looked at");
    }

    private static ShellTable figures(List<Invoice> invoices) {
        ShellTable table = new ShellTable().emptyTableText("No provider has anything to pay");
        table.column("Provider");
        table.column("Charges").alignRight();
        table.column("Total").alignRight();
        table.column("Currency");
        for (Invoice invoice : invoices) {
            table.addRow().addContent(invoice.providerName(), invoice.charges().size(),
                    Formats.money(invoice.total()), invoice.currency());
        }
        return table;
    }
}
