package org.openprov.endpoint.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The listeners of the phone endpoint. Lists (protocols, cipher suites) are one string with
 * commas, as an operator writes them in {@code etc/org.openprov.endpoint.cfg}.
 */
@ObjectClassDefinition(name = "OpenProv phone endpoint",
        description = "The HTTP and HTTPS listeners phones fetch their configuration from,"
                + " under /prov/")
@interface EndpointConfig {

    @AttributeDefinition(description = "Address to listen on; 0.0.0.0 for every interface")
    String host() default "0.0.0.0";

    @AttributeDefinition(description = "Whether the plain HTTP listener runs; false needs an"
            + " HTTPS listener")
    boolean httpEnabled() default true;

    @AttributeDefinition(description = "TCP port of the HTTP listener", min = "1", max = "65535")
    int port() default 8080;

    @AttributeDefinition(description = "Most worker threads serving phones at once")
    int maxThreads() default 200;

    @AttributeDefinition(description = "Seconds an idle connection is kept open")
    int idleTimeoutSeconds() default 30;

    @AttributeDefinition(description = "TCP port of the HTTPS listener; 0 for none",
            min = "0", max = "65535")
    int httpsPort() default 0;

    @AttributeDefinition(description = "Key store holding the endpoint's private key and"
            + " certificate chain; a relative path is read from the Karaf etc folder")
    String keystorePath() default "openprov-endpoint.p12";

    @AttributeDefinition(description = "Password of the key store and of its key",
            type = AttributeType.PASSWORD)
    String keystorePassword() default "";

    @AttributeDefinition(description = "Type of the key store: PKCS12 or JKS")
    String keystoreType() default "PKCS12";

    @AttributeDefinition(description = "TLS versions of the HTTPS listener, comma separated")
    String tlsProtocols() default "TLSv1.3,TLSv1.2";

    @AttributeDefinition(description = "Cipher suites of the HTTPS listener, comma separated;"
            + " empty for the JVM's defaults without the weak ones")
    String tlsCiphers() default "";

    @AttributeDefinition(description = "TCP port of the HTTPS listener for old phones;"
            + " 0 for none", min = "0", max = "65535")
    int legacyHttpsPort() default 0;

    @AttributeDefinition(description = "TLS versions of the listener for old phones, comma"
            + " separated; the JVM must allow them too")
    String legacyTlsProtocols() default "TLSv1.2,TLSv1.1,TLSv1";

    @AttributeDefinition(description = "Cipher suites of the listener for old phones, comma"
            + " separated; empty for every suite the JVM enables")
    String legacyTlsCiphers() default "";

    @AttributeDefinition(description = "Client certificates: none, or want (asked for, never"
            + " required)")
    String clientAuth() default "none";

    /** @return the base URL phones reach the endpoint at, or empty to take each request's */
    @AttributeDefinition(description = "The endpoint's base URL as phones reach it, e.g."
            + " https://prov.example.net:8443, written into the provisioning URL of bootstrap"
            + " and device files; empty takes the scheme and Host header of each request")
    String publicUrl() default "";
}
