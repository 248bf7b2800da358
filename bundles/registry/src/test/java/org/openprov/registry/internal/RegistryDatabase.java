package org.openprov.registry.internal;

import java.time.Clock;
import org.openprov.api.registry.DeviceRegistry;
import org.openprov.testing.DerbyDatabase;

/** A fresh Derby database per test that can also open the registry on itself. */
public final class RegistryDatabase extends DerbyDatabase {

    /**
     * @param clock the registry's clock
     * @return a registry on this database, its schema migrated, as the distribution runs it:
     *         the database's only writer, keeping change stamps and devices in memory
     */
    public DeviceRegistry registry(Clock clock) {
        return new JdbcDeviceRegistry(dataSource, clock, true);
    }

    /**
     * @param clock the registry's clock
     * @return a registry on this database that reads everything from it, as each of several
     *         nodes sharing a database does
     */
    public DeviceRegistry sharedRegistry(Clock clock) {
        return new JdbcDeviceRegistry(dataSource, clock, false);
    }
}
