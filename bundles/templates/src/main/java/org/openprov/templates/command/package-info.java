/**
 * The template console commands, as Karaf shell actions on the
 * {@link org.openprov.api.settings.TemplateService}: {@code template:create},
 * {@code template:list}, {@code template:show}, {@code template:set}, {@code template:unset},
 * {@code template:key-set}, {@code template:key-unset}, {@code template:state},
 * {@code template:assign}, {@code template:unassign}, {@code template:devices} and
 * {@code template:remove}.
 *
 * <p>Every change prints one line saying what happened and how many devices the template
 * reaches now. A mistake in what was typed is a Karaf {@code CommandException} whose message
 * says what to do; Karaf prints it without a stack trace.
 */
package org.openprov.templates.command;
