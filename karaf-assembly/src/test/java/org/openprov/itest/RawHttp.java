package org.openprov.itest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HTTP without a client library: bytes written to a socket on 127.0.0.1 as they are, and the
 * answer read back raw, so a test can send what no HTTP client would and see exactly what the
 * server says to it.
 */
final class RawHttp {

    private static final Pattern STATUS_LINE = Pattern.compile("HTTP/1\\.[01] (\\d{3})( .*)?");
    /** Enough of any answer to judge it; a longer one is cut, not an error. */
    private static final int MAX_ANSWER = 1 << 20;

    private RawHttp() {
    }

    /**
     * What came back for one request.
     *
     * @param bytes everything the server wrote before it closed or went silent
     * @param statuses the status of each response in order
     * @param silent whether the server neither answered nor closed within the read time-out
     * @param problem what could not be read as HTTP/1.x responses, or null
     */
    record Answer(byte[] bytes, List<Integer> statuses, boolean silent, String problem) {

        String text() {
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
    }

    /**
     * Writes the request, half-closes the socket (the server sees the end of the stream, as
     * from a phone that sent all it had), and reads until the server closes.
     *
     * @param head whether the first request is a HEAD, whose response has no body
     */
    static Answer exchange(int port, byte[] request, boolean head, int readTimeoutMillis)
            throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 2000);
            socket.setSoTimeout(readTimeoutMillis);
            try {
                socket.getOutputStream().write(request);
                socket.shutdownOutput();
            } catch (IOException closedEarly) {
                // The server may refuse and close before it has read everything: still read
                // what it answered.
            }
            return read(socket.getInputStream(), head);
        }
    }

    /** Reads responses until the server closes the connection or stays silent. */
    static Answer read(InputStream in, boolean head) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        boolean silent = false;
        try {
            for (int n; (n = in.read(buffer)) >= 0 && out.size() < MAX_ANSWER;) {
                out.write(buffer, 0, n);
            }
        } catch (SocketTimeoutException e) {
            silent = true;
        } catch (IOException reset) {
            // A reset after the answer is how some refusals end; judge what arrived.
        }
        byte[] bytes = out.toByteArray();
        List<Integer> statuses = new ArrayList<>();
        String problem = parse(bytes, head, statuses);
        return new Answer(bytes, statuses, silent, problem);
    }

    /**
     * Splits the bytes into responses by their status lines, headers and Content-Length.
     *
     * @return what does not read as HTTP/1.x responses, or null when all of it does
     */
    static String parse(byte[] bytes, boolean head, List<Integer> statuses) {
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        int at = 0;
        boolean first = true;
        while (at < text.length()) {
            int end = text.indexOf("\r\n\r\n", at);
            if (end < 0) {
                return "an unfinished response head at byte " + at;
            }
            String[] lines = text.substring(at, end).split("\r\n");
            Matcher status = STATUS_LINE.matcher(lines[0]);
            if (!status.matches()) {
                return "not a status line at byte " + at + ": " + printable(lines[0]);
            }
            int code = Integer.parseInt(status.group(1));
            statuses.add(code);
            at = end + 4;
            boolean noBody = code < 200 || code == 204 || code == 304 || head && first;
            long length = contentLength(lines);
            if (!noBody) {
                at = length < 0 ? text.length() : (int) Math.min(text.length(), at + length);
            }
            first = first && code < 200;
        }
        return null;
    }

    private static long contentLength(String[] lines) {
        for (String line : lines) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).trim().toLowerCase(Locale.ROOT)
                    .equals("content-length")) {
                return Long.parseLong(line.substring(colon + 1).trim());
            }
        }
        return -1;
    }

    /** Control characters as {@code ?}, and at most 160 characters: fit for a message. */
    static String printable(String text) {
        String clean = text.replaceAll("[^\\x20-\\x7e]", "?");
        return clean.length() > 160 ? clean.substring(0, 160) + "..." : clean;
    }
}
