package org.openprov.registry.internal;

import org.openprov.jdbc.Jdbc;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openprov.api.registry.Device;
import org.openprov.api.registry.Mac;
import org.openprov.api.registry.SipLine;
import org.openprov.api.registry.Transport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads devices with their lines and settings. Whatever the number of devices, it runs three
 * queries (lines, settings, devices) with the same filter and joins them in memory, so listing
 * tens of thousands of phones does not cost a query per phone.
 */
final class DeviceQuery {

    private static final Logger LOG = LoggerFactory.getLogger(DeviceQuery.class);

    private static final String JOINS = " JOIN customer c ON c.id = d.customer_id"
            + " JOIN provider p ON p.id = c.provider_id";
    private static final String DEVICES = "SELECT d.id, d.mac, p.name, c.name, d.vendor,"
            + " d.model, d.label, d.created_at, d.first_delivered_at, d.provisioning_plus"
            + " FROM device d" + JOINS;
    private static final String LINES = "SELECT l.device_id, l.line_no, l.user_name,"
            + " l.auth_user, l.password, l.display_name, l.label, l.server, l.port, l.transport,"
            + " d.mac FROM sip_line l JOIN device d ON d.id = l.device_id" + JOINS;
    private static final String SETTINGS = "SELECT s.device_id, s.setting_key, s.setting_value"
            + " FROM device_setting s JOIN device d ON d.id = s.device_id" + JOINS;
    /** One device's lines and settings, by its id: primary key lookups, nothing to sort. */
    private static final String LINES_OF = "SELECT l.device_id, l.line_no, l.user_name,"
            + " l.auth_user, l.password, l.display_name, l.label, l.server, l.port, l.transport,"
            + " d.mac FROM sip_line l JOIN device d ON d.id = l.device_id WHERE l.device_id = ?"
            + " ORDER BY l.line_no";
    private static final String SETTINGS_OF = "SELECT device_id, setting_key, setting_value"
            + " FROM device_setting WHERE device_id = ?";

    private final String where;
    private final Object[] params;
    /** Whether the filter names one device at most (by MAC). */
    private final boolean single;

    private DeviceQuery(String where, Object... params) {
        this(false, where, params);
    }

    private DeviceQuery(boolean single, String where, Object... params) {
        this.single = single;
        this.where = where;
        this.params = params;
    }

    /**
     * @param mac a MAC
     * @return a query for the device with that MAC
     */
    static DeviceQuery byMac(Mac mac) {
        return new DeviceQuery(true, " WHERE d.mac = ?", mac.hex());
    }

    /**
     * @param providerName a provider, or null for all
     * @param customerName a customer, or null for all
     * @return a query for the devices of that provider and customer
     */
    static DeviceQuery of(String providerName, String customerName) {
        if (providerName != null && customerName != null) {
            return new DeviceQuery(" WHERE p.name = ? AND c.name = ?", providerName,
                    customerName);
        }
        if (providerName != null) {
            return new DeviceQuery(" WHERE p.name = ?", providerName);
        }
        if (customerName != null) {
            return new DeviceQuery(" WHERE c.name = ?", customerName);
        }
        return new DeviceQuery("");
    }

    /**
     * @param connection an open connection; use one transaction so the three reads agree
     * @return the devices, ordered by MAC
     * @throws SQLException when a query fails
     */
    List<Device> run(Connection connection) throws SQLException {
        Map<Long, List<SipLine>> lines = new HashMap<>();
        for (Row<SipLine> row : Jdbc.list(connection, LINES + where
                + " ORDER BY l.device_id, l.line_no", DeviceQuery::line, params)) {
            if (row.value() != null) {
                lines.computeIfAbsent(row.deviceId(), id -> new ArrayList<>()).add(row.value());
            }
        }
        Map<Long, Map<String, String>> settings = new HashMap<>();
        for (Row<String[]> row : Jdbc.list(connection, SETTINGS + where, DeviceQuery::setting,
                params)) {
            settings.computeIfAbsent(row.deviceId(), id -> new HashMap<>())
                    .put(row.value()[0], row.value()[1]);
        }
        return Jdbc.list(connection, DEVICES + where + " ORDER BY d.mac",
                row -> device(row, lines, settings), params);
    }

