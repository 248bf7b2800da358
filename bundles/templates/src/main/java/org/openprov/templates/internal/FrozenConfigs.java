package org.openprov.templates.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.openprov.api.registry.Mac;
import org.openprov.api.settings.Level;
import org.openprov.api.settings.ResolvedValue;
import org.openprov.jdbc.Jdbc;

/**
 * The SQL of configurations frozen at expiry: the resolved values an EXPIRED device keeps
 * receiving, whatever happens to its templates afterwards.
 */
final class FrozenConfigs {

    private FrozenConfigs() {
    }

    /**
     * @param c a connection
     * @param mac a device
     * @return its frozen values by name, if it has a snapshot (which may hold no value at all)
     */
    static Optional<Map<String, ResolvedValue>> load(Connection c, Mac mac)
            throws SQLException {
        if (!exists(c, mac)) {
            return Optional.empty();
        }
        Map<String, ResolvedValue> values = new TreeMap<>();
        for (ResolvedValue v : Jdbc.list(c, "SELECT setting_name, setting_value, level_id,"
                + " template_name, locked FROM frozen_setting WHERE mac = ?",
                r -> new ResolvedValue(r.getString(1), r.getString(2),
                        Level.valueOf(r.getString(3).toUpperCase(Locale.ROOT)), r.getString(4),
                        r.getBoolean(5)), mac.hex())) {
            values.put(v.name(), v);
        }
        return Optional.of(values);
    }

    /** @return whether the device has a snapshot */
    static boolean exists(Connection c, Mac mac) throws SQLException {
        return Jdbc.first(c, "SELECT 1 FROM frozen_device WHERE mac = ?", r -> true,
                mac.hex()).isPresent();
    }

    /**
     * @param c a connection
     * @param mac a device without a snapshot
     * @param values its resolved values
     * @param now when it is frozen
     * @throws SQLException a duplicate when another node froze it meanwhile
     */
    static void store(Connection c, Mac mac, Map<String, ResolvedValue> values, Instant now)
            throws SQLException {
        Jdbc.update(c, "INSERT INTO frozen_device (mac, frozen_at) VALUES (?, ?)", mac.hex(),
                now.toEpochMilli());
        List<Object[]> rows = new ArrayList<>();
        for (ResolvedValue v : values.values()) {
            rows.add(new Object[] {mac.hex(), v.name(), v.value(), v.level().id(),
                v.template(), v.locked()});
        }
        Jdbc.batch(c, "INSERT INTO frozen_setting (mac, setting_name, setting_value, level_id,"
                + " template_name, locked) VALUES (?, ?, ?, ?, ?, ?)", rows);
    }

    /** @return whether there was a snapshot to drop; its values go with it (CASCADE) */
    static boolean drop(Connection c, Mac mac) throws SQLException {
        return Jdbc.update(c, "DELETE FROM frozen_device WHERE mac = ?", mac.hex()) > 0;
    }
}
