package org.openprov.endpoint.internal;

import java.util.Optional;
import org.openprov.api.access.ClientIdentity;

/**
 * A phone's GET or HEAD as the dispatcher needs it, free of Jetty's types.
 *
 * @param fileName the file name asked for, without {@code /prov/} or the token
 * @param token the token of a {@code /prov/t/<token>/} URL, if any; a secret
 * @param userAgent the User-Agent, empty if none
 * @param ifNoneMatch the If-None-Match header, or null
 * @param method the HTTP method: GET, HEAD or PUT
 * @param uri the request target as sent, which HTTP Digest signs
 * @param source the caller's IP address
 * @param secure whether it came over TLS
 * @param server the base URL phones should use, ending in {@code /prov/}
 * @param authorization the Authorization header, if any; a secret
 * @param certificate the client certificate presented, if any
 */
record PhoneRequest(String fileName, Optional<String> token, String userAgent,
        String ifNoneMatch, String method, String uri, String source, boolean secure,
        String server, Optional<String> authorization, Optional<ClientIdentity> certificate) {

    /**
     * A plain request from the loopback address with no credentials, as tests and tools send.
     *
     * @param fileName the file name
     * @param userAgent the User-Agent
     * @param ifNoneMatch the If-None-Match header, or null
     * @param head whether it is a HEAD
     * @return the request
     */
    static PhoneRequest plain(String fileName, String userAgent, String ifNoneMatch,
            boolean head) {
        return new PhoneRequest(fileName, Optional.empty(), userAgent, ifNoneMatch,
                head ? "HEAD" : "GET", "/prov/" + fileName, "127.0.0.1", false, "http://127.0.0.1/prov/",
                Optional.empty(), Optional.empty());
    }

    /** @return whether only the headers are asked for */
    boolean head() {
        return "HEAD".equals(method);
    }

    /** Describes the request without its secrets. */
    @Override
    public String toString() {
        return "PhoneRequest[" + method() + " " + fileName + " from " + source
                + (token.isPresent() ? ", with a token" : "")
                + (authorization.isPresent() ? ", with credentials" : "") + "]";
    }
}
