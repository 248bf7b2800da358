/**
 * Tab completion for the Provisioning Plus commands: registered MACs, provider names and
 * customers as {@code provider/customer}, read from the registry when Tab is pressed.
 */
package org.openprov.entitlement.command.completers;
