package org.openprov.endpoint.internal;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.junit.Assume.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.reflect.Proxy;
import java.net.ConnectException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.Security;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.net.ssl.KeyManager;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.util.Callback;
import org.junit.After;
import org.junit.Before;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.openprov.api.registry.DeviceRegistry;

/**
 * The endpoint's HTTPS listeners on a real Jetty, with a key store keytool makes for the test:
 * which TLS versions and suites each listener accepts, HTTP turned off, a bad key store
 * refused while the old listeners keep serving, and the client certificate of a request.
 */
public class TlsEndpointTest {

    private static final String PASSWORD = "Ks-Secret-4711";
    private static final String LEGACY_SUITE = "TLS_RSA_WITH_AES_128_CBC_SHA";
    private static final String LOG_PREFIX = " org.openprov.endpoint.internal.";

    static {
        // What etc/org.openprov.endpoint.cfg tells an operator to do for the legacy listener:
        // re-enable a TLS version in the JVM; here TLSv1.1 only, so TLSv1 stays refused. It
        // works only before this JVM's first TLS use; tests that need it assume it worked.
        String disabled = Security.getProperty("jdk.tls.disabledAlgorithms");
        if (disabled != null) {
            Security.setProperty("jdk.tls.disabledAlgorithms", Arrays.stream(disabled.split(","))
                    .map(String::trim).filter(a -> !a.equals("TLSv1.1"))
                    .collect(Collectors.joining(", ")));
        }
    }

    @ClassRule
    public static final TemporaryFolder FOLDER = new TemporaryFolder();

    private static Path serverStore;
    private static Path clientStore;
    private static X509Certificate serverCertificate;
    private static String clientFingerprint;

    private final List<JettyEndpoint> endpoints = new ArrayList<>();
    private final List<Server> servers = new ArrayList<>();
    private final Set<Integer> givenPorts = new HashSet<>();
    private final ByteArrayOutputStream log = new ByteArrayOutputStream();
    private PrintStream stderr;

    @BeforeClass
    public static void makeKeyStores() throws Exception {
        serverStore = FOLDER.getRoot().toPath().resolve("endpoint.p12");
        keytool("-genkeypair", "-alias", "endpoint", "-keyalg", "RSA", "-keysize", "2048",
                "-validity", "2", "-dname", "CN=localhost, O=OpenProv Test",
                "-ext", "SAN=ip:127.0.0.1,dns:localhost", "-storetype", "PKCS12",
                "-keystore", serverStore.toString(), "-storepass", PASSWORD);
        serverCertificate = (X509Certificate) open(serverStore).getCertificate("endpoint");

        clientStore = FOLDER.getRoot().toPath().resolve("phone.p12");
        keytool("-genkeypair", "-alias", "phone", "-keyalg", "RSA", "-keysize", "2048",
                "-validity", "2", "-dname", "CN=001565a1b2c3, O=OpenProv Test Phones",
                "-storetype", "PKCS12", "-keystore", clientStore.toString(),
                "-storepass", PASSWORD);
        String listing = keytool("-list", "-v", "-alias", "phone",
                "-keystore", clientStore.toString(), "-storepass", PASSWORD);
        clientFingerprint = listing.lines().map(String::trim)
                .filter(line -> line.startsWith("SHA256: ")).findFirst().orElseThrow()
                .substring("SHA256: ".length());
    }

    /** Everything logged during a test, to read it and to prove the password is not there. */
    @Before
    public void captureLog() {
        stderr = System.err;
        System.setErr(new PrintStream(new TeeStream(stderr, log), true, UTF_8));
    }

    @After
    public void tearDown() throws Exception {
        for (JettyEndpoint endpoint : endpoints) {
            endpoint.deactivate();
        }
        for (Server server : servers) {
            server.stop();
        }
        System.setErr(stderr);
        assertFalse("the key store password was logged", log().contains(PASSWORD));
    }

