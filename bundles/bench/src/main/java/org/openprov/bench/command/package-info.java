/**
 * The benchmark's console commands, {@code bench:register}, {@code bench:export} and
 * {@code bench:heap}, which {@code bench/run} calls through {@code bin/client}. They come with
 * the {@code openprov-bench} feature, which no distribution installs at boot.
 *
 * <p>A mistake in what was typed is a Karaf {@code CommandException} whose message says what
 * to do; Karaf prints it without a stack trace.
 */
package org.openprov.bench.command;
