/**
 * The vendor-neutral settings model: the vocabulary of settings ({@link
 * org.openprov.api.settings.Setting}), raw vendor settings, typed line keys ({@link
 * org.openprov.api.settings.LineKey}), the templates that apply them across the provider and
 * customer hierarchy ({@link org.openprov.api.settings.TemplateService}), and the resolved
 * result a generator renders ({@link org.openprov.api.settings.DeviceConfig}).
 *
 * <p>Every value is validated where it is entered, by {@link
 * org.openprov.api.settings.SettingKeys#validate}, so a generator only ever sees values that
 * passed their rule; it still escapes each one for where it lands.
 */
@Export
@Version("1.1.0")
package org.openprov.api.settings;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
