package org.openprov.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.openprov.itest.MalformedRequests.Fuzz;
import org.openprov.itest.RawHttp.Answer;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.CoreOptions;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * Thousands of requests no phone sends, thrown at the running endpoint over raw sockets while a
 * few clients send their requests a byte a second: none may get a server error or a stack
 * trace, and a phone must still get its file at once, during and after.
 *
 * <p>The requests come from a seed, printed with any failure; set the system property
 * {@code openprov.fuzz.seed} (e.g. {@code -Dopenprov.fuzz.seed=42} on the Maven command line)
 * to replay them.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class EndpointFuzzIT extends OpenProvTestSupport {

    private static final String SEED = "openprov.fuzz.seed";
    private static final int REQUESTS = 5000;
    private static final int SENDERS = 4;
    private static final int SLOW_CLIENTS = 6;
    /** How long each slow client drips its request, a byte a second. */
    private static final int SLOW_SECONDS = 12;
    private static final long QUICK_MILLIS = 2000;
    private static final String YEALINK_UA = "Yealink SIP-T54W 96.86.0.100 ";
    /** A Java stack frame as a stack trace prints it, e.g. "at org.x.Y.z(Y.java:1)". */
    private static final Pattern STACK_FRAME = Pattern.compile("\\bat [\\w$.]+\\([^)]*\\)");

    private final Map<String, AtomicInteger> figures = new ConcurrentHashMap<>();
    private final List<String> failures = new CopyOnWriteArrayList<>();

    /** Passes a seed given to Maven on to the container, where the test runs. */
    @Override
    @Configuration
    public Option[] config() {
        Option[] options = super.config();
        String seed = System.getProperty(SEED);
        if (seed == null) {
            return options;
        }
        Option[] all = Arrays.copyOf(options, options.length + 1);
        all[options.length] = CoreOptions.systemProperty(SEED).value(seed);
        return all;
    }

    @Test
    public void malformedRequestsGetNoServerErrorAndPhonesAreStillServed() throws Exception {
        long seed = Long.getLong(SEED, System.nanoTime());
        String mac = registerPhone();
        List<SlowClient> slow = new ArrayList<>();
        ExecutorService threads = Executors.newFixedThreadPool(SENDERS + SLOW_CLIENTS);
        try {
            List<Future<?>> dripping = new ArrayList<>();
            for (int i = 0; i < SLOW_CLIENTS; i++) {
                SlowClient client = new SlowClient(port());
                slow.add(client);
                dripping.add(threads.submit(client));
            }
            Thread.sleep(2000);
            assertServedQuickly(mac, "while " + SLOW_CLIENTS + " slow clients are connected");
            fuzz(seed, threads);
            for (Future<?> client : dripping) {
                client.get(SLOW_SECONDS + 30, TimeUnit.SECONDS);
            }
        } finally {
            threads.shutdownNow();
        }
        String summary = "seed " + seed + " (replay with -D" + SEED + "=" + seed + "), "
                + REQUESTS + " requests, " + new TreeMap<>(figures);
        System.out.println("EndpointFuzzIT: " + summary);
        assertTrue(failures.size() + " failures, " + summary + "; the first:\n"
                + String.join("\n", failures.subList(0, Math.min(10, failures.size()))),
                failures.isEmpty());
        for (SlowClient client : slow) {
            assertEquals("a slow client's answer (" + summary + ")", List.of(200),
                    client.answer.statuses());
        }
        assertServedQuickly(mac, "after the fuzzing (" + summary + ")");
    }

    /** Sends every generated request, a few at a time, and judges each answer. */
    private void fuzz(long seed, ExecutorService threads) throws Exception {
        List<Fuzz> requests = new MalformedRequests(seed).generate(REQUESTS);
        List<Future<?>> sent = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            Fuzz fuzz = requests.get(i);
            int index = i;
            sent.add(threads.submit(() -> send(index, fuzz)));
        }
        for (Future<?> request : sent) {
            request.get(60, TimeUnit.SECONDS);
        }
    }

    private void send(int index, Fuzz fuzz) {
        try {
            judge(index, fuzz, RawHttp.exchange(port(), fuzz.bytes(), fuzz.head(), 5000));
        } catch (IOException e) {
            failures.add("#" + index + " could not be sent (" + e + "): " + fuzz.describe());
        }
    }

    private void judge(int index, Fuzz fuzz, Answer answer) {
        count(answer.statuses().isEmpty() ? answer.silent() ? "silent" : "closed" : "answered");
        String text = answer.text();
        for (int i = 0; i < answer.statuses().size(); i++) {
            int status = answer.statuses().get(i);
            count(String.valueOf(status));
            // Jetty's 505 for a request line of no HTTP/1.x is turned into a 400 as well.
            if (status >= 500) {
                failures.add("#" + index + " answered " + status + ": " + fuzz.describe());
            }
        }
        if (text.contains("Exception") || text.contains("Caused by")
                || STACK_FRAME.matcher(text).find()) {
            failures.add("#" + index + " answer shows a stack trace: "
                    + RawHttp.printable(text) + " to " + fuzz.describe());
        }
        if (answer.problem() != null) {
            failures.add("#" + index + " answer is not HTTP/1.x (" + answer.problem() + "): "
                    + fuzz.describe());
        }
    }

    private void count(String figure) {
        figures.computeIfAbsent(figure, f -> new AtomicInteger()).incrementAndGet();
    }

    /** A phone's own file: a 200, complete, within two seconds. */
    private void assertServedQuickly(String mac, String when) {
        long start = System.nanoTime();
        HttpResponse<byte[]> own = fetch("/prov/" + mac + ".cfg",
                YEALINK_UA + mac.replaceAll("(..)(?!$)", "$1:"));
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        assertAnswer(200, own);
        assertTrue(text(own), text(own).startsWith("#!version:1.0.0.1\n"));
        assertTrue(mac + ".cfg took " + millis + " ms " + when, millis < QUICK_MILLIS);
    }

    private String registerPhone() {
        String mac = uniqueMac("001565");
        String provider = "fuzz-" + mac.substring(6);
        run("provider:add " + provider);
        run("customer:add " + provider + " main");
        run("device:add " + provider + " main " + mac + " yealink T54W");
        run("device:line-set " + mac + " 1 1001 pbx.example.com");
        return mac;
    }

    private static int port() {
        return Integer.parseInt(System.getProperty("openprov.itest.port"));
    }

    /**
     * A client on a slow line: its request for the common file arrives a byte a second, then
     * the rest at once. Jetty reads without holding a worker thread, so others go on.
     */
    private static final class SlowClient implements Runnable {

        private final int port;
        private volatile Answer answer = new Answer(new byte[0], List.of(), false, "not run");

        SlowClient(int port) {
            this.port = port;
        }

        @Override
        public void run() {
            byte[] request = ("GET " + MalformedRequests.COMMON_FILE + " HTTP/1.1\r\n"
                    + "Host: 127.0.0.1\r\nUser-Agent: " + YEALINK_UA + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII);
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 2000);
                socket.setSoTimeout(10_000);
                var out = socket.getOutputStream();
                for (int i = 0; i < SLOW_SECONDS; i++) {
                    out.write(request[i]);
                    out.flush();
                    Thread.sleep(1000);
                }
                out.write(request, SLOW_SECONDS, request.length - SLOW_SECONDS);
                socket.shutdownOutput();
                answer = RawHttp.read(socket.getInputStream(), false);
            } catch (IOException e) {
                answer = new Answer(new byte[0], List.of(), false, e.toString());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
