/**
 * The Fanvil generator: recognises the file names Fanvil X, V, i and H series phones ask for
 * and writes their sectioned text configuration files ({@code <<VOIP CONFIG FILE>>}). Private
 * to the bundle; other bundles reach it only through the
 * {@link org.openprov.api.generator.ConfigGenerator} service.
 *
 * <p>A device file is written from the device's resolved configuration: its lines
 * ({@code FanvilLines}, {@code FanvilCodecs}), the device-wide settings
 * ({@code FanvilSettings}, {@code FanvilTimeZone}), the keys ({@code FanvilKeys} on the pages
 * of {@code FanvilKeyLayout}), the fetch access ({@code FanvilAccess}) and last the raw
 * settings ({@code FanvilRaw}), all through {@code FanvilCfgWriter}, which keeps each
 * parameter in its module and subsection once.
 */
package org.openprov.vendor.fanvil.internal;
