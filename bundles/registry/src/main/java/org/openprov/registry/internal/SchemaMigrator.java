package org.openprov.registry.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings a database up to the newest schema version by applying the steps it has not had yet.
 *
 * <p>The table {@code schema_version} holds one row per applied step. Each step runs in its own
 * transaction that first locks that table, then re-reads the version: a second node starting at
 * the same moment waits for the first to commit and then finds the step applied. Should a step
 * still collide with one applied elsewhere (a database without table locks, a node that does
 * not lock), its failure is forgiven when the re-read version shows the step is there.
 */
final class SchemaMigrator {

    private static final Logger LOG = LoggerFactory.getLogger(SchemaMigrator.class);

    private static final String CREATE_VERSION_TABLE = """
            CREATE TABLE schema_version (
                version INT NOT NULL,
                description VARCHAR(200) NOT NULL,
                applied_at BIGINT NOT NULL,
                CONSTRAINT schema_version_pk PRIMARY KEY (version))""";
    private static final String CURRENT_VERSION = "SELECT MAX(version) FROM schema_version";
    /** The same words in Derby and PostgreSQL; other nodes' readers wait until we commit. */
    private static final String LOCK = "LOCK TABLE schema_version IN EXCLUSIVE MODE";
    private static final String RECORD =
            "INSERT INTO schema_version (version, description, applied_at) VALUES (?, ?, ?)";

    private final Transactions transactions;
    private final List<SchemaStep> steps;
    private final Clock clock;

    /**
     * @param transactions the database to upgrade
     * @param steps the schema's steps, versions 1 to n
     * @param clock stamps each applied step
     */
    SchemaMigrator(Transactions transactions, List<SchemaStep> steps, Clock clock) {
        this.transactions = transactions;
        this.steps = steps.stream().sorted(Comparator.comparingInt(SchemaStep::version)).toList();
        this.clock = clock;
    }

    /**
     * Applies every step the database lacks.
     *
     * @return the database's schema version afterwards
     * @throws IllegalStateException when the database cannot be read or a step fails
     */
    int migrate() {
        try {
            ensureVersionTable();
            for (SchemaStep step : steps) {
                apply(step);
            }
            return checkNotNewer(currentVersion());
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot bring the device registry's database schema"
                    + " up to version " + newest() + ": " + e.getMessage(), e);
        }
    }

    /** @return the version the database is at now, 0 for a database never migrated */
    int currentVersion() throws SQLException {
        return transactions.run(SchemaMigrator::version);
    }

    private void ensureVersionTable() throws SQLException {
        if (versionTableExists()) {
            return;
        }
        try {
            transactions.run(c -> execute(c, CREATE_VERSION_TABLE));
            LOG.debug("Created the schema_version table");
        } catch (SQLException e) {
            // Another node may have created it between our look and our CREATE.
            if (!versionTableExists()) {
                throw e;
            }
        }
    }

    private boolean versionTableExists() throws SQLException {
        try {
            currentVersion();
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
                LOG.info("Device registry schema upgraded to version {}: {}", step.version(),
                        step.description());
            }
        } catch (SQLException e) {
            if (currentVersion() < step.version()) {
                throw e;
            }
            LOG.debug("Schema step {} was applied by another node meanwhile", step.version());
        }
    }

    private boolean applyLocked(Connection connection, SchemaStep step) throws SQLException {
        execute(connection, LOCK);
        if (version(connection) >= step.version()) {
            return false;
        }
        for (String sql : step.statements()) {
            execute(connection, sql);
        }
        Jdbc.update(connection, RECORD, step.version(), step.description(), clock.millis());
        return true;
    }

    /**
     * A database written by a newer registry is used as it is: steps are written to add tables
     * and columns, never to drop or rename them, so older code still finds what it needs. The
     * operator should know, though.
     */
    private int checkNotNewer(int version) {
        if (version > newest()) {
            LOG.warn("The device registry's database is at schema version {}, newer than this"
                    + " bundle's {}; was the registry bundle downgraded?", version, newest());
        } else {
            LOG.debug("Device registry schema at version {}", version);
        }
        return version;
    }

    private int newest() {
        return steps.isEmpty() ? 0 : steps.get(steps.size() - 1).version();
    }

    private static int version(Connection connection) throws SQLException {
        return Jdbc.first(connection, CURRENT_VERSION, row -> row.getInt(1)).orElse(0);
    }

    private static Void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
            return null;
        }
    }
}
