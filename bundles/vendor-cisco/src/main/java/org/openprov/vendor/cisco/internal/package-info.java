/**
 * The Cisco generator: recognises the file names Cisco SPA and multiplatform (MPP) phones ask
 * for and writes their {@code <flat-profile>} XML files. Private to the bundle; other bundles
 * reach it only through the {@link org.openprov.api.generator.ConfigGenerator} service.
 *
 * <p>A bootstrap file ({@code CiscoBootstrapFile}) answers a phone's factory profile rule and
 * points it at its own file. A device file ({@code CiscoDeviceFile}) is written from the
 * device's resolved configuration in the dialect of its model's family ({@code CiscoFamily}):
 * its accounts and per-account settings ({@code CiscoLines}, {@code CiscoCodecs}), the
 * device-wide settings ({@code CiscoSettings}, {@code CiscoTimeZone}), the line keys
 * ({@code CiscoKeys}, {@code CiscoKeyTypes}, {@code CiscoLabels}) and last the raw settings,
 * all through {@code FlatProfile}, which keeps one escaped element per parameter. The phone's
 * fetch access, when the endpoint gives one, is written by {@code CiscoAccess}.
 */
package org.openprov.vendor.cisco.internal;
