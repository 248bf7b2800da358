/**
 * Plain JDBC helpers shared by OpenProv's storage bundles: transactions on a
 * {@link javax.sql.DataSource}, queries mapped row by row, SQLStates, and a versioned schema
 * that upgrades itself. Not exported: each bundle that stores data carries a private copy of
 * this package (bnd {@code -conditionalpackage}), so bundles share the code, not a service or a
 * package wiring, and each can be updated alone.
 */
package org.openprov.jdbc;
