package org.openprov.billing.command;

import java.io.PrintStream;
import org.apache.karaf.shell.support.table.ShellTable;
import org.openprov.api.billing.Charge;
import org.openprov.api.billing.Invoice;

/** Prints an invoice: a heading, one row per charge, then the total. */
final class InvoicePrinter {

    private InvoicePrinter() {
    }

    /**
     * @param invoice the invoice
     * @param heading what it is, e.g. {@code Invoice of acme for 2026-11}
     * @param out where to print
     */
    static void print(Invoice invoice, String heading, PrintStream out) {
        out.println(heading + invoice.closedAt().map(at -> ", closed " + Formats.time(at))
                .orElse(", not closed: the charges so far") + ":");
        table(invoice).print(out);
        out.println("Total: " + Formats.money(invoice.total(), invoice.currency()) + " ("
                + Formats.count(invoice.charges().size(), "charge") + ")");
    }

    private static ShellTable table(Invoice invoice) {
        ShellTable table = new ShellTable().emptyTableText("No charges");
        for (String column : new String[] {"Device", "Customer", "Reason", "Date"}) {
            table.column(column);
        }
        for (String column : new String[] {"Quantity", "Unit price", "Amount"}) {
            table.column(column).alignRight();
        }
        for (Charge charge : invoice.charges()) {
            table.addRow().addContent(charge.mac().colons(), charge.customerName(),
                    charge.reason().name(), Formats.day(charge.at()), charge.quantity(),
                    Formats.money(charge.unitPrice()), Formats.money(charge.amount()));
        }
        return table;
    }
}
