package org.openprov.entitlement.internal;

import org.openprov.testing.DerbyDatabase;
import java.time.Clock;
import java.time.Duration;
import org.openprov.api.registry.DeviceRegistry;

/** Builds the service as DS would, without the expiry watch's timer, for other packages. */
public final class Services {

    private Services() {
    }

    /**
     * @param db the database
     * @param registry the devices
     * @param clock the platform's clock
     * @param events receives the events
     * @return a service activated with {@code windowDays = 30}
     */
    public static JdbcEntitlementService entitlements(DerbyDatabase db, DeviceRegistry registry,
            Clock clock, RecordingEventAdmin events) {
        return entitlements(db, registry, clock, events, 30);
    }

    /**
     * @param db the database
     * @param registry the devices
     * @param clock the platform's clock
     * @param events receives the events
     * @param windowDays the configured window length, valid or not
     * @return a service activated with that configuration, as DS does on every change
     */
    public static JdbcEntitlementService entitlements(DerbyDatabase db, DeviceRegistry registry,
            Clock clock, RecordingEventAdmin events, int windowDays) {
        JdbcEntitlementService service = unactivated(db, registry, clock, windowDays);
        service.eventAdmin = events;
        service.recordWindowLength();
        return service;
    }

    /**
     * @return a service constructed and bound to the clock, its activation left to the test
     */
    static JdbcEntitlementService unactivated(DerbyDatabase db, DeviceRegistry registry,
            Clock clock, int windowDays) {
        JdbcEntitlementService service = new JdbcEntitlementService(db.dataSource(), registry,
                windowDays, Duration.ofMinutes(1));
        service.clock = clock;
        return service;
    }
}
