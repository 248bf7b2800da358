/**
 * The Snom generator: recognises the file names Snom desk phones (D3xx, D7xx, D8xx, 7xx, 3xx)
 * ask for and writes their XML settings documents. Private to the bundle; other bundles reach
 * it only through the {@link org.openprov.api.generator.ConfigGenerator} service.
 *
 * <p>A phone whose setting server names no file fetches {@code snom<model>.htm}, then
 * {@code snom<model>-<MAC>.htm} (Snom wiki, "Auto Provisioning"). The first is the common file
 * ({@code SnomCommonFile}); the second, and {@code <MAC>.xml} for phones whose setting server
 * names that file, carry the device's own settings ({@code SnomDeviceFile}): its identities
 * ({@code SnomIdentities}, {@code SnomCodecs}), the device-wide settings ({@code SnomSettings},
 * {@code SnomTimeZone}), the fetch access ({@code SnomAccess}), the function keys
 * ({@code SnomKeys}, {@code SnomLabels}) and last the raw settings, all through
 * {@code SnomXmlWriter}, which keeps one element per setting.
 */
package org.openprov.vendor.snom.internal;
