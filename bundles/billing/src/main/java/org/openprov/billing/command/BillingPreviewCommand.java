package org.openprov.billing.command;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.openprov.api.billing.Invoice;
import org.openprov.billing.command.completers.MonthCompleter;
import org.openprov.billing.command.completers.ProviderNameCompleter;
import org.openprov.billing.internal.Months;

/** {@code billing:preview <provider> <yyyy-mm>}. */
@Command(scope = "billing", name = "preview", description = "Shows what a provider's month"
        + " costs, without closing it: for the current month, the charges so far by the"
        + " platform clock. One line per charge: the phone, its customer, why it is charged"
        + " (MONTHLY, PROVISIONING_PLUS, LICENSE), the day of that fact, quantity, unit price"
        + " and amount; then the total. For a closed month, its stored invoice")
@Service
public class BillingPreviewCommand extends BillingAction {

    @Argument(index = 0, name = "provider", required = true, description = "The provider")
    @Completion(ProviderNameCompleter.class)
    String provider;

    @Argument(index = 1, name = "month", required = true, description = "The month, yyyy-mm,"
            + " e.g. 2026-11")
    @Completion(MonthCompleter.class)
    String month;

    @Override
    protected void run() {
        Invoice invoice = billing.preview(provider, Months.parse(month));
        InvoicePrinter.print(invoice, "Preview of " + provider + " for " + invoice.month(),
                out);
    }
}
