package org.openprov.registry.internal;

import org.openprov.jdbc.Jdbc;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.openprov.api.registry.DeviceFacts;
import org.openprov.api.registry.Mac;

/** Reads the devices that existed in a period, registered now or archived when removed. */
final class DeviceHistory {

    private static final String CURRENT = "SELECT d.mac, p.name, c.name, d.provisioning_plus,"
            + " d.created_at, CAST(NULL AS BIGINT), d.first_delivered_at FROM device d"
            + " JOIN customer c ON c.id = d.customer_id JOIN provider p ON p.id = c.provider_id"
            + " WHERE d.created_at < ? AND (CAST(? AS VARCHAR(64)) IS NULL OR p.name = ?)";
    private static final String REMOVED = "SELECT mac, provider_name, customer_name,"
            + " provisioning_plus, created_at, removed_at, first_delivered_at"
            + " FROM device_archive WHERE created_at < ? AND removed_at >= ?"
            + " AND (CAST(? AS VARCHAR(64)) IS NULL OR provider_name = ?)";

    private DeviceHistory() {
    }

    static List<DeviceFacts> existing(Connection connection, String providerName, Instant from,
            Instant to) throws SQLException {
        List<DeviceFacts> facts = new ArrayList<>(Jdbc.list(connection, CURRENT,
                DeviceHistory::facts, to.toEpochMilli(), providerName, providerName));
        facts.addAll(Jdbc.list(connection, REMOVED, DeviceHistory::facts, to.toEpochMilli(),
                from.toEpochMilli(), providerName, providerName));
        facts.sort(Comparator.comparing(DeviceFacts::providerName)
                .thenComparing(DeviceFacts::mac).thenComparing(DeviceFacts::createdAt));
        return facts;
    }

    private static DeviceFacts facts(ResultSet row) throws SQLException {
        return new DeviceFacts(Mac.parse(row.getString(1)), row.getString(2), row.getString(3),
                row.getBoolean(4), Instant.ofEpochMilli(row.getLong(5)), instant(row, 6),
                instant(row, 7));
    }

    private static Optional<Instant> instant(ResultSet row, int column) throws SQLException {
        long millis = row.getLong(column);
        return row.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(millis));
    }
}
