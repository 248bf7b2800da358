package org.openprov.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.CoreOptions;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * Fetch access on the real distribution with its shipped default, the password mode: a Yealink
 * phone's first contact gets a bootstrap file, then HTTP Digest with the credentials that file
 * gave; the token mode; a rotation with its overlap; Basic refused over plain HTTP; a source
 * banned after failures and lifted at the console; the fetch audit.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class FetchAccessIT extends OpenProvTestSupport {

    /** From shared/fixtures/user-agents.tsv (SIP-T54W row shape, fw 96). */
    private static final String YEALINK_UA = "Yealink SIP-T54W 96.86.0.100 ";
    private static final String SIP_PASSWORD = "s1pS3cret";
    private static final int FAILURE_LIMIT = 6;
    private static final Pattern DIGEST_NONCE = Pattern.compile("nonce=\"([^\"]+)\"");

    @Override
    protected String accessMode() {
        return "password";
    }

    private static final String STORE_PASSWORD = "itest-store-pw";
    private static final String ENDPOINT_CFG = "etc/org.openprov.endpoint.cfg";

    @Override
    protected Option[] extraOptions() {
        // Runs where Pax Exam prepares the container: makes the endpoint's key store and a
        // phone's client certificate with the JDK's keytool.
        Path keys = Path.of("target", "exam-keys").toAbsolutePath();
        Path endpoint = keys.resolve("endpoint.p12");
        Path phone = keys.resolve("phone.p12");
        String fingerprint;
        try {
            Files.createDirectories(keys);
            Files.deleteIfExists(endpoint);
            Files.deleteIfExists(phone);
            keytool("-genkeypair", "-alias", "endpoint", "-keyalg", "RSA", "-keysize", "2048",
                    "-validity", "2", "-dname", "CN=localhost, O=OpenProv IT", "-storetype",
                    "PKCS12", "-keystore", endpoint.toString(), "-storepass", STORE_PASSWORD);
            keytool("-genkeypair", "-alias", "phone", "-keyalg", "RSA", "-keysize", "2048",
                    "-validity", "2", "-dname", "CN=001565a1b2c3, O=OpenProv IT Phones",
                    "-storetype", "PKCS12", "-keystore", phone.toString(), "-storepass",
                    STORE_PASSWORD);
            fingerprint = keytool("-list", "-v", "-alias", "phone", "-keystore",
                    phone.toString(), "-storepass", STORE_PASSWORD).lines().map(String::trim)
                    .filter(l -> l.startsWith("SHA256: ")).findFirst().orElseThrow()
                    .substring("SHA256: ".length());
        } catch (Exception e) {
            throw new IllegalStateException("keytool failed: " + e.getMessage(), e);
        }
        String httpsPort = String.valueOf(freeTcpPort());
        // The tests run from 127.0.0.1, which the shipped configuration never bans.
        return new Option[] {
            editConfigurationFilePut("etc/org.openprov.access.cfg", "neverBan", ""),
            editConfigurationFilePut("etc/org.openprov.access.cfg", "failureLimit",
                    String.valueOf(FAILURE_LIMIT)),
            editConfigurationFilePut(ENDPOINT_CFG, "httpsPort", httpsPort),
            editConfigurationFilePut(ENDPOINT_CFG, "keystorePath", endpoint.toString()),
            editConfigurationFilePut(ENDPOINT_CFG, "keystorePassword", STORE_PASSWORD),
            editConfigurationFilePut(ENDPOINT_CFG, "clientAuth", "want"),
            // The endpoint's one line per refusal, to check no token reaches the log.
            editConfigurationFilePut("etc/org.ops4j.pax.logging.cfg",
                    "log4j2.logger.openprovEndpoint.name", "org.openprov.endpoint"),
            editConfigurationFilePut("etc/org.ops4j.pax.logging.cfg",
                    "log4j2.logger.openprovEndpoint.level", "INFO"),
            CoreOptions.systemProperty("openprov.itest.httpsPort").value(httpsPort),
            CoreOptions.systemProperty("openprov.itest.phoneStore").value(phone.toString()),
            CoreOptions.systemProperty("openprov.itest.phoneFingerprint").value(fingerprint),
        };
    }

    private static int freeTcpPort() {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String keytool(String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.add("-J-Duser.language=en");
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(),
                StandardCharsets.UTF_8);
        if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)
                || process.exitValue() != 0) {
            throw new IllegalStateException("keytool " + args[0] + ": " + output);
        }
        return output;
    }

    /** Each test starts with the loopback address unbanned and its failures uncounted. */
    @Before
    public void forgetFailures() {
        run("access:lift 127.0.0.1");
    }

    @Test
    public void firstContactThenDigest() throws Exception {
        String mac = register(null);
        String agent = YEALINK_UA + mac;
        String path = "/prov/" + mac + ".cfg";

        HttpResponse<byte[]> bootstrap = fetch(path, agent);
        assertAnswer(200, bootstrap);
        String first = text(bootstrap);
        assertFalse("the bootstrap holds the SIP password", first.contains(SIP_PASSWORD));
        assertFalse(first, first.contains("account.1."));
        assertEquals(mac, value(first, "static.auto_provision.server.username"));
        assertEquals(baseUrl() + "/prov/", value(first, "static.auto_provision.server.url"));
        String password = value(first, "static.auto_provision.server.password");
        assertTrue(password, password.matches("[A-Za-z0-9]{20}"));

        HttpResponse<byte[]> asked = fetch(path, agent);
        assertAnswer(401, asked);
        List<String> challenges = asked.headers().allValues("WWW-Authenticate");
        assertTrue(challenges.toString(), challenges.stream().anyMatch(c -> c.startsWith(
                "Digest ") && c.contains("algorithm=MD5")));
        HttpResponse<byte[]> unknown = fetch("/prov/001565fff0f0.cfg", YEALINK_UA);
        assertAnswer(401, unknown);
        assertEquals("an unknown MAC is asked the same", challenges.size(),
                unknown.headers().allValues("WWW-Authenticate").size());

        HttpResponse<byte[]> own = digestGet(path, agent, mac, password, "MD5");
        assertAnswer(200, own);
        String body = text(own);
        assertTrue("the full file has the line", body.contains(SIP_PASSWORD));
        assertEquals(password, value(body, "static.auto_provision.server.password"));
        assertAnswer(200, digestGet(path, agent, mac, password, "SHA-256"));

        assertAnswer(401, digestGet(path, agent, mac, password + "x", "MD5"));
        assertAnswer(401, digestGet("/prov/001565fff0f1.cfg", YEALINK_UA, "001565fff0f1",
                password, "MD5"));

        String audit = awaitFetches(mac, 5);
        assertTrue(audit, audit.contains("first contact"));
        assertTrue(audit, audit.contains("wrong password"));
        assertTrue(audit, audit.contains("401"));
        assertFalse("device:fetches printed the fetch password", audit.contains(password));
        assertFalse(audit.contains(SIP_PASSWORD));
        String shown = run("access:show " + mac);
        assertFalse("access:show printed the password without --reveal",
                shown.contains(password));
        assertTrue(run("access:show --reveal " + mac).contains(password));
    }

    @Test
    public void basicIsRefusedOverPlainHttp() throws Exception {
        String mac = register(null);
        String agent = YEALINK_UA + mac;
        String password = value(text(fetch("/prov/" + mac + ".cfg", agent)),
                "static.auto_provision.server.password");
        String basic = "Basic " + Base64.getEncoder().encodeToString((mac + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
        assertAnswer(401, sendHeaders("GET", "/prov/" + mac + ".cfg",
                Map.of("User-Agent", agent, "Authorization", basic)));
    }

    @Test
    public void basicOverTlsAndABoundCertificate() throws Exception {
        String mac = register(null);
        String agent = YEALINK_UA + mac;
        String path = "/prov/" + mac + ".cfg";
        String password = value(text(fetch(path, agent)), "static.auto_provision.server.password");
        String basic = "Basic " + Base64.getEncoder().encodeToString((mac + ":" + password)
                .getBytes(StandardCharsets.UTF_8));

        assertEquals(200, tlsGet(path, agent, basic, false).status);
        String bound = run("access:bind --fingerprint "
                + System.getProperty("openprov.itest.phoneFingerprint") + " " + mac);
        assertTrue(bound, bound.contains("bound to the certificate"));
        assertEquals("bound: a phone without the certificate", 404,
                tlsGet(path, agent, basic, false).status);
        TlsAnswer withCertificate = tlsGet(path, agent, basic, true);
        assertEquals(200, withCertificate.status);
        assertTrue(withCertificate.text.contains(SIP_PASSWORD));
        assertAnswer(404, digestGet(path, agent, mac, password, "MD5"));
        run("access:unbind " + mac);
        assertAnswer(200, digestGet(path, agent, mac, password, "MD5"));
        assertTrue(awaitFetches(mac, 5).contains("bound to a client certificate, none"));
    }

    private record TlsAnswer(int status, String text) {
    }

    /** GET over HTTPS, trusting the test's endpoint certificate, perhaps with the phone's. */
    private static TlsAnswer tlsGet(String path, String agent, String authorization,
            boolean withCertificate) throws Exception {
        javax.net.ssl.KeyManager[] keys = null;
        if (withCertificate) {
            java.security.KeyStore store = java.security.KeyStore.getInstance("PKCS12");
            try (java.io.InputStream in = Files.newInputStream(Path.of(
                    System.getProperty("openprov.itest.phoneStore")))) {
                store.load(in, STORE_PASSWORD.toCharArray());
            }
            javax.net.ssl.KeyManagerFactory factory = javax.net.ssl.KeyManagerFactory
                    .getInstance(javax.net.ssl.KeyManagerFactory.getDefaultAlgorithm());
            factory.init(store, STORE_PASSWORD.toCharArray());
            keys = factory.getKeyManagers();
        }
        javax.net.ssl.SSLContext context = javax.net.ssl.SSLContext.getInstance("TLS");
        context.init(keys, new javax.net.ssl.TrustManager[] {new TrustTheTestEndpoint()}, null);
        int port = Integer.parseInt(System.getProperty("openprov.itest.httpsPort"));
        try (javax.net.ssl.SSLSocket socket = (javax.net.ssl.SSLSocket) context
                .getSocketFactory().createSocket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1:"
                    + port + "\r\nUser-Agent: " + agent + "\r\nAuthorization: " + authorization
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            String response = new String(socket.getInputStream().readAllBytes(),
                    StandardCharsets.UTF_8);
            return new TlsAnswer(Integer.parseInt(response.substring(9, 12)), response);
        }
    }

    /** The endpoint's certificate is made by the test itself, so any is accepted here. */
    private static final class TrustTheTestEndpoint implements javax.net.ssl.X509TrustManager {
        @Override
        public void checkClientTrusted(java.security.cert.X509Certificate[] chain, String type) {
        }

        @Override
        public void checkServerTrusted(java.security.cert.X509Certificate[] chain, String type) {
        }

        @Override
        public java.security.cert.X509Certificate[] getAcceptedIssuers() {
            return new java.security.cert.X509Certificate[0];
        }
    }

    @Test
    public void tokenModePutsTheSecretInTheUrl() throws Exception {
        String mac = register("token");
        String agent = YEALINK_UA + mac;
        String bootstrap = text(fetch("/prov/" + mac + ".cfg", agent));
        String url = value(bootstrap, "static.auto_provision.server.url");
        assertTrue(url, url.matches(Pattern.quote(baseUrl()) + "/prov/t/[A-Za-z0-9]{32}/"));
        String tokenPath = url.substring(baseUrl().length());

        HttpResponse<byte[]> own = fetch(tokenPath + mac + ".cfg", agent);
        assertAnswer(200, own);
        assertTrue(text(own).contains(SIP_PASSWORD));
        assertAnswer(200, fetch(tokenPath + "y000000000096.cfg", agent));
        assertAnswer(401, fetch("/prov/" + mac + ".cfg", agent));
        char first = tokenPath.charAt("/prov/t/".length());
        String wrong = "/prov/t/" + (first == 'A' ? 'B' : 'A')
                + tokenPath.substring("/prov/t/".length() + 1);
        assertNotEquals(tokenPath, wrong);
        HttpResponse<byte[]> refused = fetch(wrong + mac + ".cfg", agent);
        HttpResponse<byte[]> unknownFile = fetch("/prov/nothing-here.cfg", agent);
        assertAnswer(404, refused);
        assertEquals("a wrong token looks like a missing file", unknownFile.body().length,
                refused.body().length);
        // A Yealink asks for .boot files under its URL too: 404, logged without the token.
        assertAnswer(404, fetch(tokenPath + mac + ".boot", agent));
        String token = tokenPath.substring("/prov/t/".length(), tokenPath.length() - 1);
        Path log = Path.of(System.getProperty("karaf.data"), "log", "karaf.log");
        await("the endpoint's log line", java.time.Duration.ofSeconds(10),
                () -> Files.readString(log).contains("/prov/t/********/" + mac + ".boot"));
        String logged = Files.readString(log);
        assertFalse("the log holds the token", logged.contains(token));
        assertFalse("the log holds the wrong token", logged.contains(
                wrong.substring("/prov/t/".length(), wrong.length() - 1)));
    }

    @Test
    public void oldCredentialsWorkDuringTheOverlapOnly() throws Exception {
        String mac = register(null);
        String agent = YEALINK_UA + mac;
        String path = "/prov/" + mac + ".cfg";
        String old = value(text(fetch(path, agent)), "static.auto_provision.server.password");
        try {
            String rotated = run("access:rotate --overlap 1h " + mac);
            assertTrue(rotated, rotated.contains("1 phone(s)"));
            HttpResponse<byte[]> withOld = digestGet(path, agent, mac, old, "MD5");
            assertAnswer(200, withOld);
            String fresh = value(text(withOld), "static.auto_provision.server.password");
            assertNotEquals("the file fetched with the old password carries the new one", old,
                    fresh);
            run("clock:shift 2h");
            assertAnswer(401, digestGet(path, agent, mac, old, "MD5"));
            assertAnswer(200, digestGet(path, agent, mac, fresh, "MD5"));
        } finally {
            run("clock:shift --reset");
        }
    }

    @Test
    public void failuresBanTheSourceUntilLifted() throws Exception {
        String mac = register("token");
        String agent = YEALINK_UA + mac;
        try {
            for (int i = 0; i < FAILURE_LIMIT; i++) {
                assertAnswer(404, fetch("/prov/t/NoSuchToken" + i + "/" + mac + ".cfg", agent));
            }
            HttpResponse<byte[]> banned = fetch("/prov/y000000000096.cfg", agent);
            assertAnswer(429, banned);
            long retry = Long.parseLong(banned.headers().firstValue("Retry-After").orElseThrow());
            assertTrue("Retry-After " + retry, retry > 0 && retry <= 15 * 60);
            String bans = run("access:bans");
            assertTrue(bans, bans.contains("127.0.0.1"));
            assertTrue(bans, bans.contains("wrong token"));
            assertTrue(run("access:lift 127.0.0.1").contains("1 ban(s) lifted"));
            assertAnswer(200, fetch("/prov/y000000000096.cfg", agent));
            assertTrue(run("access:bans").contains("No address is banned"));
        } finally {
            run("access:lift 127.0.0.1");
        }
    }

    @Test
    public void polyUploadsNeedTheFetchPassword() throws Exception {
        String mac = uniqueMac("0004f2");
        String provider = "fa-" + mac.substring(6);
        run("provider:add " + provider);
        run("customer:add " + provider + " hq");
        run("device:add " + provider + " hq " + mac + " polycom 'VVX 450'");
        String agent = "FileTransport PolycomVVX-VVX_450-UA/6.4.6.2341 Type/Application";
        String upload = "/prov/" + mac + "-app.log";
        assertAnswer(404, putLog(upload, agent, null));
        // The boot sequence of fetch-sequences.md: <mac>.cfg first, which Poly's generator
        // does not serve; that 404 must leave the first contact for <mac>-openprov.cfg.
        assertAnswer(404, fetch("/prov/" + mac + ".cfg", agent));
        assertAnswer(200, fetch("/prov/000000000000.cfg", agent));
        String bootstrap = text(fetch("/prov/" + mac + "-openprov.cfg", agent));
        Matcher password = Pattern.compile("device\\.prov\\.password=\"([A-Za-z0-9]+)\"")
                .matcher(bootstrap);
        assertTrue(bootstrap, password.find());
        HttpResponse<byte[]> asked = putLog(upload, agent, null);
        assertAnswer(401, asked);
        String challenge = asked.headers().allValues("WWW-Authenticate").stream()
                .filter(c -> c.contains("algorithm=MD5")).findFirst().orElseThrow();
        Matcher nonce = DIGEST_NONCE.matcher(challenge);
        assertTrue(nonce.find());
        String ha1 = hash("MD5", mac + ":OpenProv:" + password.group(1));
        String response = hash("MD5", ha1 + ":" + nonce.group(1) + ":" + hash("MD5", "PUT:"
                + upload));
        assertAnswer(201, putLog(upload, agent, "Digest username=\"" + mac + "\", realm=\""
                + "OpenProv\", nonce=\"" + nonce.group(1) + "\", uri=\"" + upload
                + "\", response=\"" + response + "\""));
        String listed = run("device:uploads " + mac);
        assertTrue(listed, listed.contains("app-log"));
    }

    private HttpResponse<byte[]> putLog(String path, String agent, String authorization)
            throws Exception {
        java.net.http.HttpRequest.Builder put = java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(baseUrl() + path)).header("User-Agent", agent)
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("boot ok\n"));
        if (authorization != null) {
            put.header("Authorization", authorization);
        }
        return java.net.http.HttpClient.newHttpClient().send(put.build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    public void modesAreListedPerProvider() {
        register("both");
        String provider = lastProvider;
        String modes = run("access:modes");
        assertTrue(modes, modes.contains("(default)") && modes.contains("password"));
        assertTrue(modes, modes.lines().anyMatch(l -> l.contains(provider) && l.contains("both")));
        String refused = runFailing("access:mode " + provider + " sometimes");
        assertTrue(refused, refused.contains("open, password, token, both"));
    }

    private String lastProvider;

    /** Registers a Yealink T54W with one line; a mode gives its provider one of its own. */
    private String register(String mode) {
        String mac = uniqueMac("001565");
        String provider = "fa-" + mac.substring(6);
        lastProvider = provider;
        run("provider:add " + provider);
        run("customer:add " + provider + " hq");
        if (mode != null) {
            run("access:mode " + provider + " " + mode);
        }
        run("device:add " + provider + " hq " + mac + " yealink T54W");
        run("device:line-set --password " + SIP_PASSWORD + " " + mac + " 1 1001"
                + " pbx.example.com");
        return mac;
    }

    private String awaitFetches(String mac, int lines) throws Exception {
        String[] last = {""};
        await("the fetch audit of " + mac, java.time.Duration.ofSeconds(10), () -> {
            last[0] = run("device:fetches " + mac);
            // The same answer again is counted on its line (column Times), not a new line.
            return last[0].lines().filter(l -> l.contains(mac + ".cfg"))
                    .mapToInt(l -> Integer.parseInt(l.split("\\|")[4].trim())).sum() >= lines;
        });
        return last[0];
    }

    private static String value(String file, String name) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(name) + " = (.*)$").matcher(file);
        if (!m.find()) {
            throw new AssertionError(name + " not in the file");
        }
        return m.group(1).trim();
    }

    /** GET as a phone does HTTP Digest: ask, read the nonce, answer with qop=auth. */
    private HttpResponse<byte[]> digestGet(String path, String agent, String user,
            String password, String algorithm) throws Exception {
        HttpResponse<byte[]> asked = fetch(path, agent);
        if (asked.statusCode() != 401) {
            return asked;
        }
        String challenge = asked.headers().allValues("WWW-Authenticate").stream()
                .filter(c -> c.contains("algorithm=" + algorithm)).findFirst().orElseThrow();
        Matcher nonce = DIGEST_NONCE.matcher(challenge);
        assertTrue(challenge, nonce.find());
        String ha1 = hash(algorithm, user + ":OpenProv:" + password);
        String ha2 = hash(algorithm, "GET:" + path);
        // A phone picks a new client nonce for each answer.
        String cnonce = Long.toHexString(java.util.concurrent.ThreadLocalRandom.current()
                .nextLong());
        String response = hash(algorithm, ha1 + ":" + nonce.group(1) + ":00000001:" + cnonce
                + ":auth:" + ha2);
        String header = "Digest username=\"" + user + "\", realm=\"OpenProv\", nonce=\""
                + nonce.group(1) + "\", uri=\"" + path + "\", algorithm=" + algorithm
                + ", qop=auth, nc=00000001, cnonce=\"" + cnonce + "\", response=\"" + response
                + "\"";
        return sendHeaders("GET", path, Map.of("User-Agent", agent, "Authorization", header));
    }

    private static String hash(String algorithm, String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm)
                .digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