    /**
     * @param connection an open connection
     * @return the one device the query names, if it exists
     * @throws SQLException when a query fails
     */
    Optional<Device> one(Connection connection) throws SQLException {
        if (!single) {
            return run(connection).stream().findFirst();
        }
        // Every fetch that renders reads a device this way: its row first, then its lines and
        // settings by id, rather than joining all three tables to the filter.
        Optional<Row<Device>> head = Jdbc.first(connection, DEVICES + where,
                row -> new Row<>(row.getLong(1), device(row, Map.of(), Map.of())), params);
        if (head.isEmpty()) {
            return Optional.empty();
        }
        long id = head.get().deviceId();
        List<SipLine> lines = new ArrayList<>();
        for (Row<SipLine> row : Jdbc.list(connection, LINES_OF, DeviceQuery::line, id)) {
            if (row.value() != null) {
                lines.add(row.value());
            }
        }
        Map<String, String> settings = new HashMap<>();
        for (Row<String[]> row : Jdbc.list(connection, SETTINGS_OF, DeviceQuery::setting, id)) {
            settings.put(row.value()[0], row.value()[1]);
        }
        Device d = head.get().value();
        return Optional.of(new Device(d.mac(), d.providerName(), d.customerName(), d.vendor(),
                d.model(), d.label(), d.createdAt(), d.provisioningPlus(), d.firstDeliveredAt(),
                lines, settings));
    }

    private static Device device(ResultSet row, Map<Long, List<SipLine>> lines,
            Map<Long, Map<String, String>> settings) throws SQLException {
        long id = row.getLong(1);
        long firstDelivered = row.getLong(9);
        Optional<Instant> first = row.wasNull() ? Optional.empty()
                : Optional.of(Instant.ofEpochMilli(firstDelivered));
        return new Device(Mac.parse(row.getString(2)), row.getString(3), row.getString(4),
                row.getString(5), row.getString(6), row.getString(7),
                Instant.ofEpochMilli(row.getLong(8)), row.getBoolean(10), first,
                lines.getOrDefault(id, List.of()),
                settings.getOrDefault(id, Map.of()));
    }

    /**
     * A line stored before {@link SipLine} checked as strictly as it does now (a server with a
     * port, a user written as an address) no longer makes a line. It is left out, with a
     * warning, rather than failing every read of the device, which would also block the
     * device:line-set or device:line-remove that repairs it.
     *
     * @return the line, or a row without a value if the stored one is refused
     */
    private static Row<SipLine> line(ResultSet row) throws SQLException {
        try {
            return new Row<>(row.getLong(1), new SipLine(row.getInt(2), row.getString(3),
                    row.getString(4), row.getString(5), row.getString(6), row.getString(7),
                    row.getString(8), row.getInt(9), transport(row.getString(10))));
        } catch (IllegalArgumentException refused) {
            // SipLine's messages never hold the password.
            LOG.warn("Device {}: stored line {} is left out: {}. Set it again, password"
                    + " included, with device:line-set, or remove it with device:line-remove",
                    row.getString(11), row.getInt(2), refused.getMessage());
            return new Row<>(row.getLong(1), null);
        }
    }

    /** A line that leaves its transport to the settings stores it empty. */
    private static Transport transport(String stored) {
        return stored.isEmpty() ? null : Transport.valueOf(stored);
    }

    private static Row<String[]> setting(ResultSet row) throws SQLException {
        return new Row<>(row.getLong(1), new String[] {row.getString(2), row.getString(3)});
    }

    /** A value read for one device, before it is attached to that device. */
    private record Row<T>(long deviceId, T value) {
    }
}
