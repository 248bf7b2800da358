package org.openprov.endpoint.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.http.PreEncodedHttpField;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.openprov.api.access.ClientIdentity;
import org.openprov.api.registry.Mac;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Jetty glue: turns a phone's HTTP request into a {@link PhoneDispatcher} call and its
 * {@link Answer} into a response that always carries {@code Content-Length} (phones do not all
 * cope with chunked bodies) and never a body on an error. A {@code PUT}, which only Poly phones
 * send, goes to the {@link UploadStore}.
 */
final class PhoneRequestHandler extends Handler.Abstract {

    private static final Logger LOG = LoggerFactory.getLogger(PhoneRequestHandler.class);
    private static final HttpField NO_STORE =
            new PreEncodedHttpField(HttpHeader.CACHE_CONTROL, "no-store");
    private static final HttpField CLOSE =
            new PreEncodedHttpField(HttpHeader.CONNECTION, "close");
    private static final HttpField ALLOW =
            new PreEncodedHttpField(HttpHeader.ALLOW, "GET, HEAD, PUT");

    /** What a Host header may hold to be written back into a phone's provisioning URL. */
    private static final Pattern AUTHORITY = Pattern.compile("[A-Za-z0-9.-]{1,253}(:[0-9]{1,5})?"
            + "|\\[[0-9A-Fa-f:.]{2,45}\\](:[0-9]{1,5})?");

    private final PhoneDispatcher dispatcher;
    private final Supplier<UploadStore> uploads;
    private final String publicUrl;

    /**
     * @param dispatcher answers GET and HEAD
     * @param uploads the upload store present now, or null when there is none
     * @param publicUrl the endpoint's base URL as phones reach it, e.g.
     *        {@code https://prov.example.net:8443}, or empty to take it from each request
     */
    PhoneRequestHandler(PhoneDispatcher dispatcher, Supplier<UploadStore> uploads,
            String publicUrl) {
        this.dispatcher = dispatcher;
        this.uploads = uploads;
        this.publicUrl = baseOf(publicUrl);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        String method = request.getMethod();
        boolean head = HttpMethod.HEAD.is(method);
        String path = PhoneDispatcher.fileNameOf(Request.getPathInContext(request));
        Map.Entry<Optional<String>, String> target = path == null ? null
                : PhoneDispatcher.tokenAndFile(path);
        String fileName = target == null ? null : target.getValue();
        String agent = request.getHeaders().get(HttpHeader.USER_AGENT);
        Answer answer;
        if (fileName == null) {
            answer = Answer.notFound("path is not under /prov/");
        } else if (HttpMethod.PUT.is(method)) {
            answer = upload(phoneRequest(request, target, agent, "PUT"), request);
            if (answer.status() != HttpStatus.CREATED_201) {
                // The body may be unread: the connection cannot carry another request, and the
                // phone is told so rather than finding it closed under its next one.
                response.getHeaders().add(CLOSE);
            }
        } else if (!head && !HttpMethod.GET.is(method)) {
            answer = new Answer(HttpStatus.METHOD_NOT_ALLOWED_405, new byte[0], null, null,
                    "method " + PhoneDispatcher.printable(method) + " not allowed");
            response.getHeaders().add(ALLOW);
        } else {
            answer = dispatch(phoneRequest(request, target, agent, head ? "HEAD" : "GET"));
        }
        log(request, method, answer, agent);
        send(answer, head, response, callback);
        return true;
    }

    private PhoneRequest phoneRequest(Request request, Map.Entry<Optional<String>, String> target,
            String agent, String method) {
        var headers = request.getHeaders();
        boolean secure = request.isSecure();
        return new PhoneRequest(target.getValue(), target.getKey(), agent == null ? "" : agent,
                headers.get(HttpHeader.IF_NONE_MATCH), method, request.getHttpURI().getPathQuery(),
                Request.getRemoteAddr(request), secure, server(request, secure),
                Optional.ofNullable(headers.get(HttpHeader.AUTHORIZATION)),
                ClientCertificate.of(request).map(c -> new ClientIdentity(c.subject(), c.sha256())));
    }

