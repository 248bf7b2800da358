package org.openprov.registry.internal;

import java.sql.SQLException;
import java.sql.SQLTransientException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.openprov.api.registry.Delivery;
import org.openprov.jdbc.Transactions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes deliveries in groups: every delivery waiting when the writer is free goes into one
 * transaction, so a boot storm costs one commit (one flush of the database log) per group
 * instead of one per phone. A caller still returns only once its own delivery is committed, so
 * nothing a phone received is lost when the process dies, and the first delivery of a device
 * is still decided by the database.
 */
final class DeliveryWriter implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DeliveryWriter.class);
    /** Deliveries written in one transaction at most. */
    private static final int MAX_GROUP = 256;
    /** Deliveries waiting at most; a caller beyond waits for room, then fails. */
    private static final int MAX_WAITING = 10_000;
    private static final long WAIT_SECONDS = 30;
    /** How often a group that collided with other writers is tried. */
    private static final int ATTEMPTS = 5;

    private final Transactions transactions;
    private final BlockingQueue<Pending> waiting = new LinkedBlockingQueue<>(MAX_WAITING);
    private final Thread worker;
    private volatile boolean open = true;

    /** A delivery and the caller waiting for it: true when it was the device's first. */
    private record Pending(Delivery delivery, CompletableFuture<Boolean> done) {
    }

    DeliveryWriter(Transactions transactions) {
        this.transactions = transactions;
        this.worker = new Thread(this::loop, "openprov-deliveries");
        worker.setDaemon(true);
        worker.start();
    }

    /**
     * @param delivery what a phone received
     * @return whether it was the device's first delivery
     * @throws SQLException when it could not be written (an unknown MAC: a foreign key failure)
     */
    boolean record(Delivery delivery) throws SQLException {
        Pending pending = new Pending(delivery, new CompletableFuture<>());
        try {
            if (!open || !waiting.offer(pending, WAIT_SECONDS, TimeUnit.SECONDS)) {
                throw new SQLTransientException("The delivery writer is closed or full");
            }
            return pending.done.get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLTransientException("Interrupted while the delivery was written", e);
        } catch (TimeoutException e) {
            throw new SQLTransientException("The delivery was not written in time", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof SQLException sql ? sql
                    : new SQLException("The delivery could not be written", e.getCause());
        }
    }

    private void loop() {
        List<Pending> group = new ArrayList<>(MAX_GROUP);
        while (open) {
            try {
                Pending next = waiting.poll(100, TimeUnit.MILLISECONDS);
                if (next == null) {
                    continue;
                }
                group.add(next);
                waiting.drainTo(group, MAX_GROUP - 1);
                write(group);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                group.forEach(p -> p.done.completeExceptionally(e));
                LOG.warn("Deliveries could not be written: {}", e.getMessage(), e);
            } finally {
                group.clear();
            }
        }
    }

    /** One transaction for the group; if it fails, each on its own, so one bad one fails alone. */
    private void write(List<Pending> group) {
        try {
            List<Boolean> firsts = transactions.runRetrying(c -> {
                List<Boolean> results = new ArrayList<>(group.size());
                for (Pending p : group) {
                    results.add(Deliveries.record(c, p.delivery));
                }
                return results;
            }, ATTEMPTS);
            for (int i = 0; i < group.size(); i++) {
                group.get(i).done.complete(firsts.get(i));
            }
        } catch (SQLException e) {
            if (group.size() == 1) {
                group.get(0).done.completeExceptionally(e);
                return;
            }
            for (Pending p : group) {
                write(List.of(p));
            }
        }
    }

    /** Stops taking deliveries; those still waiting fail, so no caller waits for nothing. */
    @Override
    public void close() {
        open = false;
        worker.interrupt();
        try {
            worker.join(TimeUnit.SECONDS.toMillis(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        List<Pending> left = new ArrayList<>();
        waiting.drainTo(left);
        left.forEach(p -> p.done.completeExceptionally(
                new SQLTransientException("The device registry stopped")));
    }
}
