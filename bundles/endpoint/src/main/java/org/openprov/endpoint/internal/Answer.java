package org.openprov.endpoint.internal;

import java.util.List;

/**
 * What the endpoint answers a phone, and the one line it logs about it.
 *
 * @param status the HTTP status
 * @param body the body; empty for every status but 200
 * @param contentType the content type of a 200, else null
 * @param etag the strong entity tag of a 200 or 304, else null
 * @param reason why this answer, for the log; never holds a secret
 * @param challenges the WWW-Authenticate values of a 401, else empty
 * @param retryAfterSeconds the Retry-After of a 429 or 503, else 0
 * @param routine whether this answer is a normal step, logged at debug level only: a 2xx or
 *        304, or the 401 that starts HTTP Digest
 */
record Answer(int status, byte[] body, String contentType, String etag, String reason,
        List<String> challenges, long retryAfterSeconds, boolean routine) {

    private static final byte[] EMPTY = new byte[0];

    /** An answer without extra headers. */
    Answer(int status, byte[] body, String contentType, String etag, String reason) {
        this(status, body, contentType, etag, reason, List.of(),
                status == 503 ? RETRY_AFTER_SECONDS : 0, status / 100 == 2 || status == 304);
    }

    /**
     * @param challenges the WWW-Authenticate values
     * @param reason why
     * @param failure whether credentials were wrong (logged), not just missing (debug only)
     * @return a 401 asking for credentials
     */
    static Answer challenge(List<String> challenges, String reason, boolean failure) {
        return new Answer(401, EMPTY, null, null, reason, List.copyOf(challenges), 0, !failure);
    }

    /** @return a 429 telling a banned source when to come back */
    static Answer banned(long retryAfterSeconds, String reason) {
        // The ban itself is logged once when it starts; a line per refused request would let
        // a banned scanner fill the log.
        return new Answer(429, EMPTY, null, null, reason, List.of(), retryAfterSeconds, true);
    }

    static Answer notFound(String reason) {
        return new Answer(404, EMPTY, null, null, reason);
    }

    /** Seconds a phone is asked to wait before it tries again after a 503. */
    static final int RETRY_AFTER_SECONDS = 60;

    static Answer unavailable(String reason) {
        return new Answer(503, EMPTY, null, null, reason);
    }

    static Answer notModified(String etag, String reason) {
        return new Answer(304, EMPTY, null, etag, reason);
    }
}
