package org.openprov.endpoint.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "OpenProv phone endpoint",
        description = "The HTTP listener phones fetch their configuration from, under /prov/")
@interface EndpointConfig {

    @AttributeDefinition(description = "Address to listen on; 0.0.0.0 for every interface")
    String host() default "0.0.0.0";

    @AttributeDefinition(description = "TCP port of the HTTP listener", min = "1", max = "65535")
    int port() default 8080;

    @AttributeDefinition(description = "Most worker threads serving phones at once")
    int maxThreads() default 200;

    @AttributeDefinition(description = "Seconds an idle connection is kept open")
    int idleTimeoutSeconds() default 30;
}
