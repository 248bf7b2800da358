package org.openprov.registry.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.openprov.api.registry.Mac;
import org.openprov.jdbc.Jdbc;

/**
 * The SQL of the last file each device received under each name. A fetch that receives the
 * same bytes as before writes nothing: the digest is compared in the UPDATE's condition.
 */
final class ServedFiles {

    private static final String UPDATE = "UPDATE served_file SET served_at = ?, digest = ?,"
            + " body = ? WHERE mac = ? AND file_name = ? AND digest <> ?";
    private static final String EXISTS = "SELECT 1 FROM served_file WHERE mac = ?"
            + " AND file_name = ?";
    private static final String INSERT = "INSERT INTO served_file (served_at, digest, body, mac,"
            + " file_name) VALUES (?, ?, ?, ?, ?)";

    private ServedFiles() {
    }

    /**
     * A file a device received, to keep.
     *
     * @param mac the device
     * @param fileName the name it asked for
     * @param body the masked bytes
     * @param at when
     */
    record Kept(Mac mac, String fileName, byte[] body, Instant at) {
    }

    /**
     * Keeps files in the caller's transaction, in order: of two for one name, the later wins.
     *
     * @throws SQLException a duplicate when another node stored the same name meanwhile
     */
    static void keep(Connection connection, List<Kept> files) throws SQLException {
        for (Kept file : files) {
            String digest = digest(file.body());
            long at = file.at().toEpochMilli();
            String mac = file.mac().hex();
            if (Jdbc.update(connection, UPDATE, at, digest, file.body(), mac, file.fileName(),
                    digest) == 0
                    && Jdbc.first(connection, EXISTS, row -> 1, mac, file.fileName()).isEmpty()) {
                Jdbc.update(connection, INSERT, at, digest, file.body(), mac, file.fileName());
            }
        }
    }

    static Optional<byte[]> read(Connection connection, Mac mac, String fileName)
            throws SQLException {
        return Jdbc.first(connection, "SELECT body FROM served_file WHERE mac = ?"
                + " AND file_name = ?", row -> row.getBytes(1), mac.hex(), fileName);
    }

    private static String digest(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("The JVM lacks SHA-256", e);
        }
    }
}
