/**
 * The Poly (Polycom) generator: recognises the master and per-phone file names of Poly UC
 * Software and Poly Voice OS phones and writes their XML configuration files. Private to the
 * bundle; other bundles reach it only through the
 * {@link org.openprov.api.generator.ConfigGenerator} service.
 */
package org.openprov.vendor.polycom.internal;
