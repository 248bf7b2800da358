package org.openprov.api.registry;

/**
 * What an administrator gives to register a phone.
 *
 * @param mac the phone's MAC
 * @param providerName an existing provider
 * @param customerName an existing customer of that provider
 * @param vendor the vendor id, e.g. {@code yealink}
 * @param model the model id as the vendor's model table names it
 * @param label a free note; may be null
 * @param plan the plan asked for
 */
public record NewDevice(Mac mac, String providerName, String customerName, String vendor,
        String model, String label, PlanChoice plan) {

    /** Defaults a missing plan choice to the provider's default. */
    public NewDevice {
        plan = plan == null ? PlanChoice.PROVIDER_DEFAULT : plan;
    }
}
