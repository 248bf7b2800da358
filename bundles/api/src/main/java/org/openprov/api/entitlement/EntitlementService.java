package org.openprov.api.entitlement;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.openprov.api.registry.Device;
import org.openprov.api.registry.Mac;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The Provisioning Plus state of devices, their licenses, and the providers' settings. User
 * mistakes throw {@link org.openprov.api.registry.RegistryException} with a message for the
 * administrator.
 */
@ProviderType
public interface EntitlementService {

    /** Posted when a Provisioning Plus device receives its first configuration. */
    String TOPIC_WINDOW_STARTED = "org/openprov/entitlement/WINDOW_STARTED";
    /** Posted once when a device's window has ended without a license. */
    String TOPIC_EXPIRED = "org/openprov/entitlement/EXPIRED";
    /** Posted for each license added; also has the properties {@code start} and {@code end}. */
    String TOPIC_LICENSE_ADDED = "org/openprov/entitlement/LICENSE_ADDED";

    /**
     * @return the length of a Provisioning Plus window starting now, 30 days by default; a
     *         window keeps the length in force when it started
     */
    Duration window();

    /**
     * @param device a registered device
     * @param at any instant, past or future
     * @return its standing at that instant
     */
    Entitlement entitlement(Device device, Instant at);

    /**
     * @param mac a device
     * @return its licenses, oldest first
     */
    List<License> licenses(Mac mac);

    /**
     * @param providerName a provider, or null for all
     * @param from inclusive
     * @param to exclusive
     * @return the licenses added in {@code [from, to)}, oldest first, for billing
     */
    List<License> licensesAdded(String providerName, Instant from, Instant to);

    /**
     * Adds one license to each device; refuses the devices that cannot take one (monthly
     * plan, no configuration delivered yet) and licenses the rest.
     *
     * @param macs the devices
     * @param at the add time
     * @return one outcome per device, in the order given
     */
    List<LicenseOutcome> addLicenses(List<Mac> macs, Instant at);

    /**
     * @param providerName a provider
     * @return its settings; disabled and not forced if never set
     */
    ProviderPlan providerPlan(String providerName);

    /** @return the settings of every provider that has any, by name */
    List<ProviderPlan> providerPlans();

    /**
     * Enables or disables Provisioning Plus for a provider (a platform operator's decision).
     *
     * @param providerName an existing provider
     * @param enabled the new setting
     * @return the provider's settings after the change
     */
    ProviderPlan setEnabled(String providerName, boolean enabled);

    /**
     * Forces Provisioning Plus onto every device added to a provider from now on, or stops
     * forcing it. Devices already added keep their plan.
     *
     * @param providerName a provider with Provisioning Plus enabled
     * @param forced the new setting
     * @return the provider's settings after the change
     */
    ProviderPlan setForced(String providerName, boolean forced);
}
