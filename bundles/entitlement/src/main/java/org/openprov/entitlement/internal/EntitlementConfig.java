package org.openprov.entitlement.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Configuration of Provisioning Plus, pid {@value JdbcEntitlementService#PID}. Every setting
 * has a default, so none is needed: the tables go in the data source named {@code openprov},
 * the registry's.
 */
@ObjectClassDefinition(name = "OpenProv Provisioning Plus",
        description = "The Provisioning Plus window, the expiry watch and where licenses are"
                + " stored")
@interface EntitlementConfig {

    /** The default target of the data source reference: the registry's database. */
    String DEFAULT_DATA_SOURCE = "(dataSourceName=openprov)";

    /** The window's length in days when none is configured. */
    int DEFAULT_WINDOW_DAYS = 30;

    /** @return an LDAP filter selecting the {@code javax.sql.DataSource} service to use */
    @AttributeDefinition(name = "Data source",
            description = "LDAP filter selecting the javax.sql.DataSource service that holds"
                    + " provider plans and licenses; the registry's, (dataSourceName=openprov),"
                    + " unless you split them")
    String dataSource_target() default DEFAULT_DATA_SOURCE;

    /** @return the length in days of windows starting from now on */
    @AttributeDefinition(name = "Window (days)",
            description = "How long a Provisioning Plus window lasts from the device's first"
                    + " configuration; at least 1. A change applies to windows that start"
                    + " after it: a window keeps the length in force when it started. A value"
                    + " below 1 is refused with a warning and the length in force stays")
    int windowDays() default DEFAULT_WINDOW_DAYS;

    /** @return seconds between two expiry scans */
    @AttributeDefinition(name = "Expiry scan (seconds)",
            description = "How often devices whose window ended are looked for, to announce"
                    + " their expiry; at least 1")
    int expiryScanSeconds() default 60;
}
