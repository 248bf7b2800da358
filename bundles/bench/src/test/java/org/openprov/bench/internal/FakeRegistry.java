package org.openprov.bench.internal;

import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.openprov.api.registry.Customer;
import org.openprov.api.registry.Device;
import org.openprov.api.registry.DeviceRegistry;
import org.openprov.api.registry.Mac;
import org.openprov.api.registry.NewDevice;
import org.openprov.api.registry.Provider;
import org.openprov.api.registry.RegistryException;
import org.openprov.api.registry.SipLine;

/**
 * A device registry in memory with just what the benchmark calls, recording every call; any
 * other method fails the test.
 */
public final class FakeRegistry {

    private static final Instant AT = Instant.parse("2026-11-02T10:00:00Z");

    /** Every call by method name and first argument, in order. */
    public final List<String> calls = new ArrayList<>();
    /** The registered devices by MAC. */
    public final Map<Mac, Device> devices = new TreeMap<>();
    private final List<Provider> providers = new ArrayList<>();
    private final List<Customer> customers = new ArrayList<>();

    /** @return the registry, as the service */
    public DeviceRegistry registry() {
        return (DeviceRegistry) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {DeviceRegistry.class}, (proxy, method, args) -> {
                    String name = method.getName();
                    if (!name.equals("providers")) {
                        calls.add(name + " " + (args == null ? "" : args[0]));
                    }
                    return switch (name) {
                        case "providers" -> List.copyOf(providers);
                        case "customers" -> customersOf((String) args[0]);
                        case "addProvider" -> addProvider((String) args[0]);
                        case "addCustomer" -> addCustomer((String) args[0], (String) args[1]);
                        case "addDevice" -> addDevice((NewDevice) args[0]);
                        case "setLine" -> setLine((Mac) args[0], (SipLine) args[1]);
                        case "devices" -> devicesOf((String) args[0]);
                        default -> throw new UnsupportedOperationException(name);
                    };
                });
    }

    private Provider addProvider(String name) {
        Provider added = new Provider(providers.size() + 1, name, AT);
        providers.add(added);
        return added;
    }

    private Customer addCustomer(String provider, String name) {
        Customer added = new Customer(customers.size() + 1, provider, name, AT);
        customers.add(added);
        return added;
    }

    private List<Customer> customersOf(String provider) {
        return customers.stream().filter(c -> c.providerName().equals(provider)).toList();
    }

    private synchronized Device addDevice(NewDevice d) {
        if (devices.containsKey(d.mac())) {
            throw new RegistryException("MAC " + d.mac() + " is already registered");
        }
        Device added = new Device(d.mac(), d.providerName(), d.customerName(), d.vendor(),
                d.model(), d.label(), AT, false, Optional.empty(), List.of(), Map.of());
        devices.put(d.mac(), added);
        return added;
    }

    private synchronized Device setLine(Mac mac, SipLine line) {
        Device d = devices.get(mac);
        Device changed = new Device(mac, d.providerName(), d.customerName(), d.vendor(),
                d.model(), d.label(), AT, false, Optional.empty(), List.of(line), Map.of());
        devices.put(mac, changed);
        return changed;
    }

    private List<Device> devicesOf(String provider) {
        return devices.values().stream().filter(d -> d.providerName().equals(provider))
                .toList();
    }
}
