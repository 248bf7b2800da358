package org.openprov.access.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.openprov.api.access.FetchEvent;
import org.openprov.api.access.FetchMode;
import org.openprov.api.registry.Mac;

/**
 * What the {@code access:*} and {@code device:fetches} commands ask of fetch access. A service
 * of this bundle only: its package is not exported.
 */
public interface AccessAdmin {

    /** @return the platform's time */
    Instant now();

    /** @return the policy of providers with none of their own */
    Policy defaultPolicy();

    /** @return the providers' own policies */
    List<Policy> policies();

    /**
     * @param provider a provider's name
     * @return its policy, its own or the default
     */
    Policy policy(String provider);

    /**
     * Gives a provider a policy of its own.
     *
     * @param provider the provider
     * @param mode the mode
     * @param bootstrap whether first contact is allowed; empty keeps what it has
     * @param overlap the rotation overlap; empty keeps what it has
     * @return the policy now in force
     */
    Policy setPolicy(String provider, FetchMode mode, Optional<Boolean> bootstrap,
            Optional<Duration> overlap);

    /** @return whether the provider had a policy of its own, now dropped for the default */
    boolean dropPolicy(String provider);

    /** @return the device's credentials, made now if it has none */
    Credentials credentials(Mac mac);

    /**
     * @param mac a device
     * @param overlap how long the current ones keep working; empty for its provider's overlap
     * @return its new credentials
     */
    Credentials rotate(Mac mac, Optional<Duration> overlap);

    /** @return the credentials, the device allowed a new first contact */
    Credentials rearm(Mac mac);

    /**
     * @param fingerprint a SHA-256 fingerprint or empty
     * @param subject a subject or empty; both empty unbind
     * @return the credentials with the binding
     */
    Credentials bind(Mac mac, String fingerprint, String subject);

    /**
     * @param credentials a device's credentials
     * @return when its first-contact window ends, or empty when it never does
     */
    Optional<Instant> firstContactEnd(Credentials credentials);

    /** @return the bans running now */
    List<Bans.Ban> bans();

    /** @return whether the source was banned and is no more */
    boolean lift(String source);

    /**
     * @param mac a device, registered or not
     * @param limit the most lines
     * @return its newest fetch lines, the newest first
     */
    List<FetchEvent> fetches(Mac mac, int limit);
}