    @Test
    public void httpsAnswersOverTls13WithTheConfiguredCertificate() throws Exception {
        int http = freePort();
        int https = freePort();
        start(tls(http, https));

        Fetch fetch = fetch(https, "TLSv1.3", null, null);

        assertEquals("HTTP/1.1 404 Not Found", fetch.status());
        assertEquals("TLSv1.3", fetch.protocol());
        assertEquals(serverCertificate, fetch.server());
        assertEquals(404, plain(http, "/prov/x").getResponseCode());
    }

    @Test
    public void aHostNameTheCertificateDoesNotListIsServed() throws Exception {
        int https = freePort();
        start(tls(freePort(), https));

        Fetch fetch = fetch(https, "TLSv1.3", null, null, "provisioning.example.net");

        assertEquals("HTTP/1.1 404 Not Found", fetch.status());
    }

    @Test
    public void aTls12OnlyClientIsServedOnTheModernPort() throws Exception {
        int https = freePort();
        start(tls(freePort(), https));

        Fetch fetch = fetch(https, "TLSv1.2", "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256", null);

        assertEquals("HTTP/1.1 404 Not Found", fetch.status());
        assertEquals("TLSv1.2", fetch.protocol());
        assertEquals("TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256", fetch.cipher());
    }

    @Test
    public void aLegacySuiteIsRefusedOnTheModernPort() throws Exception {
        int https = freePort();
        start(tls(freePort(), https));

        SSLHandshakeException refused = assertThrows(SSLHandshakeException.class,
                () -> fetch(https, "TLSv1.2", LEGACY_SUITE, null));

        assertEquals("Received fatal alert: handshake_failure", refused.getMessage());
    }

    @Test
    public void aTls11ClientIsRefusedOnTheModernPortWhereTheJvmLetsItOfferTls11()
            throws Exception {
        assumeTrue("this JVM forbids TLSv1.1 (jdk.tls.disabledAlgorithms), so no client here"
                + " can offer it", TlsConfig.jvmAllows("TLSv1.1"));
        int https = freePort();
        start(tls(freePort(), https));

        SSLHandshakeException refused = assertThrows(SSLHandshakeException.class,
                () -> fetch(https, "TLSv1.1", null, null));

        assertEquals("Received fatal alert: protocol_version", refused.getMessage());
    }

    @Test
    public void theLegacyPortServesTls12WithALegacySuiteUnlessTheJvmForbidsIt()
            throws Exception {
        assumeTrue("this JVM forbids " + LEGACY_SUITE + " over TLSv1.2",
                TlsConfig.jvmAllows("TLSv1.2", LEGACY_SUITE));
        int legacy = freePort();
        start(tls(freePort(), freePort()).set("legacyHttpsPort", legacy));

        Fetch fetch = fetch(legacy, "TLSv1.2", LEGACY_SUITE, null);

        assertEquals("HTTP/1.1 404 Not Found", fetch.status());
        assertEquals("TLSv1.2", fetch.protocol());
        assertEquals(LEGACY_SUITE, fetch.cipher());
    }

    @Test
    public void theLegacyPortServesTls11WhereTheJvmAllowsIt() throws Exception {
        assumeTrue("this JVM forbids TLSv1.1 (jdk.tls.disabledAlgorithms)",
                TlsConfig.jvmAllows("TLSv1.1"));
        int legacy = freePort();
        start(tls(freePort(), 0).set("legacyHttpsPort", legacy));

        Fetch fetch = fetch(legacy, "TLSv1.1", null, null);

        assertEquals("HTTP/1.1 404 Not Found", fetch.status());
        assertEquals("TLSv1.1", fetch.protocol());
    }

    @Test
    public void versionsTheJvmRefusesAreNamedInAWarnAndLeftOut() throws Exception {
        assumeTrue("this test needs a JVM that allows TLSv1.1 and refuses TLSv1",
                TlsConfig.jvmAllows("TLSv1.1") && !TlsConfig.jvmAllows("TLSv1"));
        int http = freePort();
        int legacy = freePort();
        start(tls(http, 0).set("legacyHttpsPort", legacy));

        assertTrue(log(), log().contains("WARN" + LOG_PREFIX + "TlsConfig - legacyTlsProtocols"
                + " lists TLSv1, which this JVM refuses to negotiate (jdk.tls.disabledAlgorithms"
                + " in " + System.getProperty("java.home") + "/conf/security/java.security);"
                + " only TLSv1.2, TLSv1.1 will be offered until they are re-enabled there\n"));
        assertTrue(log(), log().contains("INFO" + LOG_PREFIX + "JettyEndpoint - Phone endpoint"
                + " listening on http://127.0.0.1:" + http + "/prov/, legacy https://127.0.0.1:"
                + legacy + "/prov/ (TLSv1.2, TLSv1.1; the JVM refuses TLSv1)\n"));
    }

