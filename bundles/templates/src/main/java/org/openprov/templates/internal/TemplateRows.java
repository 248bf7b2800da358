package org.openprov.templates.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.openprov.api.registry.Device;
import org.openprov.api.registry.Mac;
import org.openprov.api.settings.Level;
import org.openprov.api.settings.Template;
import org.openprov.api.settings.TemplateState;
import org.openprov.api.settings.TemplateValue;
import org.openprov.jdbc.Jdbc;
import org.openprov.jdbc.SqlStates;

/** The SQL of templates, their values and their assignments. */
final class TemplateRows {

    private static final String COLUMNS = "SELECT id, name, level_id, provider_name,"
            + " customer_name, state_id, vendors, models FROM template";
    private static final String VALUES = "SELECT template_id, setting_name, setting_value,"
            + " locked FROM template_value";

    private TemplateRows() {
    }

    /**
     * @param c a connection
     * @param template a new template, not yet stored
     * @param now its creation time
     * @throws SQLException a duplicate when its name is taken, ignoring case
     */
    static void insert(Connection c, Template template, Instant now) throws SQLException {
        Jdbc.update(c, "INSERT INTO template (name, name_key, level_id, provider_name,"
                + " customer_name, state_id, vendors, models, created_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", template.name(),
                TemplateRules.key(template.name()), template.level().id(),
                template.providerName(), template.customerName(), template.state().id(),
                joined(template.vendors()), joined(template.models()), now.toEpochMilli());
    }

    /**
     * @param c a connection
     * @param name a name in any case
     * @return the template with its values, if any
     */
    static Optional<StoredTemplate> byName(Connection c, String name) throws SQLException {
        Optional<StoredTemplate> head = Jdbc.first(c, COLUMNS + " WHERE name_key = ?",
                TemplateRows::head, TemplateRules.key(name));
        if (head.isEmpty()) {
            return head;
        }
        return Optional.of(head.get().with(values(c, head.get().id())));
    }

    /** @return every template with its values, by id */
    static List<StoredTemplate> all(Connection c) throws SQLException {
        Map<Long, SortedMap<String, TemplateValue>> values = new HashMap<>();
        for (Object[] row : Jdbc.list(c, VALUES, TemplateRows::valueRow)) {
            values.computeIfAbsent((Long) row[0], id -> new TreeMap<>())
                    .put((String) row[1], (TemplateValue) row[2]);
        }
        List<StoredTemplate> all = new ArrayList<>();
        for (StoredTemplate head : Jdbc.list(c, COLUMNS + " ORDER BY id", TemplateRows::head)) {
            all.add(head.with(values.getOrDefault(head.id(), new TreeMap<>())));
        }
        return all;
    }

    /**
     * @param c a connection
     * @param device a device
     * @return the templates that apply to it, with their values
     */
    static List<AppliedTemplate> applying(Connection c, Device device) throws SQLException {
        Set<Long> assigned = assignedTo(c, device);
        List<StoredTemplate> enabled = Jdbc.list(c, COLUMNS + " WHERE state_id <> ?",
                TemplateRows::head, TemplateState.DISABLED.id());
        List<AppliedTemplate> applied = new ArrayList<>();
        for (StoredTemplate head : enabled) {
            boolean isAssigned = assigned.contains(head.id());
            if (Precedence.applies(head.template(), device, isAssigned)) {
                applied.add(new AppliedTemplate(head.id(),
                        head.with(values(c, head.id())).template(), isAssigned));
            }
        }
        return applied;
    }

    /**
     * @param c a connection
     * @param device a device
     * @param enabled every template that is not disabled, with its values
     * @return those that apply to the device; only its assignments are read
     */
    static List<AppliedTemplate> applying(Connection c, Device device,
            List<StoredTemplate> enabled) throws SQLException {
        Set<Long> assigned = enabled.isEmpty() ? Set.of() : assignedTo(c, device);
        List<AppliedTemplate> applied = new ArrayList<>();
        for (StoredTemplate stored : enabled) {
            boolean isAssigned = assigned.contains(stored.id());
            if (Precedence.applies(stored.template(), device, isAssigned)) {
                applied.add(new AppliedTemplate(stored.id(), stored.template(), isAssigned));
            }
        }
        return applied;
    }

