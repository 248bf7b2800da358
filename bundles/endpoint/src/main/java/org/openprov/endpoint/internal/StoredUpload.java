package org.openprov.endpoint.internal;

import java.nio.file.Path;
import java.time.Instant;
import org.openprov.api.registry.Mac;

/**
 * One upload a phone made, as kept on disk.
 *
 * @param mac the phone
 * @param kind what the phone uploaded
 * @param file where the bytes are
 * @param size how many bytes
 * @param time when the upload was stored
 */
public record StoredUpload(Mac mac, UploadKind kind, Path file, long size, Instant time) {
}
