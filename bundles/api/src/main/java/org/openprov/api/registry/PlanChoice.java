package org.openprov.api.registry;

/** What the administrator asked for when adding a device: the plan it is billed on. */
public enum PlanChoice {
    /** Nothing asked: the monthly plan, unless the provider forces Provisioning Plus. */
    PROVIDER_DEFAULT,
    /** Provisioning Plus: a one-time onboarding window, then a license or the monthly plan. */
    PROVISIONING_PLUS,
    /** The monthly plan. */
    MONTHLY
}
