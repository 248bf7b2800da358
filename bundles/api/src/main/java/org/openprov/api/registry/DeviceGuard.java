package org.openprov.api.registry;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Rules the registry asks before it changes a device, published by the entitlement bundle.
 * Each method refuses by throwing {@link RegistryException} with a message for the
 * administrator.
 *
 * <p>While no guard is registered, the registry adds devices on the monthly plan only, refuses
 * {@link PlanChoice#PROVISIONING_PLUS}, and refuses changes to Provisioning Plus devices, since
 * it cannot tell whether they are expired.
 */
@ProviderType
public interface DeviceGuard {

    /**
     * Decides the plan of a device about to be added to a provider.
     *
     * @param providerName the provider
     * @param choice what the administrator asked for
     * @return true for Provisioning Plus, false for the monthly plan
     * @throws RegistryException if the provider may not have what was asked
     */
    boolean planForNewDevice(String providerName, PlanChoice choice);

    /**
     * @param device the device about to change
     * @param change what would change, e.g. {@code line 2}, for the message
     * @throws RegistryException if the device may not be changed now
     */
    void checkChange(Device device, String change);

    /**
     * @param device the device whose plan would switch
     * @param provisioningPlus the plan asked for
     * @throws RegistryException if the plan may not be switched
     */
    void checkPlanChange(Device device, boolean provisioningPlus);
}
