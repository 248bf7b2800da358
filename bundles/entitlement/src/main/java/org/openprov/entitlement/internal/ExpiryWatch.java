package org.openprov.entitlement.internal;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.openprov.api.entitlement.EntitlementService;
import org.openprov.api.entitlement.PlanState;
import org.openprov.api.registry.Device;
import org.openprov.api.registry.DeviceFacts;
import org.openprov.api.registry.DeviceRegistry;
import org.osgi.service.event.EventAdmin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Announces each device whose Provisioning Plus window ended without a license: one
 * {@link EntitlementService#TOPIC_EXPIRED} event and one log line per device, on one node.
 *
 * <p>Expiry is not an event anyone records: it is the passing of a time. So the watch looks
 * at every device on a timer and compares with what was announced (the {@code expiry_notice}
 * table). Whatever expired while this bundle was stopped is announced when it returns.
 *
 * <p>A scan reads the facts of every device (plan, registration, first delivery: one query,
 * no lines or settings) and reads a whole device only when its window ended unannounced.
 */
final class ExpiryWatch {

    private static final Logger LOG = LoggerFactory.getLogger(ExpiryWatch.class);

    private final DeviceRegistry registry;
    private final EntitlementService entitlements;
    private final JdbcLicenses licenses;
    private final JdbcWindowLengths lengths;
    private final JdbcExpiryNotices notices;
    private final Supplier<Instant> clock;
    private final Supplier<EventAdmin> events;
    private ScheduledExecutorService timer;

    /**
     * @param registry where the devices are
     * @param entitlements decides whether a device is expired
     * @param licenses the licenses, to skip licensed devices without a query each
     * @param lengths the window lengths, each window keeping the one in force at its start
     * @param notices the announcements made
     * @param clock the current time
     * @param events the EventAdmin, or null while there is none
     */
    ExpiryWatch(DeviceRegistry registry, EntitlementService entitlements,
            JdbcLicenses licenses, JdbcWindowLengths lengths, JdbcExpiryNotices notices,
            Supplier<Instant> clock, Supplier<EventAdmin> events) {
        this.registry = registry;
        this.entitlements = entitlements;
        this.licenses = licenses;
        this.lengths = lengths;
        this.notices = notices;
        this.clock = clock;
        this.events = events;
    }

    /**
     * Scans now, then every period, on a thread of its own.
     *
     * @param period the time between the end of one scan and the start of the next
     */
    synchronized void start(Duration period) {
        timer = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "openprov-expiry-watch");
            thread.setDaemon(true);
            return thread;
        });
        timer.scheduleWithFixedDelay(this::scanLogged, 0, period.toMillis(),
                TimeUnit.MILLISECONDS);
        LOG.debug("Expiry watch started, a scan every {}", period);
    }

    /**
     * Stops the timer and waits a little for a scan under way, which ends at its next device,
     * so that it does not outlive the data source it uses.
     */
    synchronized void stop() {
        if (timer == null) {
            return;
        }
        timer.shutdownNow();
        try {
            if (!timer.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.warn("The expiry scan did not stop within 10 seconds");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        timer = null;
        LOG.debug("Expiry watch stopped");
    }

    /**
     * Announces every expiry not yet announced.
     *
     * @return how many devices this call announced
     * @throws SQLException when the notices cannot be read or written
     */
    int scan() throws SQLException {
        Instant now = clock.get();
        Map<String, Instant> announced = notices.all();
        Map<String, Instant> lastAdded = licenses.lastAdded();
        WindowLengths windows = lengths.all();
        int count = 0;
        // Registered now: added before the next millisecond and not removed.
        for (DeviceFacts facts : registry.devicesExisting(null, now, now.plusMillis(1))) {
            if (Thread.currentThread().isInterrupted()) {
                break;
            }
            if (facts.removedAt().isPresent()) {
                continue;
            }
            Optional<Instant> end = unannouncedEnd(facts, windows, now, announced);
            if (end.isPresent() && !knownLicensed(facts, lastAdded, now)) {
                Optional<Device> device = registry.device(facts.mac());
                if (device.isPresent() && announce(device.get(), end.get(), now)) {
                    count++;
                }
            }
        }
        return count;
    }

    /** @return the end of the device's window, if it ended and was not announced */
    private static Optional<Instant> unannouncedEnd(DeviceFacts device, WindowLengths windows,
            Instant now, Map<String, Instant> announced) {
        if (!device.provisioningPlus() || device.firstDeliveredAt().isEmpty()) {
            return Optional.empty();
        }
        Instant start = device.firstDeliveredAt().get();
        Instant end = start.plus(windows.at(start));
        boolean ended = !end.isAfter(now);
        return ended && !end.equals(announced.get(device.mac().hex()))
                ? Optional.of(end) : Optional.empty();
    }

    /** A license added between the device's registration and now rules out expiry. */
    private static boolean knownLicensed(DeviceFacts device, Map<String, Instant> lastAdded,
            Instant now) {
        Instant last = lastAdded.get(device.mac().hex());
        return last != null && !last.isBefore(device.createdAt()) && !last.isAfter(now);
    }

    private boolean announce(Device device, Instant end, Instant now) throws SQLException {
        if (entitlements.entitlement(device, now).state() != PlanState.EXPIRED
                || !notices.claim(device.mac(), end, now)) {
            return false;
        }
        LOG.info("Device {} of {}/{} is EXPIRED: its Provisioning Plus window ended {} without"
                + " a license", device.mac().colons(), device.providerName(),
                device.customerName(), Texts.time(end));
        DeviceEvents.post(events.get(), DeviceEvents.of(EntitlementService.TOPIC_EXPIRED,
                device, "at", end));
        return true;
    }

    /** A failed scan must not end the timer: the next one tries again. */
    private void scanLogged() {
        try {
            int announced = scan();
            LOG.debug("Expiry scan done, {} device(s) newly expired", announced);
        } catch (SQLException | RuntimeException e) {
            if (Thread.currentThread().isInterrupted()) {
                LOG.debug("Expiry scan cut short by the bundle stopping", e);
                return;
            }
            LOG.warn("The expiry scan failed; it runs again in a while: {}", e.getMessage(), e);
        }
    }
}
