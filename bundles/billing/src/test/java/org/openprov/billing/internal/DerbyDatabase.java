package org.openprov.billing.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.rules.ExternalResource;

/** A new embedded Derby database under {@code target/derby} per test, deleted afterwards. */
public final class DerbyDatabase extends ExternalResource {

    static {
        System.setProperty("derby.stream.error.file", "target/derby.log");
    }

    private static final AtomicInteger COUNT = new AtomicInteger();

    private Path folder;
    private EmbeddedDataSource dataSource;

    @Override
    protected void before() {
        folder = Path.of("target", "derby", "billing-" + ProcessHandle.current().pid()
                + "-" + COUNT.incrementAndGet()).toAbsolutePath();
        dataSource = open(folder);
        dataSource.setCreateDatabase("create");
    }

    @Override
    protected void after() {
        EmbeddedDataSource shutdown = open(folder);
        shutdown.setShutdownDatabase("shutdown");
        try (Connection ignored = shutdown.getConnection()) {
            throw new IllegalStateException("Derby did not shut down " + folder);
        } catch (SQLException expected) {
            // Derby reports a clean shutdown as an exception (SQLState 08006).
        }
        delete(folder);
    }

    /** @return the database */
    public DataSource dataSource() {
        return dataSource;
    }

    /**
     * @param sql a query that returns one number
     * @return the number
     */
    public long number(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rows = s.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** @param sql a statement run as it is */
    public void execute(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static EmbeddedDataSource open(Path folder) {
        EmbeddedDataSource source = new EmbeddedDataSource();
        source.setDatabaseName(folder.toString());
        return source;
    }

    private static void delete(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
