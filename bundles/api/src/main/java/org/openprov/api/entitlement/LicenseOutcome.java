package org.openprov.api.entitlement;

import java.util.Optional;
import org.openprov.api.registry.Mac;

/**
 * What happened to one device of a license batch.
 *
 * @param mac the device
 * @param license the license added, or empty if refused
 * @param refusal why it was refused, for the administrator; empty when added
 */
public record LicenseOutcome(Mac mac, Optional<License> license, String refusal) {

    /** @return whether a license was added */
    public boolean added() {
        return license.isPresent();
    }
}
