/**
 * The fetch access console commands, as Karaf shell actions on the bundle's
 * {@link org.openprov.access.internal.AccessAdmin}: {@code access:modes}, {@code access:mode},
 * {@code access:show}, {@code access:rotate}, {@code access:rearm}, {@code access:bind},
 * {@code access:unbind}, {@code access:bans}, {@code access:lift} and {@code device:fetches}.
 *
 * <p>A mistake in what was typed is a Karaf {@code CommandException} whose message says what
 * to do; Karaf prints it without a stack trace. Passwords and tokens are printed only by
 * {@code access:show --reveal}.
 */
package org.openprov.access.command;
