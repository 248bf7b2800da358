/**
 * The Grandstream generator: recognises the file names Grandstream phones ask for and writes
 * their XML "P-value" configuration files. Private to the bundle; other bundles reach it only
 * through the {@link org.openprov.api.generator.ConfigGenerator} service.
 *
 * <p>A device file {@code cfg<mac>.xml} is written from the device's resolved configuration: its
 * SIP accounts with their per-account settings ({@code GrandstreamAccounts},
 * {@code AccountParameters}, {@code GrandstreamCodecs}), the device-wide settings
 * ({@code GrandstreamSettings}, {@code GrandstreamTimeZone}), the keys ({@code GrandstreamKeys},
 * {@code KeyLayout}, {@code KeySlot}) and last the raw settings, all through
 * {@code PValueFile}, which escapes every value and keeps one element per parameter. The
 * phone's fetch access, when the endpoint gives one, is written by {@code GrandstreamAccess}.
 * The common files {@code cfg<model>.xml} and {@code cfg.xml} hold no parameter.
 *
 * <p>Parameter numbers come from Grandstream's configuration templates: GXP16xx firmware
 * 1.0.4.33, GXP17xx firmware 1.0.1.133 and GXP2130/2135/2140/2160/2170 firmware 1.0.9.127. The
 * model table {@code grandstream-models.tsv} names them and marks what could not be checked.
 */
package org.openprov.vendor.grandstream.internal;
