package org.openprov.access.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Configuration of fetch access, pid {@value JdbcFetchAccess#PID}. Every setting has a default;
 * the distribution ships {@code etc/org.openprov.access.cfg} with them written out.
 */
@ObjectClassDefinition(name = "OpenProv fetch access",
        description = "How phones prove who they are when they fetch their files, first"
                + " contact, and bans of sources that fail too often")
@interface AccessConfig {

    /** The default target of the data source reference: the registry's database. */
    String DEFAULT_DATA_SOURCE = "(dataSourceName=openprov)";

    /** @return an LDAP filter selecting the {@code javax.sql.DataSource} service to use */
    @AttributeDefinition(name = "Data source",
            description = "LDAP filter selecting the javax.sql.DataSource service that holds"
                    + " credentials, bans and the fetch audit")
    String dataSource_target() default DEFAULT_DATA_SOURCE;

    /** @return the mode of providers that have none of their own */
    @AttributeDefinition(name = "Default mode",
            description = "open, password, token or both: the mode of every provider not set"
                    + " with access:mode, and the answer unknown MACs get")
    String defaultMode() default "password";

    /** @return whether a phone with no credentials yet may receive a bootstrap file */
    @AttributeDefinition(name = "First contact",
            description = "Whether providers without a policy of their own hand a phone its"
                    + " credentials in a bootstrap file at its first fetch")
    boolean bootstrap() default true;

    /** @return days after a device is armed during which its first contact is allowed */
    @AttributeDefinition(name = "First contact window (days)",
            description = "How long after a device's credentials are made (or re-armed) its"
                    + " first contact is allowed; 0 for no limit")
    int bootstrapDays() default 30;

    /** @return hours the previous credentials keep working after a rotation */
    @AttributeDefinition(name = "Rotation overlap (hours)",
            description = "How long the previous password and token keep working after"
                    + " access:rotate, for providers without an overlap of their own")
    int overlapHours() default 168;

    /** @return the failures from one source within the window that ban it */
    @AttributeDefinition(name = "Failures before a ban",
            description = "Failed fetches (unknown device, wrong password or token, wrong"
                    + " certificate) from one address within the window that ban it; 0 never"
                    + " bans")
    int failureLimit() default 30;

    /** @return the window failures are counted in, seconds */
    @AttributeDefinition(name = "Failure window (seconds)")
    int failureWindowSeconds() default 60;

    /** @return how long a ban lasts, minutes */
    @AttributeDefinition(name = "Ban (minutes)")
    int banMinutes() default 15;

    /** @return addresses and networks never banned */
    @AttributeDefinition(name = "Never banned",
            description = "Comma-separated addresses or CIDR networks never banned, e.g. the"
                    + " NAT address of a large site: 192.0.2.10, 10.0.0.0/8, 2001:db8::/32")
    String neverBan() default "127.0.0.1, ::1";

    /** @return the digest realm */
    @AttributeDefinition(name = "Realm",
            description = "The HTTP authentication realm phones see; changing it invalidates"
                    + " nothing, digest hashes are computed per request")
    String realm() default "OpenProv";

    /** @return how long a digest nonce is accepted, seconds */
    @AttributeDefinition(name = "Nonce lifetime (seconds)")
    int nonceSeconds() default 300;

    /** @return days the fetch audit is kept */
    @AttributeDefinition(name = "Audit kept (days)",
            description = "Days device:fetches can look back; older lines are deleted hourly")
    int auditDays() default 30;
}
