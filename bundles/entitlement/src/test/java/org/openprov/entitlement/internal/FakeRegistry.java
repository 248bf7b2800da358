package org.openprov.entitlement.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.openprov.api.registry.Customer;
import org.openprov.api.registry.Delivery;
import org.openprov.api.registry.Device;
import org.openprov.api.registry.DeviceFacts;
import org.openprov.api.registry.DeviceRegistry;
import org.openprov.api.registry.Mac;
import org.openprov.api.registry.NewDevice;
import org.openprov.api.registry.PlanChoice;
import org.openprov.api.registry.Provider;
import org.openprov.api.registry.SipLine;

/**
 * An in-memory registry of providers, customers and devices, with what the entitlement tests
 * need to set a device's plan and first delivery directly. What the entitlement bundle never
 * calls throws.
 */
public final class FakeRegistry implements DeviceRegistry {

    private final Map<String, Provider> providers = new TreeMap<>();
    private final List<Customer> customers = new ArrayList<>();
    private final Map<Mac, Device> devices = new ConcurrentHashMap<>();

    /** Adds a provider with one customer, {@code main}. */
    public FakeRegistry tenant(String provider) {
        addProvider(provider);
        addCustomer(provider, "main");
        return this;
    }

    /**
     * @param mac the MAC, any form
     * @param provider an existing provider; the device goes to its customer {@code main}
     * @param plus Provisioning Plus or the monthly plan
     * @param createdAt when it was added
     * @return the device
     */
    public Device device(String mac, String provider, boolean plus, Instant createdAt) {
        Device device = new Device(Mac.parse(mac), provider, "main", "yealink", "T54W", "",
                createdAt, plus, Optional.empty(), List.of(), Map.of());
        devices.put(device.mac(), device);
        return device;
    }

    /** Records the device's first delivery, as the registry does on the first HTTP 200. */
    public Device deliver(Device device, Instant at) {
        Device delivered = new Device(device.mac(), device.providerName(),
                device.customerName(), device.vendor(), device.model(), device.label(),
                device.createdAt(), device.provisioningPlus(), Optional.of(at), List.of(),
                Map.of());
        devices.put(delivered.mac(), delivered);
        return delivered;
    }

    @Override
    public synchronized Provider addProvider(String name) {
        Provider provider = new Provider(providers.size() + 1, name, Instant.EPOCH);
        providers.put(name, provider);
        return provider;
    }

    @Override
    public synchronized List<Provider> providers() {
        return List.copyOf(providers.values());
    }

    @Override
    public synchronized Optional<Provider> provider(String name) {
        return Optional.ofNullable(providers.get(name));
    }

    @Override
    public synchronized Customer addCustomer(String providerName, String name) {
        Customer customer = new Customer(customers.size() + 1, providerName, name,
                Instant.EPOCH);
        customers.add(customer);
        return customer;
    }

    @Override
    public synchronized List<Customer> customers(String providerName) {
        return customers.stream().filter(c -> providerName == null
                || c.providerName().equals(providerName)).toList();
    }

    @Override
    public Device addDevice(NewDevice device) {
        boolean plus = device.plan() == PlanChoice.PROVISIONING_PLUS;
        return device(device.mac().hex(), device.providerName(), plus, Instant.EPOCH);
    }

    @Override
    public Optional<Device> device(Mac mac) {
        return Optional.ofNullable(devices.get(mac));
    }

    @Override
    public List<Device> devices(String providerName, String customerName) {
        return devices.values().stream()
                .filter(d -> providerName == null || d.providerName().equals(providerName))
                .filter(d -> customerName == null || d.customerName().equals(customerName))
                .sorted((a, b) -> a.mac().compareTo(b.mac())).toList();
    }

    @Override
    public boolean removeDevice(Mac mac) {
        return devices.remove(mac) != null;
    }

    @Override
    public List<DeviceFacts> devicesExisting(String providerName, Instant from, Instant to) {
        // Removed devices are forgotten here: only those registered now.
        return devices.values().stream()
                .filter(d -> providerName == null || d.providerName().equals(providerName))
                .filter(d -> d.createdAt().isBefore(to))
                .map(d -> new DeviceFacts(d.mac(), d.providerName(), d.customerName(),
                        d.provisioningPlus(), d.createdAt(), Optional.empty(),
                        d.firstDeliveredAt()))
                .toList();
    }

    @Override
    public Device setLine(Mac mac, SipLine line) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Device removeLine(Mac mac, int number) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Device setSetting(Mac mac, String setting, String value) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Device unsetSetting(Mac mac, String setting) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void keepServedFile(Mac mac, String fileName, byte[] maskedBody) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Optional<byte[]> servedFile(Mac mac, String fileName) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Device setProvisioningPlus(Mac mac, boolean provisioningPlus) {
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean recordDelivery(Delivery delivery) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<Delivery> deliveries(Mac mac, int limit) {
        throw new UnsupportedOperationException();
    }

    @Override
    public OptionalLong changeStamp(Mac mac) {
        throw new UnsupportedOperationException();
    }
}