    @Test
    public void theStartLineNamesEveryListener() throws Exception {
        int http = freePort();
        int https = freePort();
        int legacy = freePort();
        start(tls(http, https).set("legacyHttpsPort", legacy).set("legacyTlsProtocols", "TLSv1.2")
                .set("clientAuth", "want"));

        assertTrue(log(), log().contains("INFO" + LOG_PREFIX + "JettyEndpoint - Phone endpoint"
                + " listening on http://127.0.0.1:" + http + "/prov/, https://127.0.0.1:" + https
                + "/prov/ (TLSv1.3, TLSv1.2), legacy https://127.0.0.1:" + legacy
                + "/prov/ (TLSv1.2), client certificates asked for\n"));
    }

    @Test
    public void httpCanBeTurnedOffWhenHttpsIsOn() throws Exception {
        int http = freePort();
        int https = freePort();
        start(tls(http, https).set("httpEnabled", false));

        assertThrows(ConnectException.class, () -> new Socket("127.0.0.1", http).close());
        assertEquals("HTTP/1.1 404 Not Found", fetch(https, "TLSv1.3", null, null).status());
        assertTrue(log(), log().contains("JettyEndpoint - Phone endpoint listening on"
                + " https://127.0.0.1:" + https + "/prov/ (TLSv1.3, TLSv1.2)\n"));
    }

    @Test
    public void aConfigurationWithoutAnyListenerIsRefused() throws Exception {
        int http = freePort();
        JettyEndpoint endpoint = start(TestConfig.http(http));
        EndpointConfig none = TestConfig.http(http).set("httpEnabled", false).build();

        endpoint.modified(none);

        assertEquals("no listener is left: httpEnabled is false and neither httpsPort nor"
                + " legacyHttpsPort is set", JettyEndpoint.problem(none));
        assertEquals(404, plain(http, "/prov/x").getResponseCode());
    }

    @Test
    public void aWrongKeystorePasswordKeepsTheOldListeners() throws Exception {
        int http = freePort();
        int https = freePort();
        int next = freePort();
        JettyEndpoint endpoint = start(tls(http, https));
        EndpointConfig wrong = tls(http, next).set("keystorePassword", "Not-The-Password")
                .build();

        endpoint.modified(wrong);

        assertEquals("HTTP/1.1 404 Not Found", fetch(https, "TLSv1.3", null, null).status());
        assertThrows(ConnectException.class, () -> new Socket("127.0.0.1", next).close());
        assertTrue(log(), log().contains("ERROR" + LOG_PREFIX + "JettyEndpoint - Ignoring the"
                + " changed etc/org.openprov.endpoint.cfg: keystorePassword does not open"
                + " keystorePath " + serverStore + "; phones are still served on"
                + " http://127.0.0.1:" + http + "/prov/, https://127.0.0.1:" + https
                + "/prov/ (TLSv1.3, TLSv1.2)\n"));
        assertFalse(log().contains("Not-The-Password"));
    }

