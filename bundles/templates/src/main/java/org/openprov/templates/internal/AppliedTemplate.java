package org.openprov.templates.internal;

import org.openprov.api.settings.Template;

/**
 * A template that applies to one device, with what precedence needs beyond the template.
 *
 * @param id the template's id; a later-created template has a higher one
 * @param template the template with its values
 * @param assigned whether it is assigned to the device, rather than applied by auto-apply
 */
record AppliedTemplate(long id, Template template, boolean assigned) {
}
