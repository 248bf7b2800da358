/**
 * The Yealink generator: recognises the file names Yealink phones ask for and writes their
 * {@code key = value} configuration files. Private to the bundle; other bundles reach it only
 * through the {@link org.openprov.api.generator.ConfigGenerator} service.
 */
package org.openprov.vendor.yealink.internal;
