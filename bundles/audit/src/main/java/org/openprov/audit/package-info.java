/**
 * Who did it: the console user behind a change, for the log lines an operator reads. Not
 * exported: each bundle that logs changes carries a private copy of this package (bnd
 * {@code -conditionalpackage}).
 */
package org.openprov.audit;
