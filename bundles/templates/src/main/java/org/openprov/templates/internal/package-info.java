/**
 * Templates, implemented: {@link org.openprov.templates.internal.Precedence} (which templates
 * apply to a device and which value wins, as pure functions), the entry checks ({@link
 * org.openprov.templates.internal.LockCheck}, {@link
 * org.openprov.templates.internal.KeyCapacity}, {@link
 * org.openprov.templates.internal.TemplateRules}), the {@link
 * org.openprov.templates.internal.Freezer} that keeps an EXPIRED device's configuration, and
 * {@link org.openprov.templates.internal.JdbcTemplateService}, the {@code TemplateService} and
 * {@code ConfigResolver} on the registry's data source, with tables and a versioned schema of
 * its own.
 *
 * <p>Nothing here is exported; other bundles use the services of {@code org.openprov.api}.
 */
package org.openprov.templates.internal;