    @Test
    public void badTlsValuesAreRefusedNamingTheirKey() {
        Path missing = FOLDER.getRoot().toPath().resolve("missing.p12");
        assertEquals("keystorePath " + missing + " is not a readable file", JettyEndpoint
                .problem(tls(8080, 8443).set("keystorePath", missing.toString()).build()));
        assertEquals("keystoreType PKCS13 is not a key store type this JVM knows (PKCS12 or"
                + " JKS)", JettyEndpoint.problem(tls(8080, 8443).set("keystoreType", "PKCS13")
                        .build()));
        assertEquals("tlsProtocols names TLSv1.4, which is not a TLS version this JVM knows"
                + " ([TLSv1.3, TLSv1.2, TLSv1.1, TLSv1])", JettyEndpoint.problem(tls(8080, 8443)
                        .set("tlsProtocols", "TLSv1.3, TLSv1.4").build()));
        assertEquals("legacyTlsCiphers names TLS_NO_SUCH_SUITE, a cipher suite this JVM does"
                + " not know", JettyEndpoint.problem(tls(8080, 0).set("legacyHttpsPort", 8444)
                        .set("legacyTlsCiphers", "TLS_NO_SUCH_SUITE").build()));
        assertEquals("clientAuth must be none or want, not need",
                JettyEndpoint.problem(TestConfig.http(8080).set("clientAuth", "need").build()));
        assertEquals("port and httpsPort are both 8080; each listener needs its own port",
                JettyEndpoint.problem(tls(8080, 8080).build()));
        assertNull(JettyEndpoint.problem(tls(8080, 8443).build()));
    }

    @Test
    public void aRelativeKeystorePathIsReadFromTheKarafEtcFolder() {
        String before = System.getProperty("karaf.etc");
        System.setProperty("karaf.etc", "/opt/openprov/etc");
        try {
            assertEquals(Path.of("/opt/openprov/etc/tls/endpoint.p12"),
                    TlsConfig.keystorePath("tls/endpoint.p12"));
            assertEquals(Path.of("/srv/endpoint.p12"), TlsConfig.keystorePath("/srv/endpoint.p12"));
        } finally {
            if (before == null) {
                System.clearProperty("karaf.etc");
            } else {
                System.setProperty("karaf.etc", before);
            }
        }
    }

    @Test
    public void aWantedClientCertificateReachesTheRequest() throws Exception {
        int https = freePort();
        echoClientCertificate(tls(freePort(), https).set("clientAuth", "want").build());

        Fetch withKey = fetch(https, "TLSv1.3", null, clientKeys());
        Fetch withoutKey = fetch(https, "TLSv1.3", null, null);
        Fetch overTls12 = fetch(https, "TLSv1.2", null, clientKeys());

        String expected = "CN=001565a1b2c3,O=OpenProv Test Phones " + clientFingerprint;
        assertEquals(expected, withKey.header("X-Client-Certificate"));
        assertEquals("none", withoutKey.header("X-Client-Certificate"));
        assertEquals(expected, overTls12.header("X-Client-Certificate"));
    }

    @Test
    public void noClientCertificateIsAskedForByDefault() throws Exception {
        int http = freePort();
        int https = freePort();
        echoClientCertificate(tls(http, https).build());

        assertEquals("none", fetch(https, "TLSv1.3", null, clientKeys())
                .header("X-Client-Certificate"));
        assertEquals("none", plain(http, "/").getHeaderField("X-Client-Certificate"));
    }

    private static TestConfig tls(int http, int https) {
        return TestConfig.http(http).set("httpsPort", https)
                .set("keystorePath", serverStore.toString()).set("keystorePassword", PASSWORD);
    }

    private JettyEndpoint start(TestConfig config) throws Exception {
        JettyEndpoint endpoint = new JettyEndpoint(registry(), config.build());
        endpoints.add(endpoint);
        return endpoint;
    }

