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
     * @return a service with a 30-day window
     */
    public static JdbcEntitlementService entitlements(DerbyDatabase db, DeviceRegistry registry,
            Clock clock, RecordingEventAdmin events) {
        JdbcEntitlementService service = new JdbcEntitlementService(db.dataSource(), registry,
                Duration.ofDays(30), Duration.ofMinutes(1));
        service.clock = clock;
        service.eventAdmin = events;
        return service;
    }
}
