/**
 * The Yealink generator: recognises the file names Yealink phones ask for and writes their
 * {@code key = value} configuration files. Private to the bundle; other bundles reach it only
 * through the {@link org.openprov.api.generator.ConfigGenerator} service.
 *
 * <p>A device file is written from the device's resolved configuration: its accounts and
 * per-account settings ({@code YealinkAccounts}, {@code YealinkCodecs}), the device-wide
 * settings ({@code YealinkSettings}, {@code YealinkTimeZone}), the line keys
 * ({@code YealinkKeys}, {@code YealinkKeyTypes}, {@code YealinkLabels}) and last the raw
 * settings, all through {@code YealinkCfgWriter}, which keeps one line per parameter. The
 * phone's fetch access, when the endpoint gives one, is written by {@code YealinkAccess}.
 */
package org.openprov.vendor.yealink.internal;
