package org.openprov.registry.internal;

import java.util.List;

/**
 * One step of the registry's schema: the statements that take the schema from version
 * {@code version - 1} to {@code version}, applied together in one transaction.
 *
 * @param version the schema version once applied, from 1, without gaps
 * @param description what the step does, stored beside the version
 * @param statements DDL and DML, one statement per entry, without a trailing semicolon
 */
record SchemaStep(int version, String description, List<String> statements) {

    /** Copies the statements so a step never changes. */
    SchemaStep {
        statements = List.copyOf(statements);
    }
}
