/**
 * Tab completion for the template commands: template names, setting names, key types, states,
 * provider names and the MACs of registered phones.
 */
package org.openprov.templates.command.completers;
