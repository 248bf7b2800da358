package org.openprov.api.settings;

/**
 * A value a template sets.
 *
 * @param value the canonical value; a secret is included, never log it
 * @param locked whether lower levels are refused their own value for this setting
 */
public record TemplateValue(String value, boolean locked) {
}
