package org.openprov.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.RuleChain;
import org.junit.rules.Timeout;
import org.openprov.itest.KarafProcess.Console;

/**
 * Kills the distribution with SIGKILL while administrators write at the SSH console and phones
 * fetch their files, starts it again on the same folder, and checks that nothing it confirmed
 * is lost: every command the console reported successful, and every file a phone received with
 * a 200 (a delivery for each content it received, the first-configuration time, the
 * Provisioning Plus window and its charge; the same bytes fetched again are counted on their
 * delivery once a minute, and those counts are not what this test holds the kill to). The
 * second start must need no repair by hand: Derby recovers alone and logs no error.
 *
 * <p>Plain JUnit rather than Pax Exam, since the test must outlive the container it kills.
 * The seed (system property {@code openprov.durability.seed}) chooses when the kill falls.
 */
public class DurabilityIT {

    private static final String USER_AGENT = "Yealink SIP-T54W 96.86.0.100 ";
    private static final int WRITERS = 2;
    private static final int FETCHERS = 2;
    /** device:show lists the latest 5 deliveries; fewer fetches keep every one in view. */
    private static final int FETCHES_PER_PHONE = 4;
    private static final Pattern TIME = Pattern.compile("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d"
            + " UTC");

    private final KarafProcess karaf = new KarafProcess(Path.of("target/durability"));

