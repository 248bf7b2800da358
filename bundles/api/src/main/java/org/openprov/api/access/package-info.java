/**
 * Who may fetch a phone's files: the seam between the endpoint and the bundle that owns fetch
 * credentials, first contact and bans.
 *
 * <p>The endpoint describes each request for a device-specific file as a {@link
 * org.openprov.api.access.FetchAttempt} and asks the {@link org.openprov.api.access.FetchAccess}
 * service for a {@link org.openprov.api.access.AccessVerdict}. Without that service the endpoint
 * serves common files only and answers 503 for device files: it fails closed.
 */
@Export
@Version("1.2.0")
package org.openprov.api.access;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
