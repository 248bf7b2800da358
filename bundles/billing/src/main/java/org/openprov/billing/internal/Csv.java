package org.openprov.billing.internal;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.openprov.api.billing.Charge;
import org.openprov.api.billing.Invoice;

/**
 * Invoices as CSV by RFC 4180: records end with CRLF; a field holding a comma, a double
 * quote, CR or LF is enclosed in double quotes, and a double quote inside it is doubled.
 */
final class Csv {

    /** The header record. */
    static final List<String> HEADER = List.of("provider", "month", "mac", "customer",
            "reason", "at", "quantity", "unit_price", "amount", "currency");

    private static final String CRLF = "\r\n";

    private Csv() {
    }

    /**
     * Writes the header, then one record per charge.
     *
     * @param invoices invoices, in the order wanted
     * @param out where to write
     * @return how many charges were written
     */
    static int write(List<Invoice> invoices, Writer out) throws IOException {
        out.write(record(HEADER));
        int rows = 0;
        for (Invoice invoice : invoices) {
            for (Charge charge : invoice.charges()) {
                out.write(record(fields(charge)));
                rows++;
            }
        }
        return rows;
    }

    /**
     * @param fields a record's fields
     * @return the record, quoted where needed, ending with CRLF
     */
    static String record(List<String> fields) {
        StringBuilder line = new StringBuilder();
        for (String field : fields) {
            if (line.length() > 0) {
                line.append(',');
            }
            line.append(field(field));
        }
        return line.append(CRLF).toString();
    }

    /**
     * @param value a field's value
     * @return it as written in a record
     */
    static String field(String value) {
        if (value.chars().noneMatch(ch -> ch == ',' || ch == '"' || ch == '\r' || ch == '\n')) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }

    private static List<String> fields(Charge charge) {
        return List.of(charge.providerName(), charge.month().toString(), charge.mac().colons(),
                charge.customerName(), charge.reason().name(), charge.at().toString(),
                Integer.toString(charge.quantity()), Money.text(charge.unitPrice()),
                Money.text(charge.amount()), charge.currency());
    }
}
