package org.openprov.endpoint.internal;

import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers the errors Jetty raises itself (a malformed request line, an ambiguous path, a header
 * too large) with the status alone: an empty body and {@code Content-Length: 0}, no page that
 * tells a scanner what server this is.
 */
final class SilentErrorHandler extends ErrorHandler {

    private static final Logger LOG = LoggerFactory.getLogger(SilentErrorHandler.class);

    SilentErrorHandler() {
        setShowStacks(false);
        setShowCauses(false);
    }

    @Override
    protected void generateResponse(Request request, Response response, int code,
            String message, Throwable cause, Callback callback) {
        LOG.info("{} {} {} -> {}: refused by the HTTP parser ({})", Request.getRemoteAddr(request),
                PhoneDispatcher.printable(request.getMethod()),
                PhoneDispatcher.shownPath(request.getHttpURI().getPath()), code,
                PhoneDispatcher.printable(message));
        if (code == HttpStatus.HTTP_VERSION_NOT_SUPPORTED_505) {
            // A request line of no HTTP/1.x is the client's mistake: a plain 400, no 5xx.
            response.setStatus(HttpStatus.BAD_REQUEST_400);
        }
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, 0);
        response.write(true, null, callback);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        LOG.info("A request was refused with {} before it could be read: {}", status,
                PhoneDispatcher.printable(reason));
        fields.put(HttpHeader.CONTENT_LENGTH, "0");
        return null;
    }
}