    /** @return every template that is not disabled, with its values, by id */
    static List<StoredTemplate> enabled(Connection c) throws SQLException {
        return all(c).stream()
                .filter(t -> t.template().state() != TemplateState.DISABLED).toList();
    }

    private static Set<Long> assignedTo(Connection c, Device device) throws SQLException {
        return new HashSet<>(Jdbc.list(c, "SELECT template_id FROM template_assignment"
                + " WHERE mac = ?", r -> r.getLong(1), device.mac().hex()));
    }

    static void setState(Connection c, long id, TemplateState state) throws SQLException {
        Jdbc.update(c, "UPDATE template SET state_id = ? WHERE id = ?", state.id(), id);
    }

    static void putValue(Connection c, long id, String name, TemplateValue value)
            throws SQLException {
        int updated = Jdbc.update(c, "UPDATE template_value SET setting_value = ?, locked = ?"
                + " WHERE template_id = ? AND setting_name = ?", value.value(), value.locked(),
                id, name);
        if (updated == 0) {
            Jdbc.update(c, "INSERT INTO template_value (template_id, setting_name,"
                    + " setting_value, locked) VALUES (?, ?, ?, ?)", id, name, value.value(),
                    value.locked());
        }
    }

    static boolean removeValue(Connection c, long id, String name) throws SQLException {
        return Jdbc.update(c, "DELETE FROM template_value WHERE template_id = ? AND"
                + " setting_name = ?", id, name) > 0;
    }

    /** @return false if the template was assigned to the device already */
    static boolean assign(Connection c, long id, Mac mac, Instant now) throws SQLException {
        if (assigned(c, id).contains(mac)) {
            return false;
        }
        try {
            Jdbc.update(c, "INSERT INTO template_assignment (template_id, mac, assigned_at)"
                    + " VALUES (?, ?, ?)", id, mac.hex(), now.toEpochMilli());
            return true;
        } catch (SQLException e) {
            // Assigned by someone else since the look above: the outcome is the same.
            if (SqlStates.duplicate(e)) {
                return false;
            }
            throw e;
        }
    }

    static boolean unassign(Connection c, long id, Mac mac) throws SQLException {
        return Jdbc.update(c, "DELETE FROM template_assignment WHERE template_id = ? AND"
                + " mac = ?", id, mac.hex()) > 0;
    }

    /** @return the MACs the template is assigned to, in order */
    static List<Mac> assigned(Connection c, long id) throws SQLException {
        return Jdbc.list(c, "SELECT mac FROM template_assignment WHERE template_id = ?"
                + " ORDER BY mac", r -> Mac.parse(r.getString(1)), id);
    }

    /** Removes the template; its values and assignments go with it (ON DELETE CASCADE). */
    static boolean delete(Connection c, long id) throws SQLException {
        return Jdbc.update(c, "DELETE FROM template WHERE id = ?", id) > 0;
    }

    private static SortedMap<String, TemplateValue> values(Connection c, long id)
            throws SQLException {
        SortedMap<String, TemplateValue> values = new TreeMap<>();
        for (Object[] row : Jdbc.list(c, VALUES + " WHERE template_id = ?",
                TemplateRows::valueRow, id)) {
            values.put((String) row[1], (TemplateValue) row[2]);
        }
        return values;
    }

    private static Object[] valueRow(ResultSet row) throws SQLException {
        return new Object[] {row.getLong(1), row.getString(2),
            new TemplateValue(row.getString(3), row.getBoolean(4))};
    }

    private static StoredTemplate head(ResultSet row) throws SQLException {
        Template template = new Template(row.getString(2), level(row.getString(3)),
                row.getString(4), row.getString(5), TemplateState.parse(row.getString(6)),
                split(row.getString(7)), split(row.getString(8)), new TreeMap<>());
        return new StoredTemplate(row.getLong(1), template);
    }

    private static Level level(String id) {
        return Level.valueOf(id.toUpperCase(Locale.ROOT));
    }

    private static String joined(Set<String> entries) {
        return String.join(",", new TreeSet<>(entries));
    }

    private static Set<String> split(String text) {
        return text == null || text.isEmpty() ? Set.of()
                : new TreeSet<>(Arrays.asList(text.split(",")));
    }
}
