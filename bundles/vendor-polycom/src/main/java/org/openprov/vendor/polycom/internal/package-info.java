/**
 * The Poly (Polycom) generator: recognises the master and per-phone file names of Poly UC
 * Software and Poly Voice OS phones and writes their XML configuration files. Private to the
 * bundle; other bundles reach it only through the
 * {@link org.openprov.api.generator.ConfigGenerator} service.
 *
 * <p>A device file is written from the device's resolved configuration by
 * {@code PolycomDeviceFile}, with the device-wide settings ({@code PolycomSettings},
 * {@code PolycomTimeZone}, {@code PolycomCodecs}), the key layout ({@code PolycomKeys}) and,
 * when the endpoint gives one, the phone's fetch access ({@code PolycomAccess}), all through
 * {@code PolycomXmlWriter}, which escapes every value and writes each parameter once.
 */
package org.openprov.vendor.polycom.internal;
