package org.openprov.api.entitlement;

/** Where a device stands in the Provisioning Plus rules. */
public enum PlanState {
    /** Provisioning Plus, no configuration delivered yet; never expires. */
    PENDING,
    /** Provisioning Plus, within its window: every feature. */
    ACTIVE,
    /** Provisioning Plus, the window ended without a license: locked, served as at expiry. */
    EXPIRED,
    /** Within a license's term. */
    LICENSED,
    /** On the monthly plan, from the start or after its licenses ended. */
    MONTHLY
}
