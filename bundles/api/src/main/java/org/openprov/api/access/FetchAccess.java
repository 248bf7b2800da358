package org.openprov.api.access;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import org.openprov.api.registry.Mac;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Decides who may fetch a device's own files: per-provider modes, per-device credentials and
 * tokens with a rotation overlap, first contact, client certificate bindings, and bans of
 * sources that fail too often. Also keeps the audit of fetches that {@code device:fetches}
 * shows.
 */
@ProviderType
public interface FetchAccess {

    /**
     * Asked first for every request, before any work: whether its source is banned.
     *
     * @param source the caller's IP address
     * @param now the time
     * @return a {@link AccessVerdict.Outcome#BANNED} verdict, or empty when the source may go on
     */
    Optional<AccessVerdict> banned(String source, Instant now);

    /**
     * Decides a request for a device-specific file. Unknown MACs, wrong credentials and wrong
     * tokens get the same verdict as each other within a mode, so callers learn nothing of the
     * registry; each failure counts towards its source's ban. Decides only: a first contact is
     * recorded by {@link #claimFirstContact}.
     *
     * @param attempt the request
     * @param registered whether the MAC is registered
     * @return the verdict
     */
    AccessVerdict admit(FetchAttempt attempt, boolean registered);

    /**
     * Decides a request as {@link #admit(FetchAttempt, boolean)} does, given the device's
     * change stamp the caller read already: an implementation may keep what it read of the
     * device until the stamp changes, instead of reading it again for every fetch.
     *
     * @param attempt the request
     * @param deviceStamp the device's change stamp, empty when the MAC is not registered
     * @return the verdict
     * @since 1.2
     */
    default AccessVerdict admit(FetchAttempt attempt, OptionalLong deviceStamp) {
        return admit(attempt, deviceStamp.isPresent());
    }

    /**
     * Records a first contact once its bootstrap file could be made: the endpoint calls this
     * after a {@link AccessVerdict.Outcome#BOOTSTRAP} verdict for a GET whose file exists, so a
     * name the phone's vendor does not serve never uses up the first contact. Of two requests
     * at the same moment only one wins.
     *
     * @param attempt the request that gets the bootstrap
     * @return whether this request won the first contact; if not, the endpoint asks
     *         {@link #admit} again
     */
    boolean claimFirstContact(FetchAttempt attempt);

    /**
     * Notes how a request for a device's file ended, for the audit that {@code device:fetches}
     * shows. Asynchronous: it never delays the phone.
     *
     * @param mac the device asked for
     * @param event what happened
     */
    void record(Mac mac, FetchEvent event);
}
