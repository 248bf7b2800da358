package org.openprov.endpoint.internal;

import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.http.PreEncodedHttpField;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Jetty glue: turns a phone's HTTP request into a {@link PhoneDispatcher} call and its
 * {@link Answer} into a response that always carries {@code Content-Length} (phones do not all
 * cope with chunked bodies) and never a body on an error.
 */
final class PhoneRequestHandler extends Handler.Abstract {

    private static final Logger LOG = LoggerFactory.getLogger(PhoneRequestHandler.class);
    private static final HttpField NO_STORE =
            new PreEncodedHttpField(HttpHeader.CACHE_CONTROL, "no-store");
    private static final HttpField ALLOW = new PreEncodedHttpField(HttpHeader.ALLOW, "GET, HEAD");

    private final PhoneDispatcher dispatcher;

    PhoneRequestHandler(PhoneDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        String method = request.getMethod();
        boolean head = HttpMethod.HEAD.is(method);
        String fileName = PhoneDispatcher.fileNameOf(Request.getPathInContext(request));
        String agent = request.getHeaders().get(HttpHeader.USER_AGENT);
        Answer answer;
        if (fileName == null) {
            answer = Answer.notFound("path is not under /prov/");
        } else if (!head && !HttpMethod.GET.is(method)) {
            answer = new Answer(HttpStatus.METHOD_NOT_ALLOWED_405, new byte[0], null, null,
                    "method " + PhoneDispatcher.printable(method) + " not allowed");
            response.getHeaders().add(ALLOW);
        } else {
            answer = dispatch(fileName, agent == null ? "" : agent,
                    request.getHeaders().get(HttpHeader.IF_NONE_MATCH), head);
        }
        log(request, method, answer, agent);
        send(answer, head, response, callback);
        return true;
    }

    private Answer dispatch(String fileName, String agent, String ifNoneMatch, boolean head) {
        try {
            return dispatcher.answer(fileName, agent, ifNoneMatch, head);
        } catch (RuntimeException e) {
            LOG.warn("Failed to answer {}", fileName, e);
            return new Answer(500, new byte[0], null, null, "failure: " + e);
        }
    }

    private static void send(Answer answer, boolean head, Response response, Callback callback) {
        response.setStatus(answer.status());
        var headers = response.getHeaders();
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
        if (answer.status() == 200 || answer.status() == 304) {
            if (LOG.isDebugEnabled()) {
                LOG.debug("{} {} {} -> {} {}", Request.getRemoteAddr(request), method,
                        request.getHttpURI().getPath(), answer.status(), answer.reason());
            }
            return;
        }
        LOG.info("{} {} {} -> {}: {} [UA: {}]", Request.getRemoteAddr(request),
                PhoneDispatcher.printable(method),
                PhoneDispatcher.printable(request.getHttpURI().getPath()), answer.status(),
                answer.reason(), PhoneDispatcher.printable(agent));
    }
}