    /**
     * @param publicUrl the configured base URL, perhaps with a final / or /prov/
     * @return it without either, so {@code /prov/} is added once: an operator who writes the
     *         URL phones fetch from, {@code https://host/prov/}, means the same endpoint
     */
    static String baseOf(String publicUrl) {
        String base = publicUrl == null ? "" : publicUrl.trim();
        while (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        if (base.endsWith("/prov")) {
            base = base.substring(0, base.length() - "/prov".length());
        }
        return base;
    }

    /** @return the base URL phones are told, ending in /prov/ */
    private String server(Request request, boolean secure) {
        if (!publicUrl.isEmpty()) {
            return publicUrl + "/prov/";
        }
        String host = request.getHeaders().get(HttpHeader.HOST);
        String authority = host != null && AUTHORITY.matcher(host).matches() ? host
                : Request.getLocalAddr(request) + ":" + Request.getLocalPort(request);
        return (secure ? "https://" : "http://") + authority + "/prov/";
    }

    private Answer dispatch(PhoneRequest phoneRequest) {
        String fileName = phoneRequest.fileName();
        try {
            return dispatcher.answer(phoneRequest);
        } catch (RuntimeException e) {
            LOG.warn("Failed to answer {}", PhoneDispatcher.printable(fileName), e);
            return new Answer(500, new byte[0], null, null, "failure: " + e);
        }
    }

    private Answer upload(PhoneRequest put, Request request) {
        String fileName = put.fileName();
        Optional<Mac> mac = UploadStore.uploadMac(fileName);
        if (mac.isPresent()) {
            Optional<Answer> refused;
            try {
                refused = dispatcher.refuseUpload(put, mac.get());
            } catch (RuntimeException e) {
                LOG.warn("Failed to check the upload {}", PhoneDispatcher.printable(fileName), e);
                return new Answer(500, new byte[0], null, null, "failure: " + e);
            }
            if (refused.isPresent()) {
                return refused.get();
            }
            Answer stored = store(fileName, request);
            dispatcher.recordUpload(put, mac.get(), stored);
            return stored;
        }
        return store(fileName, request);
    }

    private Answer store(String fileName, Request request) {
        UploadStore store = uploads.get();
        if (store == null) {
            return Answer.notFound("upload refused: the upload store is not running");
        }
        UploadStore.Result result;
        try {
            result = store.accept(fileName, request.getLength(),
                    Content.Source.asInputStream(request));
        } catch (IOException | RuntimeException e) {
            LOG.warn("Failed to store the upload {}", PhoneDispatcher.printable(fileName), e);
            return new Answer(500, new byte[0], null, null, "failure: " + e);
        }
        return new Answer(statusOf(result.outcome()), new byte[0], null, null, result.reason());
    }

    /** 201 rather than 204: RFC 9110 8.6 forbids Content-Length in a 204, and phones want it. */
    private static int statusOf(UploadStore.Outcome outcome) {
        return switch (outcome) {
            case STORED -> HttpStatus.CREATED_201;
            case NOT_FOUND -> HttpStatus.NOT_FOUND_404;
            case TOO_LARGE -> HttpStatus.PAYLOAD_TOO_LARGE_413;
            case BAD_BODY -> HttpStatus.BAD_REQUEST_400;
        };
    }

    private static void send(Answer answer, boolean head, Response response, Callback callback) {
        response.setStatus(answer.status());
        var headers = response.getHeaders();
        if (answer.retryAfterSeconds() > 0) {
            headers.put(HttpHeader.RETRY_AFTER, answer.retryAfterSeconds());
        }
        for (String challenge : answer.challenges()) {
            headers.add(HttpHeader.WWW_AUTHENTICATE, challenge);
        }
        if (answer.etag() != null) {
            headers.put(HttpHeader.ETAG, answer.etag());
            headers.add(NO_STORE);
        }
        if (answer.contentType() != null) {
            headers.put(HttpHeader.CONTENT_TYPE, answer.contentType());
        }
        // A 304 has no body and must not claim a length other than the 200's (RFC 9110 8.6).
        if (answer.status() != 304) {
            headers.put(HttpHeader.CONTENT_LENGTH, answer.body().length);
        }
        if (head || answer.body().length == 0) {
            response.write(true, null, callback);
        } else {
            response.write(true, ByteBuffer.wrap(answer.body()), callback);
        }
    }

    private static void log(Request request, String method, Answer answer, String agent) {
        if (answer.routine()) {
            if (LOG.isDebugEnabled()) {
                LOG.debug("{} {} {} -> {} {}", Request.getRemoteAddr(request), method,
                        PhoneDispatcher.shownPath(request.getHttpURI().getPath()),
                        answer.status(), answer.reason());
            }
            return;
        }
        LOG.info("{} {} {} -> {}: {} [UA: {}]", Request.getRemoteAddr(request),
                PhoneDispatcher.printable(method),
                PhoneDispatcher.shownPath(request.getHttpURI().getPath()), answer.status(),
                answer.reason(), PhoneDispatcher.printable(agent));
    }
}
