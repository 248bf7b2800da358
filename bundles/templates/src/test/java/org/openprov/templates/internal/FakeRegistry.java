package org.openprov.templates.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;
import org.openprov.api.registry.Customer;
import org.openprov.api.registry.Delivery;
import org.openprov.api.registry.Device;
import org.openprov.api.registry.DeviceFacts;
import org.openprov.api.registry.DeviceRegistry;
import org.openprov.api.registry.Mac;
import org.openprov.api.registry.NewDevice;
import org.openprov.api.registry.Provider;
import org.openprov.api.registry.SipLine;

/**
 * An in-memory registry of providers, customers and phones, with what the template tests need
 * to make phones directly. What the templates bundle never calls throws.
 */
public final class FakeRegistry implements DeviceRegistry {

    private final Map<String, Provider> providers = new TreeMap<>();
    private final List<Customer> customers = new ArrayList<>();
    private final Map<Mac, Device> devices = new TreeMap<>();

    /**
     * @param provider a provider to add
     * @param customerNames its customers
     * @return this registry
     */
    public FakeRegistry tenant(String provider, String... customerNames) {
        addProvider(provider);
        for (String customer : customerNames) {
            addCustomer(provider, customer);
        }
        return this;
    }

    /**
     * Registers a phone on the monthly plan.
     *
     * @param mac any form
     * @param path {@code provider/customer}
     * @param vendor a vendor id
     * @param model a model id
     * @return the phone
     */
    public Device phone(String mac, String path, String vendor, String model) {
        String[] names = path.split("/");
        return put(new Device(Mac.parse(mac), names[0], names[1], vendor, model, "",
                Instant.EPOCH, false, Optional.empty(), List.of(), Map.of()));
    }

    /**
     * Registers a Provisioning Plus phone that has received its configuration, so that the
     * entitlement service can call it EXPIRED.
     */
    public Device plusPhone(String mac, String path, String vendor, String model) {
        Device d = phone(mac, path, vendor, model);
        return put(new Device(d.mac(), d.providerName(), d.customerName(), d.vendor(),
                d.model(), "", Instant.EPOCH, true, Optional.of(Instant.EPOCH), List.of(),
                Map.of()));
    }

    /** Gives a phone one value of its own, as device:setting-set does. */
    public Device own(Device device, String setting, String value) {
        Map<String, String> settings = new HashMap<>(device.settings());
        settings.put(setting, value);
        return put(new Device(device.mac(), device.providerName(), device.customerName(),
                device.vendor(), device.model(), device.label(), device.createdAt(),
                device.provisioningPlus(), device.firstDeliveredAt(), device.lines(),
                settings));
    }

    private synchronized Device put(Device device) {
        devices.put(device.mac(), device);
        return device;
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
        throw new UnsupportedOperationException();
    }

    @Override
    public synchronized Optional<Device> device(Mac mac) {
        return Optional.ofNullable(devices.get(mac));
    }

    @Override
    public synchronized List<Device> devices(String providerName, String customerName) {
        return devices.values().stream()
                .filter(d -> providerName == null || d.providerName().equals(providerName))
                .filter(d -> customerName == null || d.customerName().equals(customerName))
                .toList();
    }

    @Override
    public synchronized boolean removeDevice(Mac mac) {
        return devices.remove(mac) != null;
    }

    @Override
    public List<DeviceFacts> devicesExisting(String providerName, Instant from, Instant to) {
        throw new UnsupportedOperationException();
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
    public void keepServedFile(Mac mac, String fileName, byte[] maskedBody) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Optional<byte[]> servedFile(Mac mac, String fileName) {
        throw new UnsupportedOperationException();
    }

    @Override
    public OptionalLong changeStamp(Mac mac) {
        throw new UnsupportedOperationException();
    }
}
