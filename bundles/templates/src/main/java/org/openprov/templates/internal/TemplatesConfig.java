package org.openprov.templates.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Configuration of the templates, pid {@value JdbcTemplateService#PID}. Nothing needs to be
 * configured: the tables go in the data source named {@code openprov}, the registry's.
 */
@ObjectClassDefinition(name = "OpenProv templates",
        description = "Where templates, their assignments and the configurations frozen at"
                + " expiry are stored")
@interface TemplatesConfig {

    /** The default target of the data source reference: the registry's database. */
    String DEFAULT_DATA_SOURCE = "(dataSourceName=openprov)";

    /** @return an LDAP filter selecting the {@code javax.sql.DataSource} service to use */
    @AttributeDefinition(name = "Data source",
            description = "LDAP filter selecting the javax.sql.DataSource service that holds"
                    + " the templates; the registry's, (dataSourceName=openprov), unless you"
                    + " split them")
    String dataSource_target() default DEFAULT_DATA_SOURCE;
}
