/**
 * The Provisioning Plus console commands, as Karaf shell actions on the
 * {@link org.openprov.api.entitlement.EntitlementService} and the
 * {@link org.openprov.api.registry.DeviceRegistry}: {@code pplus:enable}, {@code pplus:disable}
 * (the platform operator's, given to the JAAS role {@code operator} by the console's command
 * ACL), {@code pplus:force}, {@code pplus:unforce}, {@code pplus:providers},
 * {@code license:add} and {@code license:list}.
 *
 * <p>A mistake in what was typed is a Karaf {@code CommandException} whose message says what
 * to do; Karaf prints it without a stack trace.
 */
package org.openprov.entitlement.command;
