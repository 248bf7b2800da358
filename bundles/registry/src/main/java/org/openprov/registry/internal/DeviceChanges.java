package org.openprov.registry.internal;

import org.openprov.jdbc.Jdbc;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import org.openprov.api.registry.Mac;
import org.openprov.api.registry.NewDevice;
import org.openprov.api.registry.SipLine;

/** The SQL that changes a device, its lines and its settings. */
final class DeviceChanges {

    private static final String INSERT = "INSERT INTO device (mac, customer_id, vendor, model,"
            + " label, created_at, updated_at, provisioning_plus) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String UPDATE_LINE = "UPDATE sip_line SET user_name = ?, auth_user = ?,"
            + " password = ?, display_name = ?, label = ?, server = ?, port = ?, transport = ?"
            + " WHERE device_id = ? AND line_no = ?";
    private static final String INSERT_LINE = "INSERT INTO sip_line (user_name, auth_user,"
            + " password, display_name, label, server, port, transport, device_id, line_no)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String UPDATE_SETTING = "UPDATE device_setting SET setting_value = ?"
            + " WHERE device_id = ? AND setting_key = ?";
    private static final String INSERT_SETTING = "INSERT INTO device_setting (setting_value,"
            + " device_id, setting_key) VALUES (?, ?, ?)";

    private static final String ARCHIVE = "INSERT INTO device_archive (mac, provider_name,"
            + " customer_name, provisioning_plus, created_at, removed_at, first_delivered_at)"
            + " SELECT d.mac, p.name, c.name, d.provisioning_plus, d.created_at, ?,"
            + " d.first_delivered_at FROM device d JOIN customer c ON c.id = d.customer_id"
            + " JOIN provider p ON p.id = c.provider_id WHERE d.mac = ?";

    private DeviceChanges() {
    }

    static void insert(Connection connection, long customerId, NewDevice device, String label,
            boolean provisioningPlus, Instant now) throws SQLException {
        Jdbc.update(connection, INSERT, device.mac().hex(), customerId, device.vendor(),
                device.model(), label, now.toEpochMilli(), now.toEpochMilli(),
                provisioningPlus);
    }

    /**
     * Switches the plan unless the device already received its configuration, in one statement
     * so a delivery at the same moment cannot slip between the check and the change.
     *
     * @return whether the plan was switched
     */
    static boolean switchPlan(Connection connection, Mac mac, boolean provisioningPlus,
            Instant now) throws SQLException {
        return Jdbc.update(connection, "UPDATE device SET provisioning_plus = ?, updated_at = ?"
                + " WHERE mac = ? AND first_delivered_at IS NULL", provisioningPlus,
                now.toEpochMilli(), mac.hex()) == 1;
    }

    /**
     * Marks a device as changed and locks its row until the transaction ends, so two changes to
     * one device (here or on another node) run one after the other instead of racing on
     * "update, else insert".
     *
     * @param connection a connection in a transaction
     * @param mac the device
     * @param now the time of the change
     * @return the device's id, or empty if it is not registered
     * @throws SQLException when a statement fails
     */
    static Optional<Long> touch(Connection connection, Mac mac, Instant now)
            throws SQLException {
        // Strictly increasing, even for two changes in one millisecond or a clock moved back,
        // so that the change stamp differs after every change.
        long at = now.toEpochMilli();
        if (Jdbc.update(connection, "UPDATE device SET updated_at = CASE WHEN updated_at >= ?"
                + " THEN updated_at + 1 ELSE ? END WHERE mac = ?", at, at, mac.hex()) == 0) {
            return Optional.empty();
        }
        return Jdbc.first(connection, "SELECT id FROM device WHERE mac = ?",
                row -> row.getLong(1), mac.hex());
    }

    /** Updates the line, or inserts it; the caller holds the device's row lock. */
    static void putLine(Connection connection, long deviceId, SipLine line) throws SQLException {
        String transport = line.transport() == null ? "" : line.transport().name();
        Object[] values = {line.userName(), line.authUser(), line.password(), line.displayName(),
            line.label(), line.server(), line.port(), transport, deviceId, line.number()};
        if (Jdbc.update(connection, UPDATE_LINE, values) == 0) {
            Jdbc.update(connection, INSERT_LINE, values);
        }
    }

    static void deleteLine(Connection connection, long deviceId, int number)
            throws SQLException {
        Jdbc.update(connection, "DELETE FROM sip_line WHERE device_id = ? AND line_no = ?",
                deviceId, number);
    }

    /** Updates the setting, or inserts it; the caller holds the device's row lock. */
    static void putSetting(Connection connection, long deviceId, String key, String value)
            throws SQLException {
        if (Jdbc.update(connection, UPDATE_SETTING, value, deviceId, key) == 0) {
            Jdbc.update(connection, INSERT_SETTING, value, deviceId, key);
        }
    }

    static void deleteSetting(Connection connection, long deviceId, String key)
            throws SQLException {
        Jdbc.update(connection,
                "DELETE FROM device_setting WHERE device_id = ? AND setting_key = ?", deviceId,
                key);
    }

    /**
     * Archives what billing needs of the device, then deletes it, in the caller's transaction.
     * Lines, settings and deliveries go with the device through ON DELETE CASCADE; the files it
     * was served are keyed by MAC and deleted here.
     */
    static boolean delete(Connection connection, Mac mac, Instant now) throws SQLException {
        Jdbc.update(connection, ARCHIVE, now.toEpochMilli(), mac.hex());
        Jdbc.update(connection, "DELETE FROM served_file WHERE mac = ?", mac.hex());
        return Jdbc.update(connection, "DELETE FROM device WHERE mac = ?", mac.hex()) > 0;
    }
}
