package org.openprov.endpoint.internal;

/**
 * What the endpoint answers a phone, and the one line it logs about it.
 *
 * @param status the HTTP status
 * @param body the body; empty for every status but 200
 * @param contentType the content type of a 200, else null
 * @param etag the strong entity tag of a 200 or 304, else null
 * @param reason why this answer, for the log; never holds a secret
 */
record Answer(int status, byte[] body, String contentType, String etag, String reason) {

    private static final byte[] EMPTY = new byte[0];

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
