package org.openprov.api.registry;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Providers, customers and devices, persisted through a JDBC {@code DataSource}.
 *
 * <p>Every method that changes something throws {@link RegistryException} for a user mistake and
 * {@link IllegalStateException} when storage fails. Lists are never null.
 */
@ProviderType
public interface DeviceRegistry {

    /**
     * EventAdmin topic posted when a device receives its first configuration, with the
     * properties {@code mac} (String), {@code provider}, {@code customer}, {@code file} and
     * {@code at} (epoch milliseconds). The fact itself is persisted before the event is posted.
     */
    String TOPIC_FIRST_DELIVERY = "org/openprov/registry/FIRST_DELIVERY";

    /**
     * EventAdmin topic posted when a device is removed, with the property {@code mac}
     * (String), after the removal is committed; bundles that keep facts by MAC drop theirs.
     */
    String TOPIC_DEVICE_REMOVED = "org/openprov/registry/DEVICE_REMOVED";

    /**
     * @param name a new provider's unique name
     * @return the provider added
     */
    Provider addProvider(String name);

    /** @return every provider, by name */
    List<Provider> providers();

    /**
     * @param name a provider's name
     * @return the provider, if it exists
     */
    Optional<Provider> provider(String name);

    /**
     * @param providerName an existing provider
     * @param name the new customer's name, unique within the provider
     * @return the customer added
     */
    Customer addCustomer(String providerName, String name);

    /**
     * @param providerName a provider, or null for every provider's customers
     * @return the customers, by provider then name
     */
    List<Customer> customers(String providerName);

    /**
     * Registers a phone. The vendor and model are stored as given; checking them against the
     * installed generators is the caller's job.
     *
     * @param device what to register
     * @return the device as stored
     * @throws RegistryException if the MAC is taken or the provider or customer is unknown
     */
    Device addDevice(NewDevice device);

    /**
     * @param mac a MAC
     * @return the device, if registered
     */
    Optional<Device> device(Mac mac);

    /**
     * @param providerName a provider, or null for all
     * @param customerName a customer of that provider, or null for all
     * @return the matching devices, ordered by MAC
     */
    List<Device> devices(String providerName, String customerName);

    /**
     * Every device that was registered at some time in {@code [from, to)}: those registered
     * now and added before {@code to}, and those removed at or after {@code from}. For billing.
     *
     * @param providerName a provider, or null for all
     * @param from inclusive
     * @param to exclusive
     * @return the devices' facts, ordered by provider, then MAC, then when they were added
     */
    List<DeviceFacts> devicesExisting(String providerName, Instant from, Instant to);

    /**
     * Removes a phone with its lines, settings and delivery records; what billing needs of it
     * is kept (see {@link #devicesExisting}).
     *
     * @param mac a MAC
     * @return whether a device was removed
     */
    boolean removeDevice(Mac mac);

    /**
     * Sets (adds or replaces) the SIP account on line {@code line.number()}.
     *
     * @param mac a registered device
     * @param line the account
     * @return the device after the change
     */
    Device setLine(Mac mac, SipLine line);

    /**
     * @param mac a registered device
     * @param number the line to clear
     * @return the device after the change
     */
    Device removeLine(Mac mac, int number);

    /**
     * Sets a device-level setting after validating the value ({@link
     * org.openprov.api.settings.SettingKeys#validate}). Refused when a template that reaches
     * the device locked the setting, naming the lock.
     *
     * @param mac a registered device
     * @param setting the setting's name as typed: vocabulary, {@code key.<n>} or
     *        {@code raw.<vendor>.<name>}
     * @param value its new value
     * @return the device after the change
     */
    Device setSetting(Mac mac, String setting, String value);

    /**
     * @param mac a registered device
     * @param setting the name of the setting to clear, as typed
     * @return the device after the change
     */
    Device unsetSetting(Mac mac, String setting);

    /**
     * Switches a device between Provisioning Plus and the monthly plan, which is allowed only
     * until its first configuration was delivered; checked atomically against deliveries.
     *
     * @param mac a registered device
     * @param provisioningPlus the plan
     * @return the device after the change
     */
    Device setProvisioningPlus(Mac mac, boolean provisioningPlus);

    /**
     * Records a successful delivery of a device's own file. The first delivery of a device also
     * sets its {@link Device#firstDeliveredAt()}, exactly once even when several deliveries are
     * recorded at the same moment, on this node or another sharing the database.
     *
     * @param delivery what was served
     * @return true if this was the device's first delivery
     */
    boolean recordDelivery(Delivery delivery);

    /**
     * @param mac a device
     * @param limit the most records to return
     * @return its latest deliveries, newest first
     */
    List<Delivery> deliveries(Mac mac, int limit);

    /**
     * Keeps the file a device just received under a name, replacing the one before, so that
     * the console can show what changed since. Writes nothing when the bytes are the same.
     *
     * @param mac the device
     * @param fileName the name it asked for
     * @param maskedBody the bytes it received, rendered from its {@link
     *        org.openprov.api.settings.DeviceConfig#masked() masked} configuration, so no
     *        secret is stored twice
     */
    void keepServedFile(Mac mac, String fileName, byte[] maskedBody);

    /**
     * @param mac a device
     * @param fileName a file name it asked for
     * @return the masked bytes it last received under that name, if any
     */
    Optional<byte[]> servedFile(Mac mac, String fileName);

    /**
     * A cheap check for caches: a number that differs after every change to the device (lines,
     * settings, plan), read without reading the device.
     *
     * @param mac a device
     * @return its change stamp, or empty if it is not registered
     */
    OptionalLong changeStamp(Mac mac);
}
