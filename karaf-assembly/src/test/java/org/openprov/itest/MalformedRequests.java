package org.openprov.itest;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

/**
 * Requests no phone sends, generated from a seed so that a failure can be replayed: junk bytes,
 * overlong request lines and headers, path traversal in its many encodings, odd methods and
 * versions, HTTP/0.9 and HTTP/2 openings, broken headers and truncated requests. Every address
 * in them is 127.0.0.1: none asks the server to reach another host.
 */
final class MalformedRequests {

    /** The MAC-less common file of Yealink phones, present on every distribution. */
    static final String COMMON_FILE = "/prov/y000000000096.cfg";

    private static final String[] TRAVERSALS = {"..", "%2e%2e", "%2E%2e", "%252e%252e",
        "..%2f", "..%2F", "%2e%2e%2f", "%c0%ae%c0%ae", "%c0%2e%c0%2e", "%e0%80%ae%e0%80%ae",
        "..\\", "..%5c", "..%5C", "%2e%2e%5c", "..%00", "%00", "..;", ".%2e", "%2e.",
        "%u002e%u002e", "....//", "..%252f", "%%32%65%%32%65", ".%00.", "..%c0%af", "..%c1%9c"};
    private static final String[] TARGETS = {"etc/passwd", "etc/users.properties",
        "etc/org.openprov.endpoint.cfg", "data/openprov/derby/service.properties",
        "WEB-INF/web.xml", "windows/win.ini", "", "prov/001565a1b2c3.cfg"};
    private static final String[] METHODS = {"PUT", "POST", "DELETE", "PATCH", "TRACE",
        "CONNECT", "OPTIONS", "PROPFIND", "MKCOL", "LOCK", "BREW", "get", "Get", "gEt", "HEAD ",
        "G\tET", "GET\u0000", "\u00c9T\u00c9", "M-SEARCH", "X".repeat(300), "PRI"};
    private static final String[] VERSIONS = {"HTTP/1.2", "HTTP/2.0", "HTTP/3", "HTTP/1",
        "HTTP/1.1x", "http/1.1", "HTTP/ 1.1", "HTTP/1.1 extra", "HTTP/9.9", "HTTP/01.1",
        "FOO/1.1", "HTTP\\1.1", ""};
    private static final String[] BROKEN_HEADERS = {"NoColon", " Leading: space",
        "Space Before : colon", "X-Null: a\u0000b", "X-Bell: \u0007", "Content-Length: -1",
        "Content-Length: 99999999999999999999", "Content-Length: 1, 2", "Content-Length: abc",
        "Transfer-Encoding: chunked, identity", "Transfer-Encoding: gzip",
        "Transfer-Encoding: chunked\r\nContent-Length: 5", "Host: 127.0.0.1\r\nHost: localhost",
        "Expect: 100-continue", "Expect: 999-nonsense", "Upgrade: h2c\r\nConnection: Upgrade",
        "Connection: close, keep-alive, upgrade", "If-None-Match: " + "\"x\",".repeat(500),
        "User-Agent: Yealink SIP-T54W 96.86.0.100 00:15:65:zz:zz:zz", "Range: bytes=-1-2",
        "Folded: a\r\n b", ": no-name", "X-Utf8: \u00ff\u00fe\u00fd", "Cookie: " + "a=b; "
                .repeat(400)};

    private final Random random;

    MalformedRequests(long seed) {
        this.random = new Random(seed);
    }

    /**
     * One generated request.
     *
     * @param kind what family it belongs to, for messages and figures
     * @param parts the requests written together on one connection, usually one
     * @param head whether the first request is a HEAD
     */
    record Fuzz(String kind, List<byte[]> parts, boolean head) {

        byte[] bytes() {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            parts.forEach(out::writeBytes);
            return out.toByteArray();
        }

        /** @return the kind and the opening of the request, printable */
        String describe() {
            return kind + ": " + RawHttp.printable(new String(bytes(),
                    StandardCharsets.ISO_8859_1));
        }
    }

