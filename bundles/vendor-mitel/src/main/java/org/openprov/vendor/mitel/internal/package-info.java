/**
 * The Mitel (Aastra) generator: recognises the file names Mitel and Aastra SIP phones ask for
 * ({@code aastra.cfg}, {@code <model>.cfg}, {@code <MAC>.cfg}) and writes their
 * {@code name: value} configuration files. Private to the bundle; other bundles reach it only
 * through the {@link org.openprov.api.generator.ConfigGenerator} service.
 *
 * <p>A device file is written from the device's resolved configuration: its SIP lines
 * ({@code MitelLines}), the device-wide settings ({@code MitelSettings}, {@code MitelCodecs},
 * {@code MitelDialPlan}, {@code MitelTimeZone}), the fetch access ({@code MitelAccess}), the
 * keys ({@code MitelKeys}, {@code MitelKeyTypes}, {@code MitelKeyLayout}, {@code MitelLabels})
 * and last the raw settings, all through {@code MitelCfgWriter}, which keeps one line per
 * parameter and quotes what the format needs quoted.
 */
package org.openprov.vendor.mitel.internal;
