/**
 * The contract of a vendor bundle: a {@link org.openprov.api.generator.ConfigGenerator}
 * published as a whiteboard service, and the helpers every generator needs to write a vendor's
 * format correctly (escaping, model tables, time-zone rules).
 *
 * <p>Lifecycle of one phone request, as the endpoint drives it:
 * <ol>
 * <li>the endpoint offers the requested file name and the User-Agent to every generator present
 * at that moment ({@link org.openprov.api.generator.ConfigGenerator#recognise});</li>
 * <li>a common file ({@link org.openprov.api.generator.FileKind#COMMON}) is rendered at once,
 * without any device: it must never contain a secret;</li>
 * <li>a device file names a MAC; the endpoint looks the device up and hands it to the generator
 * of the device's own vendor, if that generator recognised the name.</li>
 * </ol>
 * A generator keeps no state between calls and may be called from many threads at once.
 */
@Export
@Version("1.0.0")
package org.openprov.api.generator;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
