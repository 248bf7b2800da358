/**
 * The benchmark's work, apart from the console: the plan of phones ({@link
 * org.openprov.bench.internal.BenchPlan}, {@link org.openprov.bench.internal.BenchVendor}),
 * registering them ({@link org.openprov.bench.internal.Registrar}) and writing their rendered
 * files for a static reference server ({@link org.openprov.bench.internal.Exporter}).
 *
 * <p>Nothing here is exported; {@code bench/run} drives it through the {@code bench:*} commands.
 */
package org.openprov.bench.internal;
