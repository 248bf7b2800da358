/**
 * Provisioning Plus, implemented: {@link org.openprov.entitlement.internal.PlanRules} (the
 * rules as pure functions), {@link org.openprov.entitlement.internal.JdbcEntitlementService}
 * (the {@code EntitlementService} and {@code DeviceGuard} on the registry's data source, with
 * tables and a versioned schema of its own), the
 * {@link org.openprov.entitlement.internal.ExpiryWatch} that announces expiries, and the
 * {@link org.openprov.entitlement.internal.WindowStartAnnouncer}.
 *
 * <p>Nothing here is exported; other bundles use the services of {@code org.openprov.api}.
 */
package org.openprov.entitlement.internal;
