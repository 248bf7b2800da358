/**
 * What OpenProv's storage tests share: a fresh embedded Derby database per test under
 * {@code target/}, and a clock the test moves by hand. Used in test scope only; never deployed.
 */
package org.openprov.testing;
