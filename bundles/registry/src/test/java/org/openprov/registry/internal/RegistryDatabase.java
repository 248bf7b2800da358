package org.openprov.registry.internal;

import java.time.Clock;
import org.openprov.api.registry.DeviceRegistry;
import org.openprov.testing.DerbyDatabase;

/** A fresh Derby database per test that can also open the registry on itself. */
public final class RegistryDatabase extends DerbyDatabase {

    /**
     * @param clock the registry's clock
     * @return a registry on this database, its schema migrated
     */
    public DeviceRegistry registry(Clock clock) {
        return new JdbcDeviceRegistry(dataSource, clock);
    }
}
