package org.openprov.testing;

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

/**
 * A fresh embedded Derby database under {@code target/derby} for each test, shut down and
 * deleted afterwards.
 */
public class DerbyDatabase extends ExternalResource {

    static {
        // Keeps derby.log out of the module's folder.
        System.setProperty("derby.stream.error.file", "target/derby.log");
    }

    private static final AtomicInteger COUNT = new AtomicInteger();

    private Path folder;
    /** The database of the running test. */
    protected EmbeddedDataSource dataSource;

    @Override
    protected void before() {
        folder = Path.of("target", "derby", "db-" + ProcessHandle.current().pid() + "-"
                + COUNT.incrementAndGet()).toAbsolutePath();
        dataSource = embedded(folder);
        dataSource.setCreateDatabase("create");
    }

    @Override
    protected void after() {
        EmbeddedDataSource shutdown = embedded(folder);
        shutdown.setShutdownDatabase("shutdown");
        try (Connection ignored = shutdown.getConnection()) {
            throw new IllegalStateException("Derby did not shut down " + folder);
        } catch (SQLException expected) {
            // Derby reports a clean shutdown as SQLState 08006.
        }
        delete(folder);
    }

    /** @return the database, opened afresh for each connection */
    public DataSource dataSource() {
        return dataSource;
    }

    /**
     * @param sql a query returning one number
     * @return that number
     * @throws SQLException when the query fails
     */
    public long number(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rows = s.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /**
     * @param sql a query returning one string
     * @return that string
     * @throws SQLException when the query fails
     */
    public String text(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rows = s.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }

    /**
     * @param sql a statement to run as it is
     * @throws SQLException when it fails
     */
    public void execute(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    /**
     * @param table a table name
     * @return whether the table exists
     */
    public boolean hasTable(String table) {
        try {
            number("SELECT COUNT(*) FROM " + table);
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    private static EmbeddedDataSource embedded(Path folder) {
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
