package org.openprov.billing.internal;

import org.openprov.jdbc.SchemaStep;
import java.util.List;

/**
 * The billing bundle's own tables, as ordered steps. A released step is never edited; a change
 * is a new step at the end. Neither the registry's nor the entitlement bundle's tables are
 * touched: devices, window starts and licenses are read through their services, and a provider
 * or a MAC here is a plain value, so a closed invoice outlives the device it charged.
 *
 * <p>The SQL is what Apache Derby and PostgreSQL both accept. Money is BIGINT minor units
 * (cents), never a floating type; instants are BIGINT milliseconds since the epoch (UTC); a
 * month is its {@code yyyy-MM} text. {@code at} is reserved in Derby, hence {@code charged_at}.
 */
final class BillingSchema {

    /** The table that records which steps a database has had. */
    static final String VERSION_TABLE = "billing_schema";

    private static final SchemaStep TABLES = new SchemaStep(1,
            "price lists, closed months, invoice lines", List.of(
            """
            CREATE TABLE price (
                provider_name VARCHAR(64) NOT NULL,
                effective_from DATE NOT NULL,
                currency CHAR(3) NOT NULL,
                monthly_minor BIGINT NOT NULL,
                pplus_minor BIGINT NOT NULL,
                set_at BIGINT NOT NULL,
                CONSTRAINT price_pk PRIMARY KEY (provider_name, effective_from),
                CONSTRAINT price_amounts_ck CHECK (monthly_minor >= 0 AND pplus_minor >= 0))""",
            // The primary key decides which of two nodes closing a month at once wins: the
            // other's insert fails and it reads the winner's invoices instead.
            """
            CREATE TABLE closed_month (
                month CHAR(7) NOT NULL,
                closed_at BIGINT NOT NULL,
                CONSTRAINT closed_month_pk PRIMARY KEY (month))""",
            // line_no keeps each invoice in the order it was computed: customer, MAC, reason.
            // The foreign key means no line exists for a month that is not closed.
            """
            CREATE TABLE invoice_line (
                month CHAR(7) NOT NULL,
                provider_name VARCHAR(64) NOT NULL,
                line_no INT NOT NULL,
                mac CHAR(12) NOT NULL,
                customer_name VARCHAR(64) NOT NULL,
                reason VARCHAR(20) NOT NULL,
                charged_at BIGINT NOT NULL,
                quantity INT NOT NULL,
                unit_minor BIGINT NOT NULL,
                amount_minor BIGINT NOT NULL,
                currency CHAR(3) NOT NULL,
                CONSTRAINT invoice_line_pk PRIMARY KEY (month, provider_name, line_no),
                CONSTRAINT invoice_line_month_fk FOREIGN KEY (month)
                    REFERENCES closed_month (month))"""));

    private BillingSchema() {
    }

    /** @return every step, by version */
    static List<SchemaStep> steps() {
        return List.of(TABLES);
    }
}
