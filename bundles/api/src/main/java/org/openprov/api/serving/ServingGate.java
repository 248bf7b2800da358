package org.openprov.api.serving;

import java.time.Instant;
import org.openprov.api.registry.Device;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Decides whether a registered device may receive its own files at a given instant. When no
 * gate is registered the endpoint serves every registered device.
 */
@ProviderType
public interface ServingGate {

    /**
     * @param device the registered device that asks
     * @param now the instant of the request, from the platform's clock
     * @return the decision; must be fast, it is asked on every device fetch
     */
    ServingDecision decide(Device device, Instant now);
}
