package org.openprov.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.rules.ExternalResource;

/**
 * The built distribution run as an operator runs it: unpacked into a folder of its own, started
 * with {@code bin/karaf server} as a separate process and driven over SSH with
 * {@code bin/client}. Unlike the Pax Exam container it can be killed outright and started
 * again on the same folder. As a JUnit rule it ends every process it started, even when the
 * test fails; it never touches a process it did not start.
 */
final class KarafProcess extends ExternalResource {

    /** The SSH user the test enables; the shipped users.properties enables none. */
    static final String USER = "karaf";

    /** The client JVM lives a second: the quick compiler and a small heap are enough. */
    private static final String CLIENT_JAVA_OPTS = "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
            + " -Xmx96m";

    private final Path work;
    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(2)).build();
    private final List<Process> started = new CopyOnWriteArrayList<>();
    private final AtomicInteger runs = new AtomicInteger();
    private final Thread reaper = new Thread(this::destroyAll, "karaf-process-reaper");

    private Path home;
    private int httpPort;
    private int sshPort;
    private String password;
    private Process server;

    /** @param work the folder the distribution is unpacked into; emptied first */
    KarafProcess(Path work) {
        this.work = work.toAbsolutePath();
    }

    @Override
    protected void before() {
        // A fork killed for its time-out still ends its Karaf.
        Runtime.getRuntime().addShutdownHook(reaper);
    }

    @Override
    protected void after() {
        try {
            if (!stop()) {
                System.err.println("Karaf did not stop by bin/stop; it was killed");
            }
        } finally {
            destroyAll();
            Runtime.getRuntime().removeShutdownHook(reaper);
        }
    }

    /**
     * Unpacks the distribution and sets it up for the test: free ports, the endpoint and SSH on
     * 127.0.0.1 only, no remote Maven repository, and an SSH administrator with a random
     * password that is never printed.
     */
    void install(Path distribution) throws Exception {
        deleteTree(work);
        Files.createDirectories(work);
        runTool(List.of("tar", "xzf", distribution.toString(), "-C", work.toString()));
        try (Stream<Path> children = Files.list(work)) {
            home = children.filter(Files::isDirectory).findFirst()
                    .orElseThrow(() -> new AssertionError(distribution + " holds no folder"));
        }
        List<Integer> ports = freePorts(4);
        httpPort = ports.get(0);
        sshPort = ports.get(1);
        password = randomPassword();
        configure(ports.get(2), ports.get(3));
    }

    private void configure(int rmiRegistryPort, int rmiServerPort) throws IOException {
        // The phones of this test fetch in the open mode; FetchAccessIT tests the others.
        editCfg("etc/org.openprov.access.cfg", Map.of("defaultMode", "open"));
        editCfg("etc/org.openprov.endpoint.cfg", Map.of("host", "127.0.0.1",
                "port", String.valueOf(httpPort)));
        editCfg("etc/org.apache.karaf.shell.cfg", Map.of("sshHost", "127.0.0.1",
                "sshPort", String.valueOf(sshPort)));
        editCfg("etc/org.apache.karaf.management.cfg", Map.of(
                "rmiRegistryPort", String.valueOf(rmiRegistryPort),
                "rmiServerPort", String.valueOf(rmiServerPort)));
        editCfg("etc/org.ops4j.pax.url.mvn.cfg", Map.of("org.ops4j.pax.url.mvn.repositories",
                ""));
        Files.writeString(home.resolve("etc/users.properties"), "\n" + USER + " = " + password
                + ",_g_:admingroup,operator\n"
                + "_g_\\:admingroup = group,admin,manager,viewer,systembundles,ssh\n",
                StandardCharsets.ISO_8859_1, StandardOpenOption.APPEND);
    }

    /** Starts Karaf on the installed folder, its output in a file beside it. */
    void start() throws IOException {
        int run = runs.incrementAndGet();
        ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/karaf").toString(),
                "server").directory(home.toFile()).redirectErrorStream(true)
                .redirectOutput(work.resolve("karaf-" + run + ".out").toFile());
        cleanEnvironment(builder);
        server = builder.start();
        started.add(server);
    }

    /**
     * Waits until the endpoint answers and the console has every OpenProv command family.
     */
    void awaitReady(Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        String last = "nothing yet";
        while (System.nanoTime() < deadline) {
            assertTrue("Karaf ended while starting; see " + work, server.isAlive());
            if (endpointAnswers()) {
                Console answer = console("vendor:list", "pplus:providers",
                        "billing:price-list", "template:list", "device:list");
                if (answer.ok() && answer.output().contains("yealink")) {
                    return;
                }
                last = answer.output();
            }
            Thread.sleep(250);
        }
        throw new AssertionError("Karaf was not ready after " + timeout + "; the console said: "
                + last);
    }

    private boolean endpointAnswers() throws InterruptedException {
        HttpRequest head = HttpRequest.newBuilder(URI.create(baseUrl() + "/prov/"))
                .timeout(Duration.ofSeconds(2))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build();
        try {
            return http.send(head, HttpResponse.BodyHandlers.discarding()).statusCode() == 404;
        } catch (IOException notYet) {
            return false;
        }
    }

    /** @return the endpoint's base URL, e.g. {@code http://127.0.0.1:41234} */
    String baseUrl() {
        return "http://127.0.0.1:" + httpPort;
    }

    /** What {@code bin/client} printed and whether every command succeeded. */
    record Console(String commands, int exitCode, String output) {

        boolean ok() {
            return exitCode == 0;
        }
    }

    /**
     * Runs console commands over SSH in one session, in order; the first that fails ends it.
     * Karaf's client exits with 0 only when every command succeeded.
     */
    Console console(String... commands) throws IOException, InterruptedException {
        String script = String.join("\n", commands) + "\n";
        Path out = Files.createTempFile(work, "console-", ".out");
        ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/client").toString(),
                "-h", "127.0.0.1", "-a", String.valueOf(sshPort), "-u", USER, "-p", password,
                "-b").directory(home.toFile()).redirectErrorStream(true)
                .redirectOutput(out.toFile());
        cleanEnvironment(builder);
        builder.environment().put("EXTRA_JAVA_OPTS", CLIENT_JAVA_OPTS);
        Process client = builder.start();
        started.add(client);
        try {
            client.getOutputStream().write(script.getBytes(StandardCharsets.UTF_8));
            client.getOutputStream().close();
            boolean ended = client.waitFor(60, TimeUnit.SECONDS);
            String output = plain(Files.readString(out, StandardCharsets.UTF_8));
            return new Console(script.trim(), ended ? client.exitValue() : -1, output);
        } catch (IOException clientGone) {
            client.waitFor(60, TimeUnit.SECONDS);
            return new Console(script.trim(), -1, "client failed: " + clientGone.getMessage());
        } finally {
            client.destroyForcibly();
            started.remove(client);
            Files.deleteIfExists(out);
        }
    }

    /**
     * Kills the Karaf JVM with SIGKILL, as a power cut or the OOM killer would: no shutdown
     * hook, no Derby checkpoint, no flush.
     *
     * @return the process id that was killed, the one Karaf wrote to its karaf.pid file
     */
    long kill() throws Exception {
        ProcessHandle jvm = karafJvm().orElseThrow(() -> new AssertionError(
                "no Karaf JVM under " + server.pid()));
        long written = Long.parseLong(Files.readString(home.resolve("karaf.pid")).trim());
        assertEquals("the JVM Karaf says it runs in", written, jvm.pid());
        assertTrue("SIGKILL could not be sent to " + jvm.pid(), jvm.destroyForcibly());
        jvm.onExit().get(20, TimeUnit.SECONDS);
        assertTrue("bin/karaf did not end after its JVM", server.waitFor(20, TimeUnit.SECONDS));
        return jvm.pid();
    }

    private Optional<ProcessHandle> karafJvm() {
        return server.descendants().filter(p -> p.info().command().orElse("").endsWith("java"))
                .findFirst();
    }

    /**
     * Stops Karaf with {@code bin/stop}, and kills whatever is left of it 30 s later.
     *
     * @return whether bin/stop alone ended it
     */
    boolean stop() {
        if (server == null || !server.isAlive()) {
            return true;
        }
        try {
            runTool(List.of(home.resolve("bin/stop").toString()));
            return server.waitFor(30, TimeUnit.SECONDS);
        } catch (Exception | AssertionError e) {
            System.err.println("bin/stop failed (" + e.getMessage() + "); killing Karaf");
            return false;
        } finally {
            destroyAll();
        }
    }

    /** Ends, by SIGKILL, every process this object started and what they started. */
    private void destroyAll() {
        for (Process process : started) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            try {
                process.onExit().get(10, TimeUnit.SECONDS);
            } catch (Exception stillThere) {
                System.err.println("Process " + process.pid() + " has not ended");
            }
        }
        started.removeIf(p -> !p.isAlive());
    }

    /** @return the size of data/log/karaf.log now, to read what is written after it */
    long logSize() throws IOException {
        Path log = log();
        return Files.exists(log) ? Files.size(log) : 0;
    }

    /** @return the lines of data/log/karaf.log from the given offset on */
    List<String> logSince(long offset) throws IOException {
        byte[] bytes = Files.readAllBytes(log());
        String text = new String(bytes, (int) offset, bytes.length - (int) offset,
                StandardCharsets.UTF_8);
        return text.lines().toList();
    }

    private Path log() {
        return home.resolve("data/log/karaf.log");
    }

    /** @return a file of the installed folder, e.g. {@code data/log/derby.log} */
    Path file(String relative) {
        return home.resolve(relative);
    }

    /** @return where the distribution runs, for failure messages */
    Path home() {
        return home;
    }

    private void editCfg(String file, Map<String, String> values) throws IOException {
        Path path = home.resolve(file);
        List<String> lines = Files.readAllLines(path, StandardCharsets.ISO_8859_1);
        List<String> kept = new ArrayList<>();
        List<String> missing = new ArrayList<>(values.keySet());
        for (int i = 0; i < lines.size(); i++) {
            String key = keyOf(lines.get(i));
            if (key != null && values.containsKey(key)) {
                // A value may go on over lines that end with a backslash.
                while (lines.get(i).endsWith("\\") && i + 1 < lines.size()) {
                    i++;
                }
                kept.add(key + " = " + values.get(key));
                missing.remove(key);
            } else {
                kept.add(lines.get(i));
            }
        }
        missing.forEach(key -> kept.add(key + " = " + values.get(key)));
        Files.write(path, kept, StandardCharsets.ISO_8859_1);
    }

    private static String keyOf(String line) {
        String trimmed = line.trim();
        if (trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.startsWith("!")) {
            return null;
        }
        int end = 0;
        while (end < trimmed.length() && "=: \t".indexOf(trimmed.charAt(end)) < 0) {
            end++;
        }
        return trimmed.substring(0, end);
    }

    /** Karaf's scripts read these; the test's own must not leak into them. */
    private static void cleanEnvironment(ProcessBuilder builder) {
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(name -> name.startsWith("KARAF_") || name.endsWith("JAVA_OPTS")
                || name.startsWith("JAVA_DEBUG"));
        env.put("JAVA_HOME", System.getProperty("java.home"));
    }

    private void runTool(List<String> command) throws IOException, InterruptedException {
        Path out = work.resolve("tool.out");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(out.toFile());
        cleanEnvironment(builder);
        Process tool = builder.start();
        started.add(tool);
        try {
            assertTrue(command.get(0) + " did not end", tool.waitFor(60, TimeUnit.SECONDS));
            assertEquals(command.get(0) + " failed: " + Files.readString(out), 0,
                    tool.exitValue());
        } finally {
            tool.destroyForcibly();
            started.remove(tool);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> all = Files.walk(root)) {
            for (Path path : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** Holds every socket open until all are chosen, so no port is handed out twice. */
    private static List<Integer> freePorts(int count) throws IOException {
        List<ServerSocket> sockets = new ArrayList<>();
        try {
            for (int i = 0; i < count; i++) {
                sockets.add(new ServerSocket(0));
            }
            return sockets.stream().map(ServerSocket::getLocalPort).toList();
        } finally {
            for (ServerSocket socket : sockets) {
                socket.close();
            }
        }
    }

    private static String randomPassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder text = new StringBuilder();
        String alphabet = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        for (int i = 0; i < 24; i++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }

    /** Drops the colours Karaf's console writes around errors. */
    private static String plain(String text) {
        return text.replaceAll("\u001B\\[[0-9;]*m", "");
    }
}
