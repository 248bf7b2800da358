package org.openprov.templates.internal;

import java.util.List;
import org.openprov.testing.DerbyDatabase;
import org.openprov.testing.MovableClock;

/** Builds the service as DS would bind it, for the tests of every package. */
public final class Services {

    private Services() {
    }

    /**
     * @param db the database
     * @param registry the phones
     * @param clock the platform's clock
     * @param entitlements the entitlement service, or null for none
     * @return the service with the Yealink and Poly generators present
     */
    public static JdbcTemplateService templates(DerbyDatabase db, FakeRegistry registry,
            MovableClock clock, FakeEntitlements entitlements) {
        JdbcTemplateService service = new JdbcTemplateService(db.dataSource(), registry);
        service.clock = clock;
        service.entitlements = entitlements;
        service.generators = List.of(FakeGenerator.yealink(), FakeGenerator.polycom());
        return service;
    }
}
