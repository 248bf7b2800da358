package org.openprov.billing.command;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.openprov.api.billing.Invoice;
import org.openprov.billing.command.completers.MonthCompleter;
import org.openprov.billing.command.completers.ProviderNameCompleter;
import org.openprov.billing.internal.Months;

/** {@code billing:invoice <provider> <yyyy-mm>}. */
@Command(scope = "billing", name = "invoice", description = "Shows a provider's invoice of a"
        + " closed month, as it was stored when the month was closed: one line per charge"
        + " with the phone's MAC, its customer, the reason, the day of the fact charged,"
        + " quantity, unit price and amount; then the total. For a month not closed yet, see"
        + " billing:preview")
@Service
public class BillingInvoiceCommand extends BillingAction {

    @Argument(index = 0, name = "provider", required = true, description = "The provider")
    @Completion(ProviderNameCompleter.class)
    String provider;

    @Argument(index = 1, name = "month", required = true, description = "A closed month,"
            + " yyyy-mm, e.g. 2026-11")
    @Completion(MonthCompleter.class)
    String month;

    @Override
    protected void run() {
        Invoice invoice = billing.invoice(provider, Months.parse(month));
        InvoicePrinter.print(invoice, "Invoice of " + provider + " for " + invoice.month(),
                out);
    }
}
