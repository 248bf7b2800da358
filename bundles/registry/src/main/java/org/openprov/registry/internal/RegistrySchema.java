package org.openprov.registry.internal;

import org.openprov.jdbc.SchemaStep;
import java.util.List;

/**
 * The registry's schema as an ordered list of steps. A released step is never edited: a change
 * to the schema is a new step at the end, so every database reaches the same shape.
 *
 * <p>The SQL keeps to what Apache Derby and PostgreSQL both accept: identity columns, named
 * constraints, {@code ON DELETE CASCADE}. Times are BIGINT milliseconds since the epoch (UTC),
 * which sort and compare the same everywhere. Column names avoid words either database reserves
 * ({@code user}, {@code value}, {@code size}).
 */
final class RegistrySchema {

    /** The table holding the registry's schema version. */
    static final String VERSION_TABLE = "schema_version";

    private static final SchemaStep TABLES = new SchemaStep(1,
            "providers, customers, devices, SIP lines, settings, deliveries", List.of(
            """
            CREATE TABLE provider (
                id BIGINT GENERATED ALWAYS AS IDENTITY,
                name VARCHAR(64) NOT NULL,
                created_at BIGINT NOT NULL,
                CONSTRAINT provider_pk PRIMARY KEY (id),
                CONSTRAINT provider_name_uq UNIQUE (name))""",
            """
            CREATE TABLE customer (
                id BIGINT GENERATED ALWAYS AS IDENTITY,
                provider_id BIGINT NOT NULL,
                name VARCHAR(64) NOT NULL,
                created_at BIGINT NOT NULL,
                CONSTRAINT customer_pk PRIMARY KEY (id),
                CONSTRAINT customer_name_uq UNIQUE (provider_id, name),
                CONSTRAINT customer_provider_fk FOREIGN KEY (provider_id)
                    REFERENCES provider (id))""",
            // The MAC is unique across the platform; the surrogate id lets a later step move a
            // device's configuration to a replacement phone with one UPDATE.
            """
            CREATE TABLE device (
                id BIGINT GENERATED ALWAYS AS IDENTITY,
                mac CHAR(12) NOT NULL,
                customer_id BIGINT NOT NULL,
                vendor VARCHAR(32) NOT NULL,
                model VARCHAR(64) NOT NULL,
                label VARCHAR(200) NOT NULL,
                created_at BIGINT NOT NULL,
                updated_at BIGINT NOT NULL,
                first_delivered_at BIGINT,
                CONSTRAINT device_pk PRIMARY KEY (id),
                CONSTRAINT device_mac_uq UNIQUE (mac),
                CONSTRAINT device_customer_fk FOREIGN KEY (customer_id)
                    REFERENCES customer (id))""",
            """
            CREATE TABLE sip_line (
                device_id BIGINT NOT NULL,
                line_no INT NOT NULL,
                user_name VARCHAR(128) NOT NULL,
                auth_user VARCHAR(128) NOT NULL,
                password VARCHAR(128) NOT NULL,
                display_name VARCHAR(128) NOT NULL,
                label VARCHAR(64) NOT NULL,
                server VARCHAR(255) NOT NULL,
                port INT NOT NULL,
                transport VARCHAR(3) NOT NULL,
                CONSTRAINT sip_line_pk PRIMARY KEY (device_id, line_no),
                CONSTRAINT sip_line_device_fk FOREIGN KEY (device_id)
                    REFERENCES device (id) ON DELETE CASCADE,
                CONSTRAINT sip_line_no_ck CHECK (line_no BETWEEN 1 AND 64),
                CONSTRAINT sip_line_port_ck CHECK (port BETWEEN 1 AND 65535),
                CONSTRAINT sip_line_transport_ck CHECK (transport IN ('UDP', 'TCP', 'TLS')))""",
            """
            CREATE TABLE device_setting (
                device_id BIGINT NOT NULL,
                setting_key VARCHAR(64) NOT NULL,
                setting_value VARCHAR(255) NOT NULL,
                CONSTRAINT device_setting_pk PRIMARY KEY (device_id, setting_key),
                CONSTRAINT device_setting_device_fk FOREIGN KEY (device_id)
                    REFERENCES device (id) ON DELETE CASCADE)""",
            // Deliveries are keyed by the MAC the phone presented, so the endpoint's write needs
            // no lookup; the index serves "latest deliveries of a device".
            """
            CREATE TABLE delivery (
                id BIGINT GENERATED ALWAYS AS IDENTITY,
                mac CHAR(12) NOT NULL,
                file_name VARCHAR(255) NOT NULL,
                delivered_at BIGINT NOT NULL,
                size_bytes BIGINT NOT NULL,
                CONSTRAINT delivery_pk PRIMARY KEY (id),
                CONSTRAINT delivery_device_fk FOREIGN KEY (mac)
                    REFERENCES device (mac) ON DELETE CASCADE)""",
            "CREATE INDEX delivery_mac_at_ix ON delivery (mac, delivered_at)",
            // Derby indexes foreign keys by itself; PostgreSQL does not, and lists by customer.
            "CREATE INDEX device_customer_ix ON device (customer_id)"));

