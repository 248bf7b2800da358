package org.openprov.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;

/**
 * Runs work in a transaction on a connection of its own.
 *
 * <p>Made with {@link #Transactions(DataSource)}, each call gets a connection from the data
 * source and closes it. Made with {@link #Transactions(DataSource, int)}, up to that many
 * connections are kept open between calls and handed to the next ones: opening a Derby
 * embedded connection takes locks shared by the whole database, and under a boot storm most of
 * a fetch's time went there. A connection is kept only after its work committed; one whose work
 * failed is closed, so no half-done state reaches the next caller. Whoever makes a keeping
 * instance calls {@link #close()} when the data source goes away.
 */
public final class Transactions implements AutoCloseable {

    private final DataSource dataSource;
    /** Connections waiting for the next call; null when none are kept. */
    private final BlockingQueue<Connection> idle;
    private volatile boolean closed;

    /** @param dataSource where each call opens, and closes, its connection */
    public Transactions(DataSource dataSource) {
        this.dataSource = dataSource;
        this.idle = null;
    }

    /**
     * @param dataSource the database
     * @param keepOpen how many connections at most are kept open between calls, at least 1
     */
    public Transactions(DataSource dataSource, int keepOpen) {
        if (keepOpen < 1) {
            throw new IllegalArgumentException("keepOpen must be at least 1: " + keepOpen);
        }
        this.dataSource = dataSource;
        this.idle = new ArrayBlockingQueue<>(keepOpen);
    }

    /**
     * Runs work and commits it, or rolls it back if it throws anything.
     *
     * @param work the statements to run together
     * @param <T> what the work returns
     * @return what the work returned
     * @throws SQLException from the work or the driver, after the rollback
     */
    public <T> T run(SqlWork<T> work) throws SQLException {
        Connection connection = borrow();
        boolean committed = false;
        try {
            T result = work.run(connection);
            connection.commit();
            committed = true;
            return result;
        } catch (Throwable failure) {
            rollback(connection, failure);
            throw failure;
        } finally {
            giveBack(connection, committed);
        }
    }

    /**
     * Runs work as {@link #run} does, and again after a short random pause when it collided
     * with a concurrent transaction (a deadlock or a lock timeout, see
     * {@link SqlStates#conflict}), up to {@code attempts} times in all. For work that is safe
     * to repeat because a failed attempt was rolled back whole.
     *
     * @param work the statements to run together
     * @param attempts how many times at most, at least 1
     * @param <T> what the work returns
     * @return what the work returned
     * @throws SQLException the last failure
     */
    public <T> T runRetrying(SqlWork<T> work, int attempts) throws SQLException {
        for (int attempt = 1; ; attempt++) {
            try {
                return run(work);
            } catch (SQLException e) {
                if (!SqlStates.conflict(e) || attempt >= attempts) {
                    throw e;
                }
                pause(attempt, e);
            }
        }
    }

    /**
     * Whether a database is Apache Derby embedded in this process: no other process can open
     * it while this one has it, so what this process did not change did not change (see
     * {@link KeptReads}). False for a network client (Derby's or another database's), and when
     * the database cannot say.
     *
     * @param dataSource the database
     * @return whether only this process can write it
     */
    public static boolean embedded(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            String url = connection.getMetaData().getURL();
            return url != null && url.startsWith("jdbc:derby:") && !url.startsWith("jdbc:derby://");
        } catch (SQLException e) {
            return false;
        }
    }

    /** Closes the connections kept open; calls after this open and close their own. */
    @Override
    public void close() {
        closed = true;
        if (idle == null) {
            return;
        }
        for (Connection c = idle.poll(); c != null; c = idle.poll()) {
            closeQuietly(c);
        }
    }

    private Connection borrow() throws SQLException {
        if (idle != null) {
            for (Connection kept = idle.poll(); kept != null; kept = idle.poll()) {
                // A database shut down meanwhile (Derby) closes the connections it gave out.
                if (!kept.isClosed()) {
                    return kept;
                }
            }
        }
        Connection opened = dataSource.getConnection();
        try {
            opened.setAutoCommit(false);
            return opened;
        } catch (SQLException e) {
            closeQuietly(opened);
            throw e;
        }
    }

    private void giveBack(Connection connection, boolean committed) throws SQLException {
        if (!committed) {
            closeQuietly(connection); // the work's own failure is the one to report
        } else if (idle != null && !closed && idle.offer(connection)) {
            if (closed) {
                close(); // closed meanwhile: this one must not stay open
            }
        } else {
            connection.close();
        }
    }

    /** A random pause, growing with each attempt, so that colliding work falls out of step. */
    private static void pause(int attempt, SQLException cause) throws SQLException {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(1,
                    10L * attempt + 2));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw cause;
        }
    }

    private static void rollback(Connection connection, Throwable failure) {
        try {
            connection.rollback();
        } catch (SQLException rollbackFailed) {
            failure.addSuppressed(rollbackFailed);
        }
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // Closing is all that was left to do with it.
        }
    }
}
