package org.openprov.entitlement.internal;

import org.openprov.jdbc.Jdbc;
import org.openprov.jdbc.Transactions;
import org.openprov.jdbc.SqlStates;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.openprov.api.entitlement.Entitlement;
import org.openprov.api.entitlement.License;
import org.openprov.api.entitlement.LicenseOutcome;
import org.openprov.api.registry.Device;
import org.openprov.api.registry.Mac;

/** Licenses in {@code device_license}: reading them, and adding one term at a time. */
final class JdbcLicenses {

    /**
     * How often one device's license is computed again after a concurrent add got in first
     * (or the database made it wait too long). Each retry follows a license that did get in,
     * so only a crowd of simultaneous adds to one device exhausts this.
     */
    static final int ATTEMPTS = 20;

    private static final String COLUMNS = "SELECT id, mac, provider_name, added_at, starts_at,"
            + " ends_at FROM device_license";
    private static final String ORDER = " ORDER BY added_at, id";
    private static final String NUMBERED = "SELECT id, mac, provider_name, added_at,"
            + " starts_at, ends_at, term_no FROM device_license";
    private static final String LAST_ADDED = "SELECT mac, MAX(added_at) FROM device_license"
            + " GROUP BY mac";
    private static final String INSERT = "INSERT INTO device_license (mac, term_no,"
            + " provider_name, added_at, starts_at, ends_at) VALUES (?, ?, ?, ?, ?, ?)";

    private final Transactions transactions;

    JdbcLicenses(Transactions transactions) {
        this.transactions = transactions;
    }

    /** @return every license ever added to this MAC, oldest first */
    List<License> of(Mac mac) throws SQLException {
        return transactions.run(c -> Jdbc.list(c, COLUMNS + " WHERE mac = ?" + ORDER,
                JdbcLicenses::read, mac.hex()));
    }

    /** @return the licenses of this device, not those of an earlier device with its MAC */
    List<License> heldBy(Device device) throws SQLException {
        return transactions.run(c -> heldBy(c, device));
    }

    /**
     * @return for each MAC that has licenses, when its latest was added, by 12-digit MAC; one
     *     query, so a scan of every device need not read each device's licenses
     */
    Map<String, Instant> lastAdded() throws SQLException {
        return transactions.run(c -> Jdbc.list(c, LAST_ADDED, r -> Map.entry(r.getString(1),
                Instant.ofEpochMilli(r.getLong(2))))).stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** @return the licenses added in {@code [from, to)}, of one provider or all, oldest first */
    List<License> added(String provider, Instant from, Instant to) throws SQLException {
        String range = " WHERE added_at >= ? AND added_at < ?";
        return transactions.run(c -> provider == null
                ? Jdbc.list(c, COLUMNS + range + ORDER, JdbcLicenses::read,
                        from.toEpochMilli(), to.toEpochMilli())
                : Jdbc.list(c, COLUMNS + range + " AND provider_name = ?" + ORDER,
                        JdbcLicenses::read, from.toEpochMilli(), to.toEpochMilli(), provider));
    }

    /**
     * Adds one license to a device, its term computed from the licenses it holds in the same
     * transaction; tried again when another license got in first.
     *
     * @param device the device as registered
     * @param window the length of the device's window, fixed when it started
     * @param at the add time, to the millisecond
     * @return the license added, or why not
     * @throws SQLException when storage fails, or after {@link #ATTEMPTS} collisions with
     *     concurrent adds
     */
    LicenseOutcome add(Device device, Duration window, Instant at) throws SQLException {
        for (int attempt = 1; ; attempt++) {
            try {
                return transactions.run(c -> add(c, device, window, at));
            } catch (SQLException e) {
                if (!SqlStates.conflict(e) || attempt == ATTEMPTS) {
                    throw e;
                }
                pause(attempt);
            }
        }
    }

    /** A random pause, growing with each attempt, so that colliding adds fall out of step. */
    private static void pause(int attempt) throws SQLException {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(1, 5L * attempt + 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("Interrupted while adding a license", e);
        }
    }

    /**
     * The term number and the term's start come from one read of the MAC's licenses: should
     * another license get in after that read, the number is taken and the insert fails.
     */
    private static LicenseOutcome add(Connection c, Device device, Duration window,
            Instant at) throws SQLException {
        List<Numbered> all = Jdbc.list(c, NUMBERED + " WHERE mac = ?" + ORDER,
                r -> new Numbered(read(r), r.getInt(7)), device.mac().hex());
        List<License> held = all.stream().map(Numbered::license)
                .filter(l -> !l.addedAt().isBefore(device.createdAt())).toList();
        Entitlement now = PlanRules.entitlement(device.provisioningPlus(),
                device.firstDeliveredAt(), held, window, at);
        Optional<String> refusal = PlanRules.refusal(now);
        if (refusal.isPresent()) {
            return new LicenseOutcome(device.mac(), Optional.empty(),
                    "Device " + device.mac().colons() + " " + refusal.get());
        }
        int termNo = all.stream().mapToInt(Numbered::termNo).max().orElse(0) + 1;
        License added = insert(c, device, termNo, PlanRules.nextTerm(now, held), at);
        return new LicenseOutcome(device.mac(), Optional.of(added), "");
    }

    private static License insert(Connection c, Device device, int termNo,
            PlanRules.Term term, Instant at) throws SQLException {
        String mac = device.mac().hex();
        Jdbc.update(c, INSERT, mac, termNo, device.providerName(), at.toEpochMilli(),
                term.start().toEpochMilli(), term.end().toEpochMilli());
        return Jdbc.first(c, COLUMNS + " WHERE mac = ? AND term_no = ?", JdbcLicenses::read,
                mac, termNo).orElseThrow();
    }

    /** A MAC may be removed and registered again: the new device starts without licenses. */
    private static List<License> heldBy(Connection c, Device device) throws SQLException {
        return Jdbc.list(c, COLUMNS + " WHERE mac = ? AND added_at >= ?" + ORDER,
                JdbcLicenses::read, device.mac().hex(), device.createdAt().toEpochMilli());
    }

    private static License read(ResultSet row) throws SQLException {
        return new License(row.getLong(1), Mac.parse(row.getString(2)), row.getString(3),
                Instant.ofEpochMilli(row.getLong(4)), Instant.ofEpochMilli(row.getLong(5)),
                Instant.ofEpochMilli(row.getLong(6)));
    }

    /** A license with its place in its MAC's sequence, which only this class needs. */
    private record Numbered(License license, int termNo) {
    }
}
