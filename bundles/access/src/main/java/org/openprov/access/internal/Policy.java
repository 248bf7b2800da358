package org.openprov.access.internal;

import java.time.Duration;
import org.openprov.api.access.FetchMode;

/**
 * How one provider's phones fetch.
 *
 * @param provider the provider's name, or empty for the platform's default
 * @param mode how phones prove who they are
 * @param bootstrap whether a phone with no credentials yet gets a bootstrap file
 * @param overlap how long previous credentials work after a rotation
 * @param own whether the provider has a policy of its own (else it has the default)
 * @param changedAt when its mode last changed ({@link java.time.Instant#EPOCH} for the
 *        default): for an overlap after it, the both mode takes either credential
 */
public record Policy(String provider, FetchMode mode, boolean bootstrap, Duration overlap,
        boolean own, java.time.Instant changedAt) {
}