    /** The Karaf rule is outermost, so it ends the processes after a time-out too. */
    @Rule
    public final RuleChain rules = RuleChain.outerRule(karaf).around(Timeout.seconds(300));

    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(2)).build();
    private final List<Unit> units = new CopyOnWriteArrayList<>();
    private final Map<String, Phone> phones = new ConcurrentHashMap<>();
    private final List<String> unexpected = new CopyOnWriteArrayList<>();
    private volatile boolean killing;

    @Test
    public void confirmedWritesAndDeliveriesSurviveAKill() throws Exception {
        long seed = Long.getLong("openprov.durability.seed", System.nanoTime());
        System.out.println("DurabilityIT seed " + seed);
        try {
            scenario(new Random(seed));
        } catch (AssertionError e) {
            throw new AssertionError("[seed " + seed + ", folder " + karaf.home() + "] "
                    + e.getMessage(), e);
        }
    }

    private void scenario(Random random) throws Exception {
        String distribution = System.getProperty("openprov.distribution");
        assertNotNull("openprov.distribution is not set: run this test through Maven",
                distribution);
        karaf.install(Path.of(distribution));
        karaf.start();
        karaf.awaitReady(Duration.ofSeconds(90));
        for (int writer = 0; writer < WRITERS; writer++) {
            Console created = karaf.console("template:create --state auto-apply "
                    + template(writer));
            assertTrue(created.output(), created.ok());
        }
        TreeSet<YearMonth> months = new TreeSet<>();
        months.add(YearMonth.now(ZoneOffset.UTC));
        writeFetchAndKill(random);
        months.add(YearMonth.now(ZoneOffset.UTC));
        assertTrue("went wrong before the kill: " + unexpected, unexpected.isEmpty());
        assertProgress();

        long logStart = karaf.logSize();
        karaf.start();
        karaf.awaitReady(Duration.ofSeconds(90));
        Map<String, String> read = readBack(months);
        assertBundlesActive(read.get("bundle:list -t 0"));
        verify(read);
        assertCleanStart(logStart);
        assertTrue("bin/stop did not stop Karaf within 30 s", karaf.stop());
    }

    /** Console writers and phones run until the kill falls, at a moment the seed chooses. */
    private void writeFetchAndKill(Random random) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(WRITERS + FETCHERS);
        try {
            for (int writer = 0; writer < WRITERS; writer++) {
                int index = writer;
                threads.submit(() -> write(index));
            }
            for (int fetcher = 0; fetcher < FETCHERS; fetcher++) {
                Random own = new Random(random.nextLong());
                threads.submit(() -> fetch(own));
            }
            awaitProgress(5 + random.nextInt(4), Duration.ofSeconds(40));
            Thread.sleep(random.nextInt(1500));
            killing = true;
            long pid = karaf.kill();
            System.out.println("DurabilityIT killed Karaf (pid " + pid + ") after "
                    + confirmedCommands() + " confirmed commands and " + deliveries()
                    + " deliveries");
            threads.shutdown();
            assertTrue("writers and phones did not stop after the kill",
                    threads.awaitTermination(90, TimeUnit.SECONDS));
        } finally {
            killing = true;
            threads.shutdownNow();
        }
    }

    private void awaitProgress(int wanted, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline && unexpected.isEmpty()
                && (phones.size() < wanted || deliveries() < wanted)) {
            Thread.sleep(100);
        }
    }

    /** Without these the kill proves nothing. */
    private void assertProgress() {
        assertTrue("only " + phones.size() + " phones were added before the kill",
                phones.size() >= 2);
        assertTrue("only " + deliveries() + " files were delivered before the kill",
                deliveries() >= 2);
    }

    /** One console writer: units of writes in order, stopping at the first that fails. */
    private void write(int writer) {
        for (int index = 0; !killing; index++) {
            Unit unit = new Unit(writer, index);
            units.add(unit);
            for (Step step : unit.steps()) {
                if (killing || !confirm(unit, step)) {
                    return;
                }
            }
        }
    }

    /**
     * Runs one write; it counts as confirmed when the console printed its confirmation.
     * Karaf's client exits with 0 also when the server dies in the middle of a command (the
     * channel closes without an exit status), so the exit code alone proves nothing.
     */
    private boolean confirm(Unit unit, Step step) {
        Console answer;
        try {
            answer = karaf.console(step.command);
        } catch (IOException | InterruptedException e) {
            answer = new Console(step.command, -1, e.toString());
        }
        if (!answer.ok() || !answer.output().contains(step.confirmation)) {
            if (!killing) {
                unexpected.add("'" + step.command + "' failed: " + answer.output());
            }
            return false;
        }
        // Confirmed, even if the kill came a moment later: it must survive.
        unit.confirmed++;
        if (unit.confirmed == Unit.MONTHLY_ADD) {
            phones.put(unit.monthlyMac, new Phone(unit.monthlyMac));
        } else if (unit.confirmed == Unit.PLUS_ADD) {
            phones.put(unit.plusMac, new Phone(unit.plusMac));
        }
        return true;
    }

    /** One phone booting over and over: each confirmed device fetches its own file. */
    private void fetch(Random random) {
        while (!killing) {
            Optional<Phone> next = nextPhone(random);
            if (next.isEmpty()) {
                pause(50);
                continue;
            }
            Phone phone = next.get();
            try {
                HttpResponse<byte[]> answer = http.send(request(phone.mac),
                        HttpResponse.BodyHandlers.ofByteArray());
                String body = new String(answer.body(), StandardCharsets.UTF_8);
                if (answer.statusCode() == 200 && body.startsWith("#!version:1.0.0.1\n")) {
                    phone.delivered.incrementAndGet();
                    phone.bodies.add(body);
                } else if (!killing) {
                    unexpected.add(phone.mac + ".cfg answered " + answer.statusCode());
                }
            } catch (IOException e) {
                if (!killing) {
                    unexpected.add(phone.mac + ".cfg failed: " + e);
                }
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** A phone with fetches left, not fetched in the last half second. */
    private synchronized Optional<Phone> nextPhone(Random random) {
        long now = System.nanoTime();
        List<Phone> ready = phones.values().stream()
                .filter(p -> p.attempts.get() < FETCHES_PER_PHONE)
                .filter(p -> now - p.lastAttempt > TimeUnit.MILLISECONDS.toNanos(500))
                .sorted((a, b) -> a.mac.compareTo(b.mac)).toList();
        if (ready.isEmpty()) {
            return Optional.empty();
        }
        Phone phone = ready.get(random.nextInt(ready.size()));
        phone.attempts.incrementAndGet();
        phone.lastAttempt = now;
        return Optional.of(phone);
    }

    private HttpRequest request(String mac) {
        return HttpRequest.newBuilder(URI.create(karaf.baseUrl() + "/prov/" + mac + ".cfg"))
                .timeout(Duration.ofSeconds(5)).header("User-Agent", USER_AGENT + colons(mac))
                .GET().build();
    }

    /**
     * Reads everything back in one console session; each command's output is kept under the
     * command, in order.
     */
    private Map<String, String> readBack(TreeSet<YearMonth> months) throws Exception {
        List<String> commands = new ArrayList<>(List.of("bundle:list -t 0", "provider:list",
                "pplus:providers", "billing:price-list", "device:list"));
        for (int writer = 0; writer < WRITERS; writer++) {
            commands.add("template:show " + template(writer));
        }
        for (String mac : new TreeSet<>(phones.keySet())) {
            commands.add("device:show " + mac);
        }
        for (Unit unit : units) {
            if (unit.confirmed >= Unit.CUSTOMER) {
                commands.add("customer:list " + unit.provider);
            }
            for (YearMonth month : unit.confirmed >= Unit.MONTHLY_ADD ? months
                    : new TreeSet<YearMonth>()) {
                commands.add("billing:preview " + unit.provider + " " + month);
            }
        }
        List<String> script = new ArrayList<>();
        for (int i = 0; i < commands.size(); i++) {
            script.add("echo @@@" + i);
            script.add(commands.get(i));
        }
        Console answer = karaf.console(script.toArray(String[]::new));
        Map<String, String> sections = sections(commands, answer.output());
        assertFalse("nothing read back after the restart: " + answer.output(),
                sections.isEmpty());
        String last = new ArrayList<>(sections.keySet()).get(sections.size() - 1);
        assertTrue("'" + last + "' failed after the restart: " + sections.get(last),
                answer.ok());
        assertEquals("sections read back", commands.size(), sections.size());
        return sections;
    }

    private static Map<String, String> sections(List<String> commands, String output) {
        Map<String, String> sections = new LinkedHashMap<>();
        String current = "(before any command)";
        StringBuilder text = new StringBuilder();
        for (String line : output.lines().toList()) {
            if (line.matches("@@@\\d+")) {
                sections.put(current, text.toString());
                current = commands.get(Integer.parseInt(line.substring(3)));
                text.setLength(0);
            } else {
                text.append(line).append('\n');
            }
        }
        sections.put(current, text.toString());
        sections.remove("(before any command)");
        return sections;
    }

    private void verify(Map<String, String> read) {
        for (Unit unit : units) {
            verifyTenant(unit, read);
            verifyPhone(unit, unit.monthlyMac, Unit.MONTHLY_ADD, read);
            verifyPhone(unit, unit.plusMac, Unit.PLUS_ADD, read);
            verifyBilling(unit, read);
            if (unit.confirmed >= Unit.TEMPLATE) {
                assertLine(read.get("template:show " + template(unit.writer)),
                        Pattern.quote(unit.setting()) + " +\\| " + Pattern.quote(unit.value())
                                + " +\\|.*");
            }
        }
    }

    private static void verifyTenant(Unit unit, Map<String, String> read) {
        String name = Pattern.quote(unit.provider);
        if (unit.confirmed >= Unit.PROVIDER) {
            assertLine(read.get("provider:list"), name + " +\\| +\\d+ +\\| .*");
        }
        if (unit.confirmed >= Unit.CUSTOMER) {
            assertLine(read.get("customer:list " + unit.provider), name + " +\\| main +\\| .*");
        }
        if (unit.confirmed >= Unit.PPLUS) {
            assertLine(read.get("pplus:providers"), name + " +\\| enabled +\\| no");
        }
        if (unit.confirmed >= Unit.PRICE) {
            assertLine(read.get("billing:price-list"), name + " +\\| \\d{4}-\\d\\d-\\d\\d \\|"
                    + " +\\| USD +\\| +1\\.25 \\| +2\\.00 \\| +7\\.50");
        }
    }

    private void verifyPhone(Unit unit, String mac, int added, Map<String, String> read) {
        if (unit.confirmed < added) {
            return;
        }
        int delivered = phones.get(mac).delivered.get();
        int contents = phones.get(mac).bodies.size();
        String[] row = deviceRow(read.get("device:list"), mac);
        String active = Pattern.quote("ACTIVE (30 days left)");
        String expectedState = added == Unit.MONTHLY_ADD ? "MONTHLY"
                : delivered > 0 ? active : "PENDING|" + active;
        assertTrue(mac + " listed as " + String.join(" | ", row), row[1].equals("yealink")
                && row[3].equals(unit.provider) && row[4].equals("main")
                && row[7].matches(expectedState));
        if (unit.confirmed > added) {
            assertEquals(mac + " lines", "1", row[5]);
        }
        String shown = read.get("device:show " + mac);
        if (unit.confirmed > added) {
            assertLine(shown, "1 +\\| " + Pattern.quote(user(mac)) + " +\\| .*");
        }
        if (delivered > 0) {
            assertTrue(mac + " received " + delivered + " files, listed with no first delivery",
                    TIME.matcher(row[8]).matches());
            assertLine(shown, "First delivered +\\| " + TIME.pattern());
            long recorded = shown.lines().filter(line -> line.matches(TIME.pattern() + " +\\| "
                    + mac + "\\.cfg +\\| +\\d+ +\\| +\\d+( +\\|.*)?")).count();
            assertTrue(mac + " received " + contents + " different files (" + delivered
                    + " fetches), " + recorded + " deliveries are recorded:\n" + shown,
                    recorded >= contents);
        }
    }

    /** Charges come from persisted facts only: each confirmed fact must be charged. */
    private void verifyBilling(Unit unit, Map<String, String> read) {
        if (unit.confirmed < Unit.MONTHLY_ADD) {
            return;
        }
        StringBuilder invoices = new StringBuilder();
        read.forEach((command, text) -> {
            if (command.startsWith("billing:preview " + unit.provider + " ")) {
                invoices.append(text);
            }
        });
        String charges = invoices.toString();
        assertLine(charges, colons(unit.monthlyMac) + " +\\| main +\\| MONTHLY +\\| "
                + "\\d{4}-\\d\\d-\\d\\d \\| +1 \\| +1\\.25 \\| +1\\.25");
        Phone plus = phones.get(unit.plusMac);
        if (plus != null && plus.delivered.get() > 0) {
            assertLine(charges, colons(unit.plusMac) + " +\\| main +\\| PROVISIONING_PLUS +\\| "
                    + "\\d{4}-\\d\\d-\\d\\d \\| +1 \\| +2\\.00 \\| +2\\.00");
        }
    }

    /** The second start needed no repair: every bundle up, no error logged, Derby quiet. */
    private void assertCleanStart(long logStart) throws IOException {
        List<String> errors = karaf.logSince(logStart).stream()
                .filter(line -> line.contains("| ERROR |")).toList();
        assertTrue("errors logged by the start after the kill:\n" + String.join("\n", errors),
                errors.isEmpty());
        String derby = Files.readString(karaf.file("data/log/derby.log"));
        assertFalse("data/log/derby.log after the restart:\n" + derby,
                derby.contains("ERROR") || derby.contains("Exception"));
    }

    private static void assertBundlesActive(String bundles) {
        List<String> idle = bundles.lines().filter(line -> line.matches(" *\\d+ \\|.*"))
                .filter(line -> !line.contains("| Active ")
                        && !(line.contains("| Resolved ") && line.contains("Hosts:")))
                .toList();
        assertTrue("bundles not started after the kill: " + idle, idle.isEmpty());
    }

    /** The tab-separated row of device:list (no terminal, so no table lines) for a MAC. */
    private static String[] deviceRow(String list, String mac) {
        return list.lines().filter(line -> line.startsWith(colons(mac)))
                .map(line -> line.split("\t", -1)).map(DurabilityIT::trimAll).findFirst()
                .orElseThrow(() -> new AssertionError(mac + " is missing after the kill:\n"
                        + list));
    }

    private static String[] trimAll(String[] fields) {
        for (int i = 0; i < fields.length; i++) {
            fields[i] = fields[i].trim();
        }
        return fields;
    }

    private static void assertLine(String text, String regex) {
        assertNotNull("no output for " + regex, text);
        boolean found = text.lines().anyMatch(line -> line.trim().matches(regex));
        assertTrue("no line matches " + regex + " in:\n" + text, found);
    }

    private int deliveries() {
        return phones.values().stream().mapToInt(p -> p.delivered.get()).sum();
    }

    private int confirmedCommands() {
        return units.stream().mapToInt(u -> u.confirmed).sum();
    }

    private static String template(int writer) {
        return "dur-w" + writer;
    }

    private static String user(String mac) {
        return "u" + mac.substring(6);
    }

    private static String colons(String mac) {
        return mac.replaceAll("(..)(?!$)", "$1:");
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** One console write and the text the console prints when it succeeded. */
    private record Step(String command, String confirmation) {
    }

    /** A device that phones fetch as: how many fetches were tried and answered 200. */
    private static final class Phone {
        final String mac;
        final AtomicInteger attempts = new AtomicInteger();
        final AtomicInteger delivered = new AtomicInteger();
        /** The different files received: each must have its delivery. */
        final Set<String> bodies = ConcurrentHashMap.newKeySet();
        volatile long lastAttempt;

        Phone(String mac) {
            this.mac = mac;
        }
    }

    /**
     * One writer's set of writes for a new provider, issued in order; {@code confirmed} counts
     * how many the console reported successful.
     */
    private static final class Unit {
        static final int PROVIDER = 1;
        static final int CUSTOMER = 2;
        static final int PPLUS = 3;
        static final int PRICE = 4;
        static final int MONTHLY_ADD = 5;
        static final int PLUS_ADD = 7;
        static final int TEMPLATE = 9;

        final int writer;
        final int index;
        final String provider;
        final String monthlyMac;
        final String plusMac;
        volatile int confirmed;

        Unit(int writer, int index) {
            this.writer = writer;
            this.index = index;
            this.provider = "dur-w" + writer + "-u" + index;
            this.monthlyMac = String.format("001565%x0%04x", writer, index);
            this.plusMac = String.format("001565%x1%04x", writer, index);
        }

        /** The writes in order, each with what the console prints when it succeeded. */
        List<Step> steps() {
            String line = "pbx.example.com";
            return List.of(new Step("provider:add " + provider, "Added provider " + provider),
                    new Step("customer:add " + provider + " main", "Added customer main"),
                    new Step("pplus:enable " + provider, "Provisioning Plus enabled for"),
                    new Step("billing:price-set --pplus 2.00 --currency USD " + provider
                            + " 1.25", "Prices of " + provider),
                    new Step("device:add " + provider + " main " + monthlyMac
                            + " yealink T54W", "Registered " + colons(monthlyMac)),
                    new Step("device:line-set " + monthlyMac + " 1 " + user(monthlyMac) + " "
                            + line, "Line 1 of " + colons(monthlyMac) + " set"),
                    new Step("device:add --pplus " + provider + " main " + plusMac
                            + " yealink T46U", "Registered " + colons(plusMac)),
                    new Step("device:line-set " + plusMac + " 1 " + user(plusMac) + " "
                            + line, "Line 1 of " + colons(plusMac) + " set"),
                    new Step("template:set " + template(writer) + " " + setting() + " "
                            + value(), setting() + " = " + value()));
        }

        String setting() {
            return "raw.yealink.openprov_w" + writer + "u" + index;
        }

        String value() {
            return "v" + writer + "-" + index;
        }
    }
}
