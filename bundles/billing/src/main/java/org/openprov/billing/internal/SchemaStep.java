package org.openprov.billing.internal;

import java.util.List;

/**
 * One step of a schema: what takes it from {@code version - 1} to {@code version}, applied in
 * one transaction.
 *
 * @param version the version once applied, from 1, without gaps
 * @param description what the step does, stored beside the version
 * @param statements one statement an entry, without a trailing semicolon
 */
record SchemaStep(int version, String description, List<String> statements) {

    /** Copies the statements, so a step cannot change once written. */
    SchemaStep {
        statements = List.copyOf(statements);
    }
}
