/**
 * Fetch access, implemented: {@link org.openprov.access.internal.JdbcFetchAccess} (the
 * {@code FetchAccess} service and the {@link org.openprov.access.internal.AccessAdmin} the
 * console uses), per-provider {@link org.openprov.access.internal.Policy policies},
 * per-device {@link org.openprov.access.internal.Credentials}, HTTP
 * {@link org.openprov.access.internal.Digest} and Basic checks, {@link
 * org.openprov.access.internal.Bans} of sources that fail too often, and the {@link
 * org.openprov.access.internal.FetchLog} audit.
 *
 * <p>Nothing here is exported; other bundles use the services of {@code org.openprov.api}.
 */
package org.openprov.access.internal;
