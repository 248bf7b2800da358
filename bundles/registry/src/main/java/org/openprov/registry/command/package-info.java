/**
 * The registry's console commands ({@code provider:*}, {@code customer:*}, {@code device:*})
 * for a provider's administrator, as Karaf shell actions that use the
 * {@link org.openprov.api.registry.DeviceRegistry} service.
 *
 * <p>A mistake in what was typed is reported as Karaf's {@code CommandException} with a message
 * saying what to do; Karaf prints it without a stack trace and logs it only at DEBUG.
 */
package org.openprov.registry.command;
