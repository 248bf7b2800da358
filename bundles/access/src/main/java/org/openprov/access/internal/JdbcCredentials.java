package org.openprov.access.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.openprov.api.registry.Mac;
import org.openprov.jdbc.Jdbc;
import org.openprov.jdbc.SqlStates;
import org.openprov.jdbc.Transactions;

/** Devices' fetch credentials in the table {@code fetch_credential}. */
final class JdbcCredentials {

    private static final String COLUMNS = "mac, generation, password, token, previous_password,"
            + " previous_token, previous_until, armed_at, claimed_at, claimed_from,"
            + " bound_fingerprint, bound_subject";

    private final Transactions transactions;

    JdbcCredentials(Transactions transactions) {
        this.transactions = transactions;
    }

    /**
     * @param mac a device
     * @return its credentials, if it has any yet
     * @throws SQLException when the database fails
     */
    Optional<Credentials> find(Mac mac) throws SQLException {
        return transactions.run(c -> Jdbc.first(c, "SELECT " + COLUMNS
                + " FROM fetch_credential WHERE mac = ?", JdbcCredentials::read, mac.hex()));
    }

    /**
     * The device's credentials, made now (armed for first contact) if it has none.
     *
     * @param mac a device
     * @param now the time
     * @return its credentials
     * @throws SQLException when the database fails
     */
    Credentials findOrMake(Mac mac, Instant now) throws SQLException {
        Optional<Credentials> found = find(mac);
        if (found.isPresent()) {
            return found.get();
        }
        try {
            transactions.run(c -> Jdbc.update(c, "INSERT INTO fetch_credential (" + COLUMNS
                    + ") VALUES (?, 1, ?, ?, '', '', 0, ?, 0, '', '', '')", mac.hex(),
                    Secrets.make(Secrets.PASSWORD_LENGTH), Secrets.make(Secrets.TOKEN_LENGTH),
                    now.toEpochMilli()));
        } catch (SQLException e) {
            if (!SqlStates.duplicate(e)) {
                throw e;
            }
            // Another request made them at the same moment: theirs stand.
        }
        return find(mac).orElseThrow(() -> new SQLException("credentials of " + mac
                + " vanished right after they were made"));
    }

    /**
     * Records the first contact, once: of two requests at the same moment only one wins.
     *
     * @return whether this call recorded it
     */
    boolean claim(Mac mac, Instant now, String source) throws SQLException {
        return transactions.run(c -> Jdbc.update(c, "UPDATE fetch_credential SET claimed_at = ?,"
                + " claimed_from = ? WHERE mac = ? AND claimed_at = 0", now.toEpochMilli(),
                clip(source, 64), mac.hex())) == 1;
    }

    /**
     * Makes new credentials; the current ones become the previous ones, working until
     * {@code now + overlap}. Credentials are made first if the device has none.
     *
     * @return the new credentials
     */
    Credentials rotate(Mac mac, Instant now, Duration overlap) throws SQLException {
        findOrMake(mac, now);
        transactions.run(c -> Jdbc.update(c, "UPDATE fetch_credential SET"
                + " previous_password = password, previous_token = token, previous_until = ?,"
                + " password = ?, token = ?, generation = generation + 1 WHERE mac = ?",
                now.plus(overlap).toEpochMilli(), Secrets.make(Secrets.PASSWORD_LENGTH),
                Secrets.make(Secrets.TOKEN_LENGTH), mac.hex()));
        return find(mac).orElseThrow();
    }

    /** Allows a new first contact from now on; the credentials stay. */
    Credentials rearm(Mac mac, Instant now) throws SQLException {
        findOrMake(mac, now);
        transactions.run(c -> Jdbc.update(c, "UPDATE fetch_credential SET claimed_at = 0,"
                + " claimed_from = '', armed_at = ? WHERE mac = ?", now.toEpochMilli(),
                mac.hex()));
        return find(mac).orElseThrow();
    }

    /** Binds the device to a certificate; empty texts unbind. */
    Credentials bind(Mac mac, Instant now, String fingerprint, String subject)
            throws SQLException {
        findOrMake(mac, now);
        transactions.run(c -> Jdbc.update(c, "UPDATE fetch_credential SET bound_fingerprint = ?,"
                + " bound_subject = ?, generation = generation + 1 WHERE mac = ?", fingerprint,
                clip(subject, 512), mac.hex()));
        return find(mac).orElseThrow();
    }

    /** Forgets a device's credentials, as when it is removed. */
    void forget(Mac mac) throws SQLException {
        transactions.run(c -> Jdbc.update(c, "DELETE FROM fetch_credential WHERE mac = ?",
                mac.hex()));
    }

    private static Credentials read(ResultSet row) throws SQLException {
        return new Credentials(Mac.parse(row.getString(1)), row.getLong(2), row.getString(3),
                row.getString(4), row.getString(5), row.getString(6),
                Instant.ofEpochMilli(row.getLong(7)), Instant.ofEpochMilli(row.getLong(8)),
                Instant.ofEpochMilli(row.getLong(9)), row.getString(10), row.getString(11),
                row.getString(12));
    }

    static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
