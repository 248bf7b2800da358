/**
 * The seam through which the endpoint asks whether a device may be served.
 *
 * <p>A {@link org.openprov.api.serving.ServingGate} service is optional: the entitlement bundle
 * publishes one. Whether a delivery is a device's first is not the gate's business: the registry
 * records that fact atomically when the endpoint records the delivery, so it is never lost while
 * the gate's bundle is stopped.
 */
@Export
@Version("1.0.0")
package org.openprov.api.serving;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
