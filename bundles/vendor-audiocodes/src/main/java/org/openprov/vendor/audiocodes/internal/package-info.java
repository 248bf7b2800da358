/**
 * The AudioCodes generator: recognises the file names AudioCodes 400HD phones ask for and writes
 * their {@code name=value} configuration files. Private to the bundle; other bundles reach it
 * only through the {@link org.openprov.api.generator.ConfigGenerator} service.
 *
 * <p>A device file is written from the device's resolved configuration: its lines and SIP
 * proxy ({@code AudioCodesLines}), the device-wide settings ({@code AudioCodesSettings},
 * {@code AudioCodesTimeZone}), the fetch access ({@code AudioCodesAccess}), the programmable
 * keys ({@code AudioCodesKeys}) and last the raw settings, all through
 * {@code AudioCodesCfgWriter}, which keeps one line per parameter and makes every value fit
 * one line.
 */
package org.openprov.vendor.audiocodes.internal;
