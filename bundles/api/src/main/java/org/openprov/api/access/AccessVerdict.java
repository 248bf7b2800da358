package org.openprov.api.access;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.openprov.api.settings.ProvisioningAccess;

/**
 * What the endpoint does with a fetch attempt.
 *
 * @param outcome serve, bootstrap, challenge, refuse or ban
 * @param access for {@link Outcome#SERVE} and {@link Outcome#BOOTSTRAP}: the access the phone's
 *        file tells it (the device's current credentials), or empty when its provider is on the
 *        {@code open} mode
 * @param generation the device's credential generation, which changes whenever its credentials
 *        or its provider's mode change, so rendered files can be cached by it
 * @param challenges for {@link Outcome#CHALLENGE}: the {@code WWW-Authenticate} header values
 * @param retryAfterSeconds for {@link Outcome#BANNED}: how long the ban still runs
 * @param reason why, for the one log line; never holds a secret
 * @param failure whether the request failed (wrong or unknown credentials, a ban), as opposed
 *        to being served or asked for credentials it had no reason to send yet (the first step
 *        of HTTP Digest); failures are logged, the rest only at debug level
 */
public record AccessVerdict(Outcome outcome, Optional<ProvisioningAccess> access, long generation,
        List<String> challenges, long retryAfterSeconds, String reason, boolean failure) {

    /** What the endpoint answers. */
    public enum Outcome {
        /** The device's own file, rendered with {@code access}: 200. */
        SERVE,
        /** A first-contact bootstrap file, carrying {@code access} and nothing secret else: 200. */
        BOOTSTRAP,
        /** 401 with the challenges: credentials are missing or wrong. */
        CHALLENGE,
        /** 404 with an empty body, the very answer an unknown file gets. */
        REFUSE,
        /** 429 with Retry-After: the source failed too often. */
        BANNED
    }

    /**
     * A verdict that is a failure unless it serves or bootstraps.
     *
     * @param outcome the outcome
     * @param access the access the file tells the phone, if any
     * @param generation the device's credential generation
     * @param challenges the challenges of a 401
     * @param retryAfterSeconds how long a ban still runs
     * @param reason why
     */
    public AccessVerdict(Outcome outcome, Optional<ProvisioningAccess> access, long generation,
            List<String> challenges, long retryAfterSeconds, String reason) {
        this(outcome, access, generation, challenges, retryAfterSeconds, reason,
                outcome != Outcome.SERVE && outcome != Outcome.BOOTSTRAP);
    }

    /** Checks that nothing is missing and copies the challenges. */
    public AccessVerdict {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(access, "access");
        challenges = List.copyOf(challenges);
        Objects.requireNonNull(reason, "reason");
    }

    /**
     * @param access the access the file tells the phone, if any
     * @param generation the device's credential generation
     * @param reason why
     * @return a verdict to serve the device's own file
     */
    public static AccessVerdict serve(Optional<ProvisioningAccess> access, long generation,
            String reason) {
        return new AccessVerdict(Outcome.SERVE, access, generation, List.of(), 0,
                reason);
    }

    /**
     * @param reason why
     * @return a verdict to answer 404, as for a file that does not exist
     */
    public static AccessVerdict refuse(String reason) {
        return new AccessVerdict(Outcome.REFUSE, Optional.empty(), 0, List.of(), 0,
                reason);
    }
}
