package org.openprov.templates.internal;

import java.util.List;
import org.openprov.jdbc.SchemaStep;

/**
 * The templates bundle's own tables, as ordered steps. A released step is never edited; a
 * change is a new step at the end. The registry's tables are not touched: a MAC here is a
 * plain value, not a foreign key, since devices are read through the {@code DeviceRegistry}
 * service.
 *
 * <p>The SQL is what Apache Derby and PostgreSQL both accept. Times are BIGINT milliseconds
 * since the epoch (UTC). Filters are stored as comma-separated lists: vendor ids and model keys
 * hold letters and digits only, so a comma never appears inside one.
 */
final class TemplateSchema {

    /** The table that records which steps a database has had. */
    static final String VERSION_TABLE = "template_schema_version";

    private static final SchemaStep TABLES = new SchemaStep(1,
            "templates, their values and assignments, configurations frozen at expiry", List.of(
            // name_key is the name in lower case: names are unique ignoring case.
            """
            CREATE TABLE template (
                id BIGINT GENERATED ALWAYS AS IDENTITY,
                name VARCHAR(64) NOT NULL,
                name_key VARCHAR(64) NOT NULL,
                level_id VARCHAR(16) NOT NULL,
                provider_name VARCHAR(64) NOT NULL,
                customer_name VARCHAR(64) NOT NULL,
                state_id VARCHAR(16) NOT NULL,
                vendors VARCHAR(2000) NOT NULL,
                models VARCHAR(2000) NOT NULL,
                created_at BIGINT NOT NULL,
                CONSTRAINT template_pk PRIMARY KEY (id),
                CONSTRAINT template_name_uq UNIQUE (name_key))""",
            """
            CREATE TABLE template_value (
                template_id BIGINT NOT NULL,
                setting_name VARCHAR(200) NOT NULL,
                setting_value VARCHAR(1024) NOT NULL,
                locked BOOLEAN NOT NULL,
                CONSTRAINT template_value_pk PRIMARY KEY (template_id, setting_name),
                CONSTRAINT template_value_fk FOREIGN KEY (template_id)
                    REFERENCES template (id) ON DELETE CASCADE)""",
            """
            CREATE TABLE template_assignment (
                template_id BIGINT NOT NULL,
                mac CHAR(12) NOT NULL,
                assigned_at BIGINT NOT NULL,
                CONSTRAINT template_assignment_pk PRIMARY KEY (template_id, mac),
                CONSTRAINT template_assignment_fk FOREIGN KEY (template_id)
                    REFERENCES template (id) ON DELETE CASCADE)""",
            // Every fetch asks which templates are assigned to the phone.
            "CREATE INDEX template_assignment_mac_ix ON template_assignment (mac)",
            // One row per frozen device, so that a device frozen with no value at all is told
            // apart from one never frozen.
            """
            CREATE TABLE frozen_device (
                mac CHAR(12) NOT NULL,
                frozen_at BIGINT NOT NULL,
                CONSTRAINT frozen_device_pk PRIMARY KEY (mac))""",
            """
            CREATE TABLE frozen_setting (
                mac CHAR(12) NOT NULL,
                setting_name VARCHAR(200) NOT NULL,
                setting_value VARCHAR(1024) NOT NULL,
                level_id VARCHAR(16) NOT NULL,
                template_name VARCHAR(64) NOT NULL,
                locked BOOLEAN NOT NULL,
                CONSTRAINT frozen_setting_pk PRIMARY KEY (mac, setting_name),
                CONSTRAINT frozen_setting_fk FOREIGN KEY (mac)
                    REFERENCES frozen_device (mac) ON DELETE CASCADE)"""));

    // One row counting the changes that can alter a resolved configuration, written in the
    // transaction of each change: every node sharing the database reads it to know whether what
    // it keeps in memory (templates, rendered files) is still current.
    private static final SchemaStep CHANGES = new SchemaStep(2,
            "a count of the changes to templates, shared by every node", List.of(
            """
            CREATE TABLE template_change (
                id INT NOT NULL,
                changes BIGINT NOT NULL,
                CONSTRAINT template_change_pk PRIMARY KEY (id))""",
            "INSERT INTO template_change (id, changes) VALUES (1, 0)"));

    private TemplateSchema() {
    }

    /** @return every step, by version */
    static List<SchemaStep> steps() {
        return List.of(TABLES, CHANGES);
    }
}
