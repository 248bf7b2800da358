package org.openprov.access.internal;

import java.util.List;
import org.openprov.jdbc.SchemaStep;

/**
 * The access bundle's own tables, as ordered steps. A released step is never edited; a change
 * is a new step at the end. A MAC here is a plain value, not a foreign key into the registry's
 * tables. The SQL is what Apache Derby and PostgreSQL both accept. Times are BIGINT milliseconds
 * since the epoch (UTC), 0 for "never"; absent text is the empty string.
 */
final class AccessSchema {

    /** The table that records which steps a database has had. */
    static final String VERSION_TABLE = "access_schema";

    private static final SchemaStep TABLES = new SchemaStep(1,
            "fetch policies, device credentials, bans, fetch audit, shared secret", List.of(
            """
            CREATE TABLE fetch_policy (
                provider_name VARCHAR(64) NOT NULL,
                mode VARCHAR(16) NOT NULL,
                bootstrap BOOLEAN NOT NULL,
                overlap_seconds BIGINT NOT NULL,
                updated_at BIGINT NOT NULL,
                CONSTRAINT fetch_policy_pk PRIMARY KEY (provider_name))""",
            // The previous password and token stay valid until previous_until, so a phone
            // that has not fetched since a rotation is not locked out.
            """
            CREATE TABLE fetch_credential (
                mac CHAR(12) NOT NULL,
                generation BIGINT NOT NULL,
                password VARCHAR(64) NOT NULL,
                token VARCHAR(64) NOT NULL,
                previous_password VARCHAR(64) NOT NULL,
                previous_token VARCHAR(64) NOT NULL,
                previous_until BIGINT NOT NULL,
                armed_at BIGINT NOT NULL,
                claimed_at BIGINT NOT NULL,
                claimed_from VARCHAR(64) NOT NULL,
                bound_fingerprint VARCHAR(64) NOT NULL,
                bound_subject VARCHAR(512) NOT NULL,
                CONSTRAINT fetch_credential_pk PRIMARY KEY (mac))""",
            "CREATE INDEX fetch_credential_token_ix ON fetch_credential (token)",
            """
            CREATE TABLE fetch_ban (
                source VARCHAR(64) NOT NULL,
                banned_since BIGINT NOT NULL,
                banned_until BIGINT NOT NULL,
                failures INT NOT NULL,
                reason VARCHAR(200) NOT NULL,
                CONSTRAINT fetch_ban_pk PRIMARY KEY (source))""",
            """
            CREATE TABLE fetch_event (
                id BIGINT GENERATED ALWAYS AS IDENTITY,
                mac CHAR(12) NOT NULL,
                fetched_at BIGINT NOT NULL,
                source VARCHAR(64) NOT NULL,
                file_name VARCHAR(255) NOT NULL,
                status INT NOT NULL,
                how VARCHAR(200) NOT NULL,
                CONSTRAINT fetch_event_pk PRIMARY KEY (id))""",
            "CREATE INDEX fetch_event_mac_ix ON fetch_event (mac, fetched_at)",
            "CREATE INDEX fetch_event_at_ix ON fetch_event (fetched_at)",
            // The key of digest nonces, shared so that any node accepts another's nonce.
            """
            CREATE TABLE fetch_secret (
                name VARCHAR(32) NOT NULL,
                secret VARCHAR(128) NOT NULL,
                CONSTRAINT fetch_secret_pk PRIMARY KEY (name))"""));

    // The same answer to the same source for the same file, again and again (a phone asking
    // for an unchanged file), is counted on the line that said it first within the hour.
    private static final SchemaStep COUNTED_LINES = new SchemaStep(2,
            "repeated audit lines counted on the first", List.of(
            "ALTER TABLE fetch_event ADD COLUMN repeats INT DEFAULT 0 NOT NULL",
            "ALTER TABLE fetch_event ADD COLUMN last_at BIGINT DEFAULT 0 NOT NULL"));

    private AccessSchema() {
    }

    /** @return the steps in order */
    static List<SchemaStep> steps() {
        return List.of(TABLES, COUNTED_LINES);
    }
}
