package org.openprov.access.internal;

import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import org.openprov.api.registry.Mac;

/**
 * A device's fetch credentials: its password and token, the previous ones while a rotation's
 * overlap runs, whether its first contact happened, and the client certificate it is bound to.
 *
 * @param mac the device
 * @param generation counts rotations from 1
 * @param password the current password, [A-Za-z0-9]
 * @param token the current token, [A-Za-z0-9]
 * @param previousPassword the password before the last rotation, or empty
 * @param previousToken the token before the last rotation, or empty
 * @param previousUntil until when the previous ones work, or {@link Instant#EPOCH}
 * @param armedAt since when first contact is allowed
 * @param claimedAt when the first contact happened, or {@link Instant#EPOCH} if not yet
 * @param claimedFrom the address of the first contact, or empty
 * @param boundFingerprint the SHA-256 fingerprint the device is bound to, or empty
 * @param boundSubject the certificate subject the device is bound to, or empty
 */
public record Credentials(Mac mac, long generation, String password, String token,
        String previousPassword, String previousToken, Instant previousUntil, Instant armedAt,
        Instant claimedAt, String claimedFrom, String boundFingerprint, String boundSubject) {

    /** @return whether the first contact happened */
    public boolean claimed() {
        return claimedAt.isAfter(Instant.EPOCH);
    }

    /** @return whether the device is bound to a client certificate */
    public boolean bound() {
        return !boundFingerprint.isEmpty() || !boundSubject.isEmpty();
    }

    /**
     * @param now the time
     * @return whether the previous password and token still work
     */
    public boolean overlapping(Instant now) {
        return !previousPassword.isEmpty() && now.isBefore(previousUntil);
    }

    /**
     * @param candidate a token a phone sent
     * @param now the time
     * @return which token it is, if it is one of this device's that works now
     */
    Optional<Which> token(String candidate, Instant now) {
        if (same(token, candidate)) {
            return Optional.of(Which.CURRENT);
        }
        if (overlapping(now) && same(previousToken, candidate)) {
            return Optional.of(Which.PREVIOUS);
        }
        return Optional.empty();
    }

    /** Which of a device's credentials a phone used. */
    enum Which {
        /** The ones made at the last rotation. */
        CURRENT,
        /** The ones before, during the overlap. */
        PREVIOUS
    }

    /** Compares in time independent of where the texts differ. */
    static boolean same(String expected, String candidate) {
        return !expected.isEmpty() && MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.UTF_8),
                candidate.getBytes(StandardCharsets.UTF_8));
    }

    /** Describes the credentials without their secrets. */
    @Override
    public String toString() {
        return "Credentials[" + mac + ", generation " + generation
                + (claimed() ? ", claimed" : "") + (bound() ? ", bound" : "") + "]";
    }
}