    private static final SchemaStep PLAN = new SchemaStep(2,
            "the plan of each device: Provisioning Plus or monthly", List.of(
            "ALTER TABLE device ADD COLUMN provisioning_plus BOOLEAN DEFAULT FALSE NOT NULL"));

    // A removed device leaves what billing needs of it, so past months can be computed again.
    private static final SchemaStep HISTORY = new SchemaStep(3,
            "what billing keeps of removed devices", List.of(
            """
            CREATE TABLE device_archive (
                id BIGINT GENERATED ALWAYS AS IDENTITY,
                mac CHAR(12) NOT NULL,
                provider_name VARCHAR(64) NOT NULL,
                customer_name VARCHAR(64) NOT NULL,
                provisioning_plus BOOLEAN NOT NULL,
                created_at BIGINT NOT NULL,
                removed_at BIGINT NOT NULL,
                first_delivered_at BIGINT,
                CONSTRAINT device_archive_pk PRIMARY KEY (id))""",
            "CREATE INDEX device_archive_removed_ix ON device_archive (removed_at)"));

    // Settings of the vocabulary, keys and raw vendor settings have longer names and values;
    // a line may leave its server, port and transport to the settings (empty, 0, empty).
    // The last file each device received is kept, so the console can show what changed.
    // Derby's ALTER syntax; another database needs its own spelling of these statements.
    private static final SchemaStep SETTINGS = new SchemaStep(4,
            "settings model, lines that inherit, served files", List.of(
            "ALTER TABLE device_setting ALTER COLUMN setting_key SET DATA TYPE VARCHAR(200)",
            "ALTER TABLE device_setting ALTER COLUMN setting_value SET DATA TYPE VARCHAR(1024)",
            "ALTER TABLE sip_line DROP CONSTRAINT sip_line_port_ck",
            "ALTER TABLE sip_line ADD CONSTRAINT sip_line_port_ck CHECK (port BETWEEN 0 AND 65535)",
            "ALTER TABLE sip_line DROP CONSTRAINT sip_line_transport_ck",
            "ALTER TABLE sip_line ADD CONSTRAINT sip_line_transport_ck"
                    + " CHECK (transport IN ('UDP', 'TCP', 'TLS', ''))",
            """
            CREATE TABLE served_file (
                mac CHAR(12) NOT NULL,
                file_name VARCHAR(255) NOT NULL,
                served_at BIGINT NOT NULL,
                digest CHAR(64) NOT NULL,
                body BLOB(4M) NOT NULL,
                CONSTRAINT served_file_pk PRIMARY KEY (mac, file_name))"""));

    // Every fetch of a phone's own file inserts a delivery, and each index of the table is one
    // more tree to search and split. Derby already keeps an index on mac for the foreign key;
    // an index on exactly mac shares it (Derby builds no second tree), while PostgreSQL, which
    // does not index foreign keys, gets the one it needs for the cascade and for a device's
    // latest deliveries, which are few enough to sort.
    private static final SchemaStep LIGHTER_DELIVERIES = new SchemaStep(5,
            "deliveries indexed by MAC alone, one tree less per delivery", List.of(
            "DROP INDEX delivery_mac_at_ix",
            "CREATE INDEX delivery_mac_ix ON delivery (mac)"));

    // The same bytes of the same file fetched again are counted on the delivery that first
    // carried them, not inserted: the table grows with what phones received, not with how
    // often they asked. The ETag tells one content from another.
    private static final SchemaStep COUNTED_DELIVERIES = new SchemaStep(6,
            "repeated deliveries counted on the first, with the content's ETag", List.of(
            "ALTER TABLE delivery ADD COLUMN etag VARCHAR(80)",
            "ALTER TABLE delivery ADD COLUMN fetch_count INT DEFAULT 1 NOT NULL",
            "ALTER TABLE delivery ADD COLUMN last_at BIGINT"));

    private RegistrySchema() {
    }

    /** @return every step, in order of version */
    static List<SchemaStep> steps() {
        return List.of(TABLES, PLAN, HISTORY, SETTINGS, LIGHTER_DELIVERIES,
                COUNTED_DELIVERIES);
    }
}
