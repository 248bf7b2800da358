package org.openprov.billing.command;

import java.nio.file.Path;
import java.time.YearMonth;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.FileCompleter;
import org.openprov.billing.command.completers.MonthCompleter;
import org.openprov.billing.internal.Months;

/** {@code billing:export <yyyy-mm> <file.csv>}. */
@Command(scope = "billing", name = "export", description = "Writes every charge of a closed"
        + " month, of all providers, to a CSV file (RFC 4180, UTF-8, a header row, then one row"
        + " per charge: provider, month, mac, customer, reason, at, quantity, unit_price,"
        + " amount, currency). The file appears whole or not at all; an existing file is"
        + " replaced. A relative path is resolved against Karaf's working folder; the"
        + " command prints the full path it wrote")
@Service
public class BillingExportCommand extends BillingAction {

    @Argument(index = 0, name = "month", required = true, description = "A closed month,"
            + " yyyy-mm, e.g. 2026-11")
    @Completion(MonthCompleter.class)
    String month;

    @Argument(index = 1, name = "file", required = true, description = "The CSV file to"
            + " write, e.g. invoices-2026-11.csv")
    @Completion(FileCompleter.class)
    String file;

    @Override
    protected void run() {
        YearMonth exported = Months.parse(month);
        Path target = Path.of(file).toAbsolutePath().normalize();
        int rows = billing.export(exported, target);
        out.println("Wrote " + Formats.count(rows, "charge") + " of " + exported + " to "
                + target + " (" + (rows + 1) + " rows with the header)");
    }
}