    /** Starts the listeners of the configuration with a handler that shows the certificate. */
    private void echoClientCertificate(EndpointConfig config) throws Exception {
        Server server = new Server();
        Listeners.of(config).addTo(server);
        server.setHandler(new Handler.Abstract() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) {
                Optional<ClientCertificate> seen = ClientCertificate.of(request);
                response.getHeaders().put("X-Client-Certificate",
                        seen.map(c -> c.subject() + " " + c.sha256()).orElse("none"));
                response.getHeaders().put("Content-Length", 0);
                response.write(true, null, callback);
                return true;
            }
        });
        servers.add(server);
        server.start();
    }

    /** What a TLS client saw: the version and suite agreed, the certificate, the response. */
    private record Fetch(String protocol, String cipher, X509Certificate server,
            String response) {

        String status() {
            return response.lines().findFirst().orElse("");
        }

        String header(String name) {
            return response.lines().filter(line -> line.startsWith(name + ": "))
                    .map(line -> line.substring(name.length() + 2)).findFirst().orElse(null);
        }
    }

    /** GET /prov/x over TLS from 127.0.0.1, limited to one version and perhaps one suite. */
    private static Fetch fetch(int port, String protocol, String cipher, KeyManager[] keys)
            throws Exception {
        return fetch(port, protocol, cipher, keys, "127.0.0.1:" + port);
    }

    private static Fetch fetch(int port, String protocol, String cipher, KeyManager[] keys,
            String host) throws Exception {
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keys, new TrustManager[] {new TrustAll()}, null);
        try (SSLSocket socket = (SSLSocket) context.getSocketFactory()
                .createSocket("127.0.0.1", port)) {
            socket.setSoTimeout(5000);
            socket.setEnabledProtocols(new String[] {protocol});
            if (cipher != null) {
                socket.setEnabledCipherSuites(new String[] {cipher});
            }
            socket.startHandshake();
            OutputStream out = socket.getOutputStream();
            out.write(("GET /prov/x HTTP/1.1\r\nHost: " + host
                    + "\r\nConnection: close\r\n\r\n").getBytes(ISO_8859_1));
            out.flush();
            String response = new String(socket.getInputStream().readAllBytes(), ISO_8859_1);
            return new Fetch(socket.getSession().getProtocol(),
                    socket.getSession().getCipherSuite(),
                    (X509Certificate) socket.getSession().getPeerCertificates()[0], response);
        }
    }

    private static HttpURLConnection plain(int port, String path) throws IOException {
        HttpURLConnection c = (HttpURLConnection) new URL("http://127.0.0.1:" + port + path)
                .openConnection();
        c.setConnectTimeout(2000);
        c.setReadTimeout(5000);
        return c;
    }

    private static KeyManager[] clientKeys() throws Exception {
        KeyManagerFactory factory =
                KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        factory.init(open(clientStore), PASSWORD.toCharArray());
        return factory.getKeyManagers();
    }

    private static KeyStore open(Path path) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(path)) {
            store.load(in, PASSWORD.toCharArray());
        }
        return store;
    }

    /** Runs the keytool of the JDK running the test; fails the test when keytool fails. */
    private static String keytool(String... args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.add("-J-Duser.language=en");
        command.addAll(Arrays.asList(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), UTF_8);
        assertTrue("keytool did not finish", process.waitFor(60, SECONDS));
        assertEquals("keytool failed: " + output, 0, process.exitValue());
        return output;
    }

    private String log() {
        System.err.flush();
        return log.toString(UTF_8);
    }

    /** @return a port nothing listens on, never one this test was given before */
    private int freePort() throws IOException {
        while (true) {
            try (ServerSocket socket = new ServerSocket(0)) {
                if (givenPorts.add(socket.getLocalPort())) {
                    return socket.getLocalPort();
                }
            }
        }
    }

    private static DeviceRegistry registry() {
        return (DeviceRegistry) Proxy.newProxyInstance(TlsEndpointTest.class.getClassLoader(),
                new Class<?>[] {DeviceRegistry.class}, (proxy, method, args) -> {
                    if (method.getName().equals("device")) {
                        return Optional.empty();
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    /** The test's client trusts any server; each test checks the certificate it got. */
    private static final class TrustAll implements X509TrustManager {

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) {
            // a client only
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) {
            // any server
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }

    /** Writes to the console and keeps a copy. */
    private static final class TeeStream extends OutputStream {

        private final OutputStream console;
        private final ByteArrayOutputStream copy;

        TeeStream(OutputStream console, ByteArrayOutputStream copy) {
            this.console = console;
            this.copy = copy;
        }

        @Override
        public synchronized void write(int b) throws IOException {
            console.write(b);
            copy.write(b);
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) throws IOException {
            console.write(b, off, len);
            copy.write(b, off, len);
        }

        @Override
        public void flush() throws IOException {
            console.flush();
        }
    }
}
