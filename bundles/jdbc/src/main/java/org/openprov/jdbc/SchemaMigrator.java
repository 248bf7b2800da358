package org.openprov.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies the schema steps a database has not had yet, and records each in a version table.
 *
 * <p>Each step runs in its own transaction, which first locks the version table and reads the
 * version again: a node starting at the same moment waits, then finds the step done. Should a
 * step still collide with one applied elsewhere, its failure is forgiven once the version
 * shows the step is there.
 */
public final class SchemaMigrator {

    private static final Logger LOG = LoggerFactory.getLogger(SchemaMigrator.class);

    private final Transactions transactions;
    private final String table;
    private final List<SchemaStep> steps;
    private final Clock clock;

    /**
     * @param transactions the database
     * @param table the version table's name, e.g. {@code entitlement_schema}
     * @param steps versions 1 to n
     * @param clock stamps the steps applied
     */
    public SchemaMigrator(Transactions transactions, String table, List<SchemaStep> steps,
            Clock clock) {
        this.transactions = transactions;
        this.table = table;
        this.steps = steps.stream().sorted(Comparator.comparingInt(SchemaStep::version))
                .toList();
        this.clock = clock;
    }

    /**
     * Brings the database up to the newest step.
     *
     * @return the version afterwards
     * @throws IllegalStateException when the database cannot be read or a step fails
     */
    public int migrate() {
        try {
            createVersionTable();
            for (SchemaStep step : steps) {
                apply(step);
            }
            return reportVersion(version());
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot bring the schema versioned in " + table
                    + " up to version " + newest() + ": " + e.getMessage(), e);
        }
    }

    /** @return the version of the database, 0 when never migrated */
    public int version() throws SQLException {
        return transactions.run(this::version);
    }

    private void createVersionTable() throws SQLException {
        if (hasVersionTable()) {
            return;
        }
        try {
            transactions.run(c -> {
                Jdbc.execute(c, "CREATE TABLE " + table + " (version INT NOT NULL,"
                        + " description VARCHAR(200) NOT NULL, applied_at BIGINT NOT NULL,"
                        + " CONSTRAINT " + table + "_pk PRIMARY KEY (version))");
                return null;
            });
        } catch (SQLException e) {
            // Another node may have created it between our look and our CREATE.
            if (!hasVersionTable()) {
                throw e;
            }
        }
    }

    private boolean hasVersionTable() throws SQLException {
        try {
            version();
            return true;
        } catch (SQLException e) {
            if (SqlStates.noSuchTable(e)) {
                return false;
            }
            throw e;
        }
    }

    private void apply(SchemaStep step) throws SQLException {
        try {
            if (transactions.run(c -> applyLocked(c, step))) {
                LOG.info("Schema {} upgraded to version {}: {}", table, step.version(),
                        step.description());
            }
        } catch (SQLException e) {
            if (version() < step.version()) {
                throw e;
            }
            LOG.debug("Schema step {} was applied by another node meanwhile", step.version());
        }
    }

    private boolean applyLocked(Connection connection, SchemaStep step) throws SQLException {
        // The same words in Derby and PostgreSQL.
        Jdbc.execute(connection, "LOCK TABLE " + table + " IN EXCLUSIVE MODE");
        if (version(connection) >= step.version()) {
            return false;
        }
        for (String statement : step.statements()) {
            Jdbc.execute(connection, statement);
        }
        Jdbc.update(connection, "INSERT INTO " + table + " (version, description, applied_at)"
                + " VALUES (?, ?, ?)", step.version(), step.description(), clock.millis());
        return true;
    }

    /** Steps only add, so a database a newer bundle upgraded still works; say so anyway. */
    private int reportVersion(int version) {
        if (version > newest()) {
            LOG.warn("Schema {} is at version {}, newer than this bundle's {}; was the bundle"
                    + " downgraded?", table, version, newest());
        } else {
            LOG.debug("Schema {} at version {}", table, version);
        }
        return version;
    }

    private int newest() {
        return steps.isEmpty() ? 0 : steps.get(steps.size() - 1).version();
    }

    private int version(Connection connection) throws SQLException {
        return Jdbc.first(connection, "SELECT MAX(version) FROM " + table, r -> r.getInt(1))
                .orElse(0);
    }
}
