package org.openprov.vendor.cisco.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "OpenProv Cisco generator",
        description = "How Cisco phones are pointed from their bootstrap file to their own file")
@interface CiscoGeneratorConfig {

    @AttributeDefinition(description = "URL of OpenProv's /prov/ directory as Cisco phones"
            + " reach it, e.g. http://prov.example.com:8080/prov; the bootstrap files point"
            + " phones at <this URL>/$MA.xml. Empty: bootstraps carry no Profile_Rule_B")
    String profileBaseUrl() default "";
}
