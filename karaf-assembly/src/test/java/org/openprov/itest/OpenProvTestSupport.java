package org.openprov.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.fail;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.configureConsole;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.karafDistributionConfiguration;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.keepRuntimeFolder;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.logLevel;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.PrivilegedExceptionAction;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ThreadLocalRandom;
import javax.inject.Inject;
import org.junit.Before;
import javax.security.auth.Subject;
import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.api.console.SessionFactory;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.CoreOptions;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.karaf.options.LogLevelOption.LogLevel;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

/**
 * What every integration test needs: the built distribution booted on free ports in a private
 * folder, and one-line helpers to run a console command, fetch as a phone and wait for a
 * condition, so each test reads as a scenario.
 */
public abstract class OpenProvTestSupport {

    private static final String MANAGEMENT = "etc/org.apache.karaf.management.cfg";

    /** The roles of the platform operator at the local console. */
    protected static final String[] ADMIN_ROLES = {"admin", "manager", "viewer", "operator"};

    @Inject
    protected BundleContext bundleContext;

    @Inject
    protected SessionFactory sessionFactory;

    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5)).build();

    @Configuration
    public Option[] config() {
        String distribution = System.getProperty("openprov.distribution");
        String repository = System.getProperty("openprov.localRepository");
        File work = new File("target/exam/" + getClass().getSimpleName());
        List<Option> options = new ArrayList<>(List.of(
            karafDistributionConfiguration().frameworkUrl("file:" + distribution)
                    .name("OpenProv").unpackDirectory(work).useDeployFolder(false),
            configureConsole().ignoreLocalConsole().ignoreRemoteShell(),
            logLevel(LogLevel.WARN),
            // The container's folder and its data/log stay for reading after a failure.
            keepRuntimeFolder(),
            editConfigurationFilePut(MANAGEMENT, "rmiRegistryPort", freePort()),
            editConfigurationFilePut(MANAGEMENT, "rmiServerPort", freePort()),
            editConfigurationFilePut("etc/org.apache.karaf.shell.cfg", "sshPort", freePort()),
            editConfigurationFilePut("etc/org.openprov.endpoint.cfg", "host", "127.0.0.1"),
            editConfigurationFilePut("etc/org.openprov.endpoint.cfg", "port", httpPortOption()),
            // Most tests fetch as phones of providers in the open mode; FetchAccessIT keeps the
            // shipped default and tests the modes.
            editConfigurationFilePut("etc/org.openprov.access.cfg", "defaultMode",
                    accessMode()),
            editConfigurationFilePut("etc/org.openprov.vendor.cisco.cfg", "profileBaseUrl",
                    "http://127.0.0.1:" + httpPortOption() + "/prov"),
            editConfigurationFilePut("etc/org.ops4j.pax.url.mvn.cfg",
                    "org.ops4j.pax.url.mvn.localRepository", repository),
            editConfigurationFilePut("etc/org.ops4j.pax.url.mvn.cfg",
                    "org.ops4j.pax.url.mvn.repositories", ""),
            CoreOptions.systemProperty("openprov.itest.port").value(httpPortOption())));
        options.addAll(List.of(extraOptions()));
        return options.toArray(new Option[0]);
    }

    /** @return options a test class adds to the container's, e.g. configuration values */
    protected Option[] extraOptions() {
        return new Option[0];
    }

    /** @return the fetch access mode of providers without one of their own */
    protected String accessMode() {
        return "open";
    }

    private String chosenPort;

    private String httpPortOption() {
        if (chosenPort == null) {
            chosenPort = freePort();
        }
        return chosenPort;
    }

    private static String freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return Integer.toString(socket.getLocalPort());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Waits until the boot features have started: Pax Exam hands over as soon as the console
     * exists, while Karaf may still be starting OpenProv's bundles.
     */
    @Before
    public void awaitPlatform() throws Exception {
        await("every bundle to start", Duration.ofSeconds(90), () -> idleBundles().isEmpty());
        // Commands come with their bundles, a moment after the bundle starts; a test that
        // restarted one must not leave the next test without them.
        await("the console commands", Duration.ofSeconds(30),
                () -> tryRun("vendor:list", ADMIN_ROLES).contains("yealink")
                        && tryRun("pplus:providers", ADMIN_ROLES) != null
                        && tryRun("billing:price-list", ADMIN_ROLES) != null
                        && tryRun("template:list", ADMIN_ROLES) != null
                        && tryRun("access:modes", ADMIN_ROLES) != null);
        await("the phone endpoint", Duration.ofSeconds(30),
                () -> send("HEAD", "/prov/", null).statusCode() == 404);
    }

    /** @return the endpoint's base URL, e.g. {@code http://127.0.0.1:41234} */
    protected String baseUrl() {
        return "http://127.0.0.1:" + System.getProperty("openprov.itest.port");
    }

    /**
     * Runs a console command as an administrator and returns what it printed.
     *
     * @throws AssertionError carrying the command's error message if it failed
     */
    protected String run(String command) {
        try {
            return tryRun(command, ADMIN_ROLES);
        } catch (Exception e) {
            throw new AssertionError("'" + command + "' failed: " + e.getMessage(), e);
        }
    }

    /**
     * Runs a console command that must fail, and returns its error message.
     */
    protected String runFailing(String command) {
        return runFailingAs(command, ADMIN_ROLES);
    }

    /**
     * Runs a console command that must fail for a user with only these roles.
     */
    protected String runFailingAs(String command, String... roles) {
        try {
            String output = tryRun(command, roles);
            throw new AssertionError("'" + command + "' should have failed; printed: " + output);
        } catch (AssertionError e) {
            throw e;
        } catch (Exception e) {
            return e.getMessage();
        }
    }

    private String tryRun(String command, String... roles) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        Subject admin = new Subject();
        admin.getPrincipals().add(new UserPrincipal("itest"));
        for (String role : roles) {
            admin.getPrincipals().add(new RolePrincipal(role));
        }
        Session session = sessionFactory.create(System.in, out, out);
        try {
            Subject.doAs(admin, (PrivilegedExceptionAction<Object>) () ->
                    session.execute(command));
        } catch (java.security.PrivilegedActionException e) {
            throw e.getException();
        } finally {
            out.flush();
            session.close();
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** Fetches a file as a phone would: GET with the phone's User-Agent. */
    protected HttpResponse<byte[]> fetch(String path, String userAgent) {
        return send("GET", path, userAgent);
    }

    protected HttpResponse<byte[]> send(String method, String path, String userAgent) {
        return send(method, path, userAgent, null);
    }

    /** A conditional GET, as a phone that kept the file's ETag sends it. */
    protected HttpResponse<byte[]> sendWith(String path, String userAgent, String ifNoneMatch) {
        return send("GET", path, userAgent, ifNoneMatch);
    }

    private HttpResponse<byte[]> send(String method, String path, String userAgent,
            String ifNoneMatch) {
        java.util.Map<String, String> headers = new java.util.LinkedHashMap<>();
        if (userAgent != null) {
            headers.put("User-Agent", userAgent);
        }
        if (ifNoneMatch != null) {
            headers.put("If-None-Match", ifNoneMatch);
        }
        return sendHeaders(method, path, headers);
    }

    /** Sends a request with the given headers and no body. */
    protected HttpResponse<byte[]> sendHeaders(String method, String path,
            java.util.Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + path))
                .timeout(Duration.ofSeconds(10))
                .method(method, HttpRequest.BodyPublishers.noBody());
        headers.forEach(request::header);
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    protected static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    /** Asserts the status and that Content-Length is present and equals the body length. */
    protected static void assertAnswer(int status, HttpResponse<byte[]> response) {
        assertEquals(response.uri() + " status", status, response.statusCode());
        String length = response.headers().firstValue("Content-Length")
                .orElseThrow(() -> new AssertionError(response.uri() + " has no Content-Length"));
        assertEquals(response.uri() + " Content-Length", response.body().length,
                Integer.parseInt(length));
    }

    /** Polls a condition every 100 ms until it holds or the timeout passes. */
    protected static void await(String what, Duration timeout, Callable<Boolean> condition)
            throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        Throwable last = null;
        while (System.nanoTime() < deadline) {
            try {
                if (condition.call()) {
                    return;
                }
            } catch (Exception | AssertionError e) {
                last = e;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("Timed out after " + timeout + " waiting for " + what, last);
    }

    /** Fails if any bundle of the distribution did not start. */
    protected void assertAllBundlesActive() {
        List<String> idle = idleBundles();
        if (!idle.isEmpty()) {
            fail("Bundles not started: " + idle);
        }
    }

    private List<String> idleBundles() {
        List<String> idle = new ArrayList<>();
        for (Bundle bundle : bundleContext.getBundles()) {
            boolean fragment = bundle.getHeaders().get("Fragment-Host") != null;
            int expected = fragment ? Bundle.RESOLVED : Bundle.ACTIVE;
            if (bundle.getState() != expected) {
                idle.add(bundle.getSymbolicName() + " (state " + bundle.getState() + ")");
            }
        }
        return idle;
    }

    /** @return a MAC no other test uses, with the given vendor prefix (6 hex digits) */
    protected static String uniqueMac(String prefix) {
        return prefix + String.format("%06x", ThreadLocalRandom.current().nextInt(1 << 24));
    }
}
