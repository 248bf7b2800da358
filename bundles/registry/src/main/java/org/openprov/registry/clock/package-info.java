/**
 * The platform's clock: a {@link java.time.Clock} service every time decision uses, which an
 * operator can move for a demonstration or a test without touching the system clock, and the
 * {@code clock:*} commands that move it. The offset is kept in the configuration
 * {@code org.openprov.clock}, so it survives a restart until {@code clock:shift --reset}.
 */
package org.openprov.registry.clock;