    /** @return count requests, drawn in turn from every family */
    List<Fuzz> generate(int count) {
        List<Supplier<Fuzz>> families = List.of(this::junk, this::longRequestLine,
                this::longHeaders, this::traversal, this::oddMethod, this::oddVersion,
                this::http09, this::http2, this::brokenHeader, this::truncated,
                this::pipelined, this::oddFileName);
        List<Fuzz> requests = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            requests.add(families.get(random.nextInt(families.size())).get());
        }
        return requests;
    }

    private Fuzz junk() {
        byte[] bytes = new byte[1 + random.nextInt(4096)];
        random.nextBytes(bytes);
        return one("junk bytes", bytes);
    }

    private Fuzz longRequestLine() {
        int length = 4000 + random.nextInt(60000);
        String path = "/prov/" + "a".repeat(length) + ".cfg";
        return one("overlong request line", request("GET", path, "HTTP/1.1", host()));
    }

    private Fuzz longHeaders() {
        StringBuilder headers = new StringBuilder(host());
        if (random.nextBoolean()) {
            headers.append("\r\nX-Long: ").append("b".repeat(4000 + random.nextInt(60000)));
        } else {
            for (int i = 0, n = 100 + random.nextInt(2000); i < n; i++) {
                headers.append("\r\nX-H").append(i).append(": v");
            }
        }
        return one("overlong headers", request("GET", COMMON_FILE, "HTTP/1.1",
                headers.toString()));
    }

    private Fuzz traversal() {
        StringBuilder path = new StringBuilder(random.nextBoolean() ? "/prov/" : "/");
        for (int i = 0, n = 1 + random.nextInt(6); i < n; i++) {
            path.append(randomCase(pick(TRAVERSALS)));
            path.append(random.nextInt(4) == 0 ? "\\" : "/");
        }
        path.append(pick(TARGETS));
        boolean head = random.nextInt(4) == 0;
        return new Fuzz("path traversal", List.of(request(head ? "HEAD" : "GET",
                path.toString(), "HTTP/1.1", host())), head);
    }

    private Fuzz oddMethod() {
        String method = random.nextInt(5) == 0 ? printableJunk(1 + random.nextInt(40))
                : pick(METHODS);
        String target = method.equals("CONNECT") ? "127.0.0.1:" + (1 + random.nextInt(65535))
                : random.nextBoolean() ? COMMON_FILE : "*";
        boolean body = random.nextBoolean();
        byte[] bytes = request(method, target, "HTTP/1.1",
                host() + (body ? "\r\nContent-Length: 4" : ""));
        return one("odd method", body ? concat(bytes, "body") : bytes);
    }

    private Fuzz oddVersion() {
        String version = random.nextInt(4) == 0 ? printableJunk(1 + random.nextInt(12))
                : pick(VERSIONS);
        return one("odd version", request("GET", COMMON_FILE, version, host()));
    }

    private Fuzz http09() {
        String[] forms = {"GET " + COMMON_FILE + "\r\n", "GET " + COMMON_FILE + "\r\n\r\n",
            "GET /\n", "GET\r\n\r\n", "GET " + COMMON_FILE};
        return one("HTTP/0.9", ascii(pick(forms)));
    }

    private Fuzz http2() {
        byte[] frames = new byte[random.nextInt(200)];
        random.nextBytes(frames);
        String opening = random.nextBoolean() ? "PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n"
                : "GET " + COMMON_FILE + " HTTP/2.0\r\nHost: 127.0.0.1\r\n\r\n";
        return one("HTTP/2 preface", concat(ascii(opening), frames));
    }

    private Fuzz brokenHeader() {
        StringBuilder headers = new StringBuilder(host());
        for (int i = 0, n = 1 + random.nextInt(3); i < n; i++) {
            headers.append("\r\n").append(pick(BROKEN_HEADERS));
        }
        String text = "GET " + COMMON_FILE + " HTTP/1.1\r\n" + headers + "\r\n\r\n";
        if (random.nextInt(3) == 0) {
            text = text.replace("\r\n", random.nextBoolean() ? "\n" : "\r");
        }
        return one("broken header", latin1(text));
    }

    private Fuzz truncated() {
        byte[] whole = request("GET", COMMON_FILE, "HTTP/1.1", host()
                + "\r\nUser-Agent: Yealink SIP-T54W 96.86.0.100\r\nContent-Length: 10");
        byte[] cut = new byte[random.nextInt(whole.length + 10)];
        System.arraycopy(whole, 0, cut, 0, Math.min(cut.length, whole.length));
        return one("truncated", cut);
    }

    private Fuzz pipelined() {
        List<byte[]> parts = new ArrayList<>();
        for (int i = 0, n = 2 + random.nextInt(4); i < n; i++) {
            parts.add(random.nextInt(3) == 0 ? oddVersion().parts().get(0)
                    : request("GET", random.nextBoolean() ? COMMON_FILE : "/prov/"
                            + printableJunk(8), "HTTP/1.1", host()));
        }
        return new Fuzz("pipelined", parts, false);
    }

    private Fuzz oddFileName() {
        StringBuilder path = new StringBuilder("/prov/");
        for (int i = 0, n = 1 + random.nextInt(60); i < n; i++) {
            path.append(String.format("%%%02x", random.nextInt(256)));
        }
        String agent = "User-Agent: Yealink SIP-T54W 96.86.0.100 " + printableJunk(30);
        return one("odd file name", request("GET", path.toString(), "HTTP/1.1",
                host() + "\r\n" + agent));
    }

    private String host() {
        return random.nextBoolean() ? "Host: 127.0.0.1" : "Host: localhost";
    }

    private String randomCase(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            out.append(random.nextBoolean() ? Character.toUpperCase(c) : c);
        }
        return out.toString();
    }

    private String printableJunk(int length) {
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append((char) (0x21 + random.nextInt(0x5e)));
        }
        return out.toString();
    }

    private String pick(String[] choices) {
        return choices[random.nextInt(choices.length)];
    }

    private static Fuzz one(String kind, byte[] bytes) {
        return new Fuzz(kind, List.of(bytes), false);
    }

    private static byte[] request(String method, String target, String version,
            String headers) {
        String line = version.isEmpty() ? method + " " + target : method + " " + target + " "
                + version;
        return latin1(line + "\r\n" + headers + "\r\n\r\n");
    }

    private static byte[] concat(byte[] first, String second) {
        return concat(first, latin1(second));
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = new byte[first.length + second.length];
        System.arraycopy(first, 0, both, 0, first.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] latin1(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }
}
