package org.openprov.access.internal;

import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.openprov.api.registry.Device;
import org.openprov.api.registry.DeviceRegistry;
import org.openprov.api.registry.Mac;
import org.openprov.api.registry.Provider;

/**
 * Fetch access on a test database with a registry that knows the phones put in
 * {@link #devices}, for tests outside this package (the commands').
 */
public final class AccessFixture {

    /** The registered phones. */
    public final Map<Mac, Device> devices = new ConcurrentHashMap<>();
    /** The registry the service and the commands see. */
    public final DeviceRegistry registry;
    /** The service. */
    public final JdbcFetchAccess access;

    /**
     * @param dataSource a fresh database
     * @param now the platform's time
     */
    public AccessFixture(DataSource dataSource, Instant now) {
        registry = (DeviceRegistry) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {DeviceRegistry.class}, (proxy, method, args) -> switch (
                        method.getName()) {
                    case "device" -> Optional.ofNullable(devices.get((Mac) args[0]));
                    case "provider" -> providers().stream()
                            .filter(p -> p.name().equals(args[0])).findFirst();
                    case "providers" -> providers();
                    case "devices" -> devices.values().stream()
                            .filter(d -> args[0] == null || d.providerName().equals(args[0]))
                            .sorted(java.util.Comparator.comparing(d -> d.mac().hex())).toList();
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        access = new JdbcFetchAccess(dataSource, registry, Settings.defaults());
        access.clock = Clock.fixed(now, java.time.ZoneOffset.UTC);
        access.refresh();
    }

    private List<Provider> providers() {
        return devices.values().stream().map(Device::providerName).distinct().sorted()
                .map(name -> new Provider(1, name, Instant.EPOCH)).toList();
    }

    /** Writes the audit lines queued so far. */
    public void flushAudit() throws InterruptedException {
        access.flushAudit();
    }
}
