package org.openprov.endpoint.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Proxy;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.After;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.openprov.api.access.AccessVerdict;
import org.junit.rules.TemporaryFolder;
import org.openprov.endpoint.internal.UploadStore.Limits;

/** Real PUTs, over a socket on 127.0.0.1, to the handler on a Jetty server of its own. */
public class PhoneRequestHandlerTest {

    private static final String UA = "FileTransport PolycomVVX-VVX_500-UA/5.9.7.47435"
            + " Type/Updater";
    private static final int CAP = 64;

    @Rule
    public TemporaryFolder temp = new TemporaryFolder();

    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(2)).build();
    private UploadStore store;
    private volatile UploadStore present;
    private Path data;
    private Server server;
    private int port;

    /** Fetch access in the open mode unless a test scripts it otherwise. */
    private final ScriptedAccess access = new ScriptedAccess();

    @Before
    public void setUp() throws Exception {
        data = temp.newFolder("data").toPath();
        store = new UploadStore(UploadStoreTest.registry(), data.resolve("uploads"),
                new Limits(CAP, 1024, 5), Clock.fixed(UploadStoreTest.T0, ZoneOffset.UTC));
        present = store;
        server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        server.addConnector(connector);
        server.setErrorHandler(new SilentErrorHandler());
        PhoneDispatcher dispatcher = new PhoneDispatcher(List::of, UploadStoreTest.registry(),
                d -> Optional.empty(), () -> -1, Optional::empty, () -> Optional.of(access),
                Clock::systemUTC);
        server.setHandler(new PhoneRequestHandler(dispatcher, () -> present, ""));
        server.start();
        port = connector.getLocalPort();
    }

    @After
    public void tearDown() throws Exception {
        server.stop();
    }

    @Test
    public void aPolyPhonesLogIsStoredAndAnsweredCreated() throws Exception {
        HttpResponse<String> response = put("/prov/0004f2a00001-boot.log",
                BodyPublishers.ofString("boot ok\n"));

        assertEquals(201, response.statusCode());
        assertEquals(Optional.of("0"), response.headers().firstValue("Content-Length"));
        assertEquals("", response.body());
        assertEquals(List.of(data.resolve("uploads/0004f2a00001/boot-log/"
                + "20260310T100000000Z-0000.bin")), UploadStoreTest.files(data));
        assertEquals("boot ok\n", Files.readString(UploadStoreTest.files(data).get(0)));
    }

    @Test
    public void aChunkedBodyIsStoredToo() throws Exception {
        HttpResponse<String> response = put("/prov/0004f2a00001-app.log", BodyPublishers
                .ofInputStream(() -> new ByteArrayInputStream(bytes("a".repeat(CAP)))));

        assertEquals(201, response.statusCode());
        assertEquals(CAP, store.latest(UploadStoreTest.POLY, UploadKind.APP_LOG).get().size());
    }

    @Test
    public void unknownPhonesAndNamesGetTheSameEmptyNotFound() throws Exception {
        for (String path : new String[] {"/prov/0004f2a00009-app.log",
            "/prov/001565a00003-app.log", "/prov/0004f2a00001-license.cfg", "/prov/readme.txt",
            "/prov/sub/0004f2a00001-app.log", "/0004f2a00001-app.log",
            "/prov/0004f2a00001-app.log/.."}) {
            assertEmpty(path, 404, put(path, BodyPublishers.ofString("x")));
        }
        // Jetty refuses encoded dots, slashes and NULs before any handler sees them.
        for (String path : new String[] {"/prov/%2e%2e/0004f2a00001-app.log",
            "/prov/..%2f0004f2a00001-app.log", "/prov/%2e%2e%2f0004f2a00001-app.log",
            "/prov/0004f2a00001-app.log%00"}) {
            assertEmpty(path, 400, put(path, BodyPublishers.ofString("x")));
        }
        assertEquals(List.of(), UploadStoreTest.files(data));
    }

    private static void assertEmpty(String path, int status, HttpResponse<String> response) {
        assertEquals(path, status, response.statusCode());
        assertEquals(path, Optional.of("0"), response.headers().firstValue("Content-Length"));
        assertEquals(path, "", response.body());
    }

    @Test
    public void anAnnouncedBodyOverTheCapIsRefusedBeforeItIsSent() throws Exception {
        String answer = raw("PUT /prov/0004f2a00001-app.log HTTP/1.1\r\nHost: x\r\n"
                + "Content-Length: 1000000\r\nExpect: 100-continue\r\n\r\n", false);

        assertTrue(answer, answer.startsWith("HTTP/1.1 413 "));
        assertTrue(answer, answer.contains("\r\nContent-Length: 0\r\n"));
        assertTrue(answer, !answer.contains("100 Continue"));
        assertEquals(List.of(), UploadStoreTest.files(data));
    }

    @Test
    public void aChunkedBodyOverTheCapIsRefused() throws Exception {
        HttpResponse<String> response = put("/prov/0004f2a00001-app.log", BodyPublishers
                .ofInputStream(() -> new ByteArrayInputStream(bytes("a".repeat(CAP + 1)))));

        assertEquals(413, response.statusCode());
        assertEquals(Optional.of("0"), response.headers().firstValue("Content-Length"));
        assertEquals(List.of(), UploadStoreTest.files(data));
    }

    @Test
    public void aBrokenChunkIsABadRequest() throws Exception {
        String answer = raw("PUT /prov/0004f2a00001-app.log HTTP/1.1\r\nHost: x\r\n"
                + "Transfer-Encoding: chunked\r\n\r\n5\r\nhello\r\nzz\r\nabc\r\n0\r\n\r\n", false);

        assertTrue(answer, answer.startsWith("HTTP/1.1 400 "));
        assertEquals(List.of(), UploadStoreTest.files(data));
    }

    @Test
    public void aBodyCutShortIsABadRequest() throws Exception {
        String answer = raw("PUT /prov/0004f2a00001-app.log HTTP/1.1\r\nHost: x\r\n"
                + "Content-Length: 40\r\n\r\nonly ten b", true);

        assertTrue(answer, answer.startsWith("HTTP/1.1 400 "));
        assertEquals(List.of(), UploadStoreTest.files(data));
    }

    @Test
    public void withoutAStoreEveryPutIsNotFound() throws Exception {
        present = null;

        assertEquals(404, put("/prov/0004f2a00001-app.log", BodyPublishers.ofString("x"))
                .statusCode());
        assertEquals(List.of(), UploadStoreTest.files(data));
    }

    @Test
    public void otherMethodsNamePutAmongTheAllowed() throws Exception {
        HttpResponse<String> response = client.send(request("/prov/0004f2a00001-app.log")
                .method("DELETE", BodyPublishers.noBody()).build(), BodyHandlers.ofString());

        assertEquals(405, response.statusCode());
        assertEquals(Optional.of("GET, HEAD, PUT"), response.headers().firstValue("Allow"));
    }

    @Test
    public void getAndHeadOfAnUploadedNameStayNotFound() throws Exception {
        put("/prov/0004f2a00001-app.log", BodyPublishers.ofString("log"));

        HttpResponse<String> get = client.send(request("/prov/0004f2a00001-app.log").GET()
                .build(), BodyHandlers.ofString());
        HttpResponse<String> head = client.send(request("/prov/0004f2a00001-app.log")
                .method("HEAD", BodyPublishers.noBody()).build(), BodyHandlers.ofString());

        assertEquals(404, get.statusCode());
        assertEquals("", get.body());
        assertEquals(404, head.statusCode());
    }

    @Test
    public void theEndpointHandsItsUploadStoreToTheHandler() throws Exception {
        int endpointPort = freePort();
        JettyEndpoint endpoint = new JettyEndpoint(UploadStoreTest.registry(),
                endpointConfig(endpointPort));
        endpoint.access = access;
        try {
            String path = "http://127.0.0.1:" + endpointPort + "/prov/0004f2a00001-web.cfg";
            assertEquals(404, client.send(HttpRequest.newBuilder(URI.create(path))
                    .PUT(BodyPublishers.ofString("w")).build(), BodyHandlers.ofString())
                    .statusCode());
            endpoint.uploads = store;
            assertEquals(201, client.send(HttpRequest.newBuilder(URI.create(path))
                    .PUT(BodyPublishers.ofString("w")).build(), BodyHandlers.ofString())
                    .statusCode());
        } finally {
            endpoint.deactivate();
        }
        assertEquals(1, UploadStoreTest.files(data).size());
    }

    private HttpResponse<String> put(String path, BodyPublisher body)
            throws IOException, InterruptedException {
        return client.send(request(path).PUT(body).build(), BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("User-Agent", UA).timeout(Duration.ofSeconds(5));
    }

    /** Sends bytes as they are, for framings HttpClient will not produce; returns the head. */
    private String raw(String request, boolean closeOutput) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 2000);
            socket.setSoTimeout(5000);
            OutputStream out = socket.getOutputStream();
            out.write(bytes(request));
            out.flush();
            if (closeOutput) {
                socket.shutdownOutput();
            }
            InputStream in = socket.getInputStream();
            StringBuilder head = new StringBuilder();
            for (int c = in.read(); c >= 0; c = in.read()) {
                head.append((char) c);
                if (head.indexOf("\r\n\r\n") >= 0) {
                    break;
                }
            }
            return head.toString();
        }
    }

    /** The endpoint's defaults, but on this machine only, whatever attributes it gains. */
    private static EndpointConfig endpointConfig(int port) {
        return (EndpointConfig) Proxy.newProxyInstance(EndpointConfig.class.getClassLoader(),
                new Class<?>[] {EndpointConfig.class}, (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "host":
                            return "127.0.0.1";
                        case "port":
                            return port;
                        case "maxThreads":
                            return 16;
                        case "annotationType":
                            return EndpointConfig.class;
                        case "hashCode":
                            return 0;
                        case "equals":
                            return proxy == args[0];
                        case "toString":
                            return "EndpointConfig(127.0.0.1:" + port + ")";
                        default:
                            return method.getDefaultValue();
                    }
                });
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Test
    public void uploadsNeedTheFetchAccessOfTheirPhone() throws Exception {
        access.script = (a, registered) -> new AccessVerdict(AccessVerdict.Outcome.CHALLENGE,
                Optional.empty(), 0, List.of("Digest realm=\"OpenProv\""), 0, "asked");
        HttpResponse<String> asked = put("/prov/0004f2a00001-app.log", BodyPublishers.ofString(
                "log"));
        assertEquals(401, asked.statusCode());
        assertEquals("Digest realm=\"OpenProv\"", asked.headers().firstValue("WWW-Authenticate")
                .orElseThrow());
        // Its body unread, the connection closes, and the phone is told.
        assertEquals(Optional.of("close"), asked.headers().firstValue("Connection"));
        assertEquals("PUT", access.attempts.get(0).method());
        access.script = (a, registered) -> AccessVerdict.refuse("wrong token");
        assertEquals(404, put("/prov/t/Wr0ng/0004f2a00001-app.log", BodyPublishers.ofString(
                "log")).statusCode());
        assertEquals(Optional.of("Wr0ng"), access.attempts.get(1).token());
        assertEquals(0, UploadStoreTest.files(data).size());
        access.script = (a, registered) -> AccessVerdict.serve(Optional.empty(), 0, "open");
        assertEquals(201, put("/prov/0004f2a00001-app.log", BodyPublishers.ofString("log"))
                .statusCode());
        assertEquals(List.of(401, 404, 201), access.events.stream().map(e -> e.status())
                .toList());
    }

    @Test
    public void aRequestLineOfAnotherHttpVersionIsAClientError() throws Exception {
        for (String version : new String[] {"HTTP/1.2", "HTTP/2.0", "HTTP/3", "HTTP/1",
            "HTTP/1.1x", "http/1.1", "HTTP/9.9", "HTTP/01.1", "FOO/1.1", "HTTP/0.9"}) {
            String answer = raw("GET /prov/x.cfg " + version + "\r\nHost: x\r\n\r\n", true);
            String status = answer.lines().findFirst().orElse("");
            assertTrue(version + ": " + status, status.matches("HTTP/1\\.1 4\\d\\d .*"));
        }
    }
}
