package org.openprov.entitlement.internal;

import org.openprov.jdbc.SchemaStep;
import java.util.List;

/**
 * The entitlement bundle's own tables, as ordered steps. A released step is never edited; a
 * change is a new step at the end. The registry's tables are not touched: devices are read
 * through the {@code DeviceRegistry} service, and a MAC here is a plain value, not a foreign
 * key, so licenses stay on record for billing after a device is removed.
 *
 * <p>The SQL is what Apache Derby and PostgreSQL both accept. Times are BIGINT milliseconds
 * since the epoch (UTC).
 */
final class EntitlementSchema {

    /** The table that records which steps a database has had. */
    static final String VERSION_TABLE = "entitlement_schema";

    private static final SchemaStep TABLES = new SchemaStep(1,
            "provider plans, device licenses, expiry notices", List.of(
            """
            CREATE TABLE provider_plan (
                provider_name VARCHAR(64) NOT NULL,
                enabled BOOLEAN NOT NULL,
                forced BOOLEAN NOT NULL,
                updated_at BIGINT NOT NULL,
                CONSTRAINT provider_plan_pk PRIMARY KEY (provider_name),
                CONSTRAINT provider_plan_forced_ck CHECK (enabled OR NOT forced))""",
            // term_no counts a MAC's licenses from 1. Two licenses added to one device at the
            // same moment both read n terms and both try to write term n + 1: the unique key
            // lets one in and sends the other back to read again, so terms never overlap.
            """
            CREATE TABLE device_license (
                id BIGINT GENERATED ALWAYS AS IDENTITY,
                mac CHAR(12) NOT NULL,
                term_no INT NOT NULL,
                provider_name VARCHAR(64) NOT NULL,
                added_at BIGINT NOT NULL,
                starts_at BIGINT NOT NULL,
                ends_at BIGINT NOT NULL,
                CONSTRAINT device_license_pk PRIMARY KEY (id),
                CONSTRAINT device_license_term_uq UNIQUE (mac, term_no),
                CONSTRAINT device_license_term_ck CHECK (ends_at > starts_at))""",
            "CREATE INDEX device_license_mac_ix ON device_license (mac)",
            // Billing reads the licenses a provider added in a month.
            "CREATE INDEX device_license_added_ix ON device_license (provider_name, added_at)",
            // One row per expired device, written by whichever node noticed first.
            """
            CREATE TABLE expiry_notice (
                mac CHAR(12) NOT NULL,
                expired_at BIGINT NOT NULL,
                notified_at BIGINT NOT NULL,
                CONSTRAINT expiry_notice_pk PRIMARY KEY (mac))"""));

    /**
     * The window's length is fixed when a device's window starts, so every length configured
     * is kept with the time it took effect; a device's length is the row in force at its first
     * delivery. Rows are only ever added.
     */
    private static final SchemaStep WINDOW_LENGTHS = new SchemaStep(2,
            "history of the window length", List.of(
            """
            CREATE TABLE window_length (
                since BIGINT NOT NULL,
                days INT NOT NULL,
                CONSTRAINT window_length_pk PRIMARY KEY (since),
                CONSTRAINT window_length_days_ck CHECK (days >= 1))"""));

    private EntitlementSchema() {
    }

    /** @return every step, by version */
    static List<SchemaStep> steps() {
        return List.of(TABLES, WINDOW_LENGTHS);
    }
}
