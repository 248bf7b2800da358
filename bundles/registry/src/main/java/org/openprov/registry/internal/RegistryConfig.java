package org.openprov.registry.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Configuration of the device registry, pid {@value JdbcDeviceRegistry#PID}. Without it the
 * registry uses the data source named {@code openprov} that pax-jdbc-config creates from
 * {@code etc/org.ops4j.datasource-openprov.cfg}.
 */
@ObjectClassDefinition(name = "OpenProv device registry",
        description = "Where the registry of providers, customers and phones is stored")
@interface RegistryConfig {

    /** The default target of the data source reference. */
    String DEFAULT_DATA_SOURCE = "(dataSourceName=openprov)";

    /** @return an LDAP filter selecting the {@code javax.sql.DataSource} service to use */
    @AttributeDefinition(name = "Data source",
            description = "LDAP filter selecting the javax.sql.DataSource service that holds the"
                    + " registry, e.g. (dataSourceName=openprov)")
    String dataSource_target() default DEFAULT_DATA_SOURCE;
}
