/**
 * Tab completion for the registry's commands: provider and customer names, registered MACs,
 * installed vendors and their models, setting names. Each reads what is there at the moment
 * Tab is pressed.
 */
package org.openprov.registry.command.completers;
