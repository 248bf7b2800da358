package org.openprov.billing.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
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
 * An in-memory registry that keeps each device's history as {@link DeviceFacts}, removed
 * devices included, and answers {@link #devicesExisting} as the API documents it. Tests set
 * plans, first deliveries and removals directly. What billing never calls throws.
 */
public final class FakeRegistry implements DeviceRegistry {

    private final Map<String, Provider> providers = new TreeMap<>();
    private final List<DeviceFacts> history = new ArrayList<>();
    private volatile Consumer<String> onRead = provider -> { };

    /** Adds a provider. */
    public synchronized FakeRegistry tenant(String provider) {
        addProvider(provider);
        return this;
    }

    /**
     * Registers a device.
     *
     * @param mac any form
     * @param provider an existing provider
     * @param customer its customer
     * @param plus Provisioning Plus or the monthly plan
     * @param createdAt ISO-8601
     * @return its MAC
     */
    public synchronized Mac add(String mac, String provider, String customer, boolean plus,
            String createdAt) {
        Mac parsed = Mac.parse(mac);
        history.add(new DeviceFacts(parsed, provider, customer, plus, Instant.parse(createdAt),
                Optional.empty(), Optional.empty()));
        return parsed;
    }

    /** Records the registered device's first delivery, which starts a window. */
    public synchronized void deliver(Mac mac, String at) {
        change(mac, f -> new DeviceFacts(f.mac(), f.providerName(), f.customerName(),
                f.provisioningPlus(), f.createdAt(), f.removedAt(),
                Optional.of(Instant.parse(at))));
    }

    /** Removes the registered device, keeping its facts. */
    public synchronized void remove(Mac mac, String at) {
        change(mac, f -> new DeviceFacts(f.mac(), f.providerName(), f.customerName(),
                f.provisioningPlus(), f.createdAt(), Optional.of(Instant.parse(at)),
                f.firstDeliveredAt()));
    }

    /** Renames the registered device's customer, as if facts changed after a close. */
    public synchronized void moveTo(Mac mac, String customer) {
        change(mac, f -> new DeviceFacts(f.mac(), f.providerName(), customer,
                f.provisioningPlus(), f.createdAt(), f.removedAt(), f.firstDeliveredAt()));
    }

    /** @param hook run with the provider's name each time its devices are read */
    public void onRead(Consumer<String> hook) {
        onRead = hook;
    }

    /** @return the registered device's facts */
    public synchronized DeviceFacts facts(Mac mac) {
        return history.stream().filter(f -> f.mac().equals(mac) && f.removedAt().isEmpty())
                .findFirst().orElseThrow(() -> new IllegalStateException(mac + " is not"
                        + " registered"));
    }

    private void change(Mac mac, UnaryOperator<DeviceFacts> change) {
        DeviceFacts now = facts(mac);
        history.set(history.indexOf(now), change.apply(now));
    }

    /** As documented: registered now and added before {@code to}, or removed at or after from. */
    @Override
    public List<DeviceFacts> devicesExisting(String providerName, Instant from, Instant to) {
        if (providerName != null) {
            onRead.accept(providerName);
        }
        synchronized (this) {
            return history.stream()
                    .filter(f -> providerName == null || f.providerName().equals(providerName))
                    .filter(f -> f.removedAt().isEmpty() ? f.createdAt().isBefore(to)
                            : !f.removedAt().get().isBefore(from))
                    .sorted(Comparator.comparing(DeviceFacts::providerName)
                            .thenComparing(DeviceFacts::mac)
                            .thenComparing(DeviceFacts::createdAt))
                    .toList();
        }
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
        return Optional.ofNullable(name == null ? null : providers.get(name));
    }

    @Override
    public Customer addCustomer(String providerName, String name) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<Customer> customers(String providerName) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Device addDevice(NewDevice device) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Optional<Device> device(Mac mac) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<Device> devices(String providerName, String customerName) {
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean removeDevice(Mac mac) {
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
