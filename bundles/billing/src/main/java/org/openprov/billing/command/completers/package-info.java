/**
 * Tab completion for the billing commands: provider names, read from the registry when Tab is
 * pressed, and recent months by the platform clock.
 */
package org.openprov.billing.command.completers;
