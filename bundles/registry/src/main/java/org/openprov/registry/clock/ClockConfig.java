package org.openprov.registry.clock;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "OpenProv platform clock",
        description = "Moves the platform's time away from the system clock, for demos and tests")
@interface ClockConfig {

    @AttributeDefinition(description = "How far the platform's time is ahead of the system"
            + " clock, as an ISO-8601 duration (PT0S: not moved; P31D: 31 days ahead)")
    String offset() default "PT0S";
}
