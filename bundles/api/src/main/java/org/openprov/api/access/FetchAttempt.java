package org.openprov.api.access;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.openprov.api.registry.Mac;

/**
 * One request for a device-specific file, as the endpoint saw it.
 *
 * @param source the caller's IP address as text
 * @param mac the MAC the request asks for, registered or not
 * @param fileName the file name asked for
 * @param method the HTTP method, {@code GET} or {@code HEAD}
 * @param uri the request target as sent (path and query), which HTTP Digest signs
 * @param server the base URL for phone files the phone should use, ending in {@code /prov/}
 * @param secure whether the request came over TLS
 * @param authorization the Authorization header, if any; a secret, never log it
 * @param token the token from a {@code /prov/t/<token>/} URL, if any; a secret, never log it
 * @param certificate the client certificate the phone presented over TLS, if any
 * @param at when the request arrived
 */
public record FetchAttempt(String source, Mac mac, String fileName, String method, String uri,
        String server, boolean secure, Optional<String> authorization, Optional<String> token,
        Optional<ClientIdentity> certificate, Instant at) {

    /** Checks that nothing is missing. */
    public FetchAttempt {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(mac, "mac");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(server, "server");
        Objects.requireNonNull(authorization, "authorization");
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(certificate, "certificate");
        Objects.requireNonNull(at, "at");
    }

    /** Describes the attempt without its secrets. */
    @Override
    public String toString() {
        return "FetchAttempt[" + source + " " + method + " " + fileName + " for " + mac
                + (secure ? ", TLS" : "") + (authorization.isPresent() ? ", with credentials" : "")
                + (token.isPresent() ? ", with a token" : "") + "]";
    }
}
