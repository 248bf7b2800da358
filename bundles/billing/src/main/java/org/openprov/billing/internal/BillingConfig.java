package org.openprov.billing.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Configuration of billing, pid {@value JdbcBillingService#PID}. Nothing needs setting: the
 * tables go in the data source named {@code openprov}, the registry's.
 */
@ObjectClassDefinition(name = "OpenProv Billing",
        description = "Where price lists and closed invoices are stored")
@interface BillingConfig {

    /** The default target of the data source reference: the registry's database. */
    String DEFAULT_DATA_SOURCE = "(dataSourceName=openprov)";

    /** @return an LDAP filter selecting the {@code javax.sql.DataSource} service to use */
    @AttributeDefinition(name = "Data source",
            description = "LDAP filter selecting the javax.sql.DataSource service that holds"
                    + " price lists and closed invoices; the registry's,"
                    + " (dataSourceName=openprov), unless you split them")
    String dataSource_target() default DEFAULT_DATA_SOURCE;
}
