package org.openprov.entitlement.command;

import org.openprov.api.entitlement.Entitlement;
import org.openprov.api.registry.Device;
import org.openprov.entitlement.internal.PlanRules;

/**
 * A phone selected by {@code license:add}, with its standing when selected.
 *
 * @param device the phone
 * @param standing its Provisioning Plus standing then
 */
record Candidate(Device device, Entitlement standing) {

    /** @return whether it can take a license, by the rule the service applies */
    boolean licensable() {
        return PlanRules.refusal(standing).isEmpty();
    }

    /** @return why not, e.g. "is on the monthly plan, ..."; empty when it can */
    String refusal() {
        return PlanRules.refusal(standing).orElse("");
    }
}
