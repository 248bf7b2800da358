package org.openprov.endpoint.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openprov.api.access.AccessVerdict;
import org.openprov.api.access.FetchAccess;
import org.openprov.api.access.FetchAttempt;
import org.openprov.api.access.FetchEvent;
import org.openprov.api.generator.ConfigGenerator;
import org.openprov.api.generator.FileKind;
import org.openprov.api.generator.FileRequest;
import org.openprov.api.generator.RenderedFile;
import org.openprov.api.registry.Delivery;
import org.openprov.api.registry.Device;
import org.openprov.api.registry.DeviceRegistry;
import org.openprov.api.registry.Mac;
import org.openprov.api.serving.ServingDecision;
import org.openprov.api.serving.ServingGate;
import org.openprov.api.settings.DeviceConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides what a phone's request gets: routes the file name to the generators present at this
 * moment, finds the device, asks the serving gate, renders, and records the delivery. Knows
 * nothing of HTTP framing, so it can be tested without a server.
 */
final class PhoneDispatcher {

    /** Every file name a phone of a supported vendor asks for fits this. */
    private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,254}");

    /** A MAC as phones write it in a User-Agent: 12 hex digits, bare or with : or -. */
    private static final Pattern UA_MAC = Pattern.compile(
            "(?<![0-9A-Fa-f:-])[0-9A-Fa-f]{2}([:-]?[0-9A-Fa-f]{2}){5}(?![0-9A-Fa-f:-])");

    private static final Logger LOG = LoggerFactory.getLogger(PhoneDispatcher.class);

    private final Supplier<List<ConfigGenerator>> generators;
    private final DeviceRegistry registry;
    private final Function<Device, Optional<DeviceConfig>> configs;
    private final LongSupplier configVersion;
    private final RenderCache cache = new RenderCache();
    /** Recognitions of file names and User-Agents, by both. */
    private final Map<String, Recognised> recognised = new ConcurrentHashMap<>();
    private final Supplier<Optional<ServingGate>> gate;
    private final Supplier<Optional<FetchAccess>> access;
    private final Supplier<Clock> clock;
    private final Startup startup;
    /** How long a phone's own file waits for the platform to finish starting, at most. */
    static final long STARTUP_WAIT_MILLIS = 10_000;
    /** Keeps the masked copies of files served, one at a time, off the phones' threads. */
    private final ThreadPoolExecutor keeper = new ThreadPoolExecutor(1, 1, 0,
            TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(KEEPER_QUEUE), task -> {
                Thread thread = new Thread(task, "openprov-kept-files");
                thread.setDaemon(true);
                return thread;
            });
    /** Masked copies waiting at most. */
    static final int KEEPER_QUEUE = 4096;
    /** Recognitions kept at most (about 300 bytes each); beyond, all are made again. */
    static final int RECOGNISED_KEPT = 200_000;
    /** A file name and User-Agent longer than this together are recognised but not kept. */
    static final int RECOGNISED_KEY_CHARS = 400;

    PhoneDispatcher(Supplier<List<ConfigGenerator>> generators, DeviceRegistry registry,
            Function<Device, Optional<DeviceConfig>> configs, LongSupplier configVersion,
            Supplier<Optional<ServingGate>> gate, Supplier<Optional<FetchAccess>> access,
            Supplier<Clock> clock) {
        this(generators, registry, configs, configVersion, gate, access, clock,
                Startup.finished());
    }

    /**
     * @param startup whether the platform finished starting: until it settled, a phone's own
     *        file waits for Karaf's boot, fetch access and the templates (at most
     *        {@link #STARTUP_WAIT_MILLIS} in all), so that no phone is answered 503 while the
     *        other bundles start
     */
    PhoneDispatcher(Supplier<List<ConfigGenerator>> generators, DeviceRegistry registry,
            Function<Device, Optional<DeviceConfig>> configs, LongSupplier configVersion,
            Supplier<Optional<ServingGate>> gate, Supplier<Optional<FetchAccess>> access,
            Supplier<Clock> clock, Startup startup) {
        this.startup = startup;
        this.generators = generators;
        this.registry = registry;
        this.configs = configs;
        this.configVersion = configVersion;
        this.gate = gate;
        this.access = access;
        this.clock = clock;
    }

    /**
     * A plain request without credentials from the loopback address.
     *
     * @param fileName the requested name, already stripped of the {@code /prov/} prefix
     * @param userAgent the User-Agent, empty if none
     * @param ifNoneMatch the If-None-Match header, or null
     * @param head whether the phone only asks for the headers (no delivery is recorded)
     * @return the answer
     */
    Answer answer(String fileName, String userAgent, String ifNoneMatch, boolean head) {
        return answer(PhoneRequest.plain(fileName, userAgent, ifNoneMatch, head));
    }

    /**
     * @param request the phone's request
     * @return the answer
     */
    Answer answer(PhoneRequest request) {
        Optional<FetchAccess> guard = access.get();
        Instant now = clock.get().instant();
        if (guard.isPresent()) {
            Optional<AccessVerdict> ban = guard.get().banned(request.source(), now);
            if (ban.isPresent()) {
                return Answer.banned(ban.get().retryAfterSeconds(), ban.get().reason());
            }
        }
        String fileName = request.fileName();
        if (!FILE_NAME.matcher(fileName).matches()) {
            return Answer.notFound("not a provisioning file name");
        }
        Recognised recognised = recognise(fileName, request.userAgent());
        List<Match> matches = recognised.matches();
        if (matches.isEmpty()) {
            return Answer.notFound("no installed vendor serves " + fileName);
        }
        Optional<Match> common = pickCommon(matches);
        if (common.isPresent()) {
            Match match = common.get();
            RenderedFile file = match.generator.renderCommon(match.request);
            return ok(file, request.ifNoneMatch(), "common file of " + match.generator.vendor());
        }
        Optional<Mac> mac = matches.stream().map(m -> m.request.mac())
                .flatMap(Optional::stream).findFirst();
        if (mac.isEmpty()) {
            return Answer.notFound("no MAC in " + fileName + " nor in the User-Agent");
        }
        if (!startup.settled()) {
            // Starting: the parts a device file needs may be a moment away.
            long began = System.nanoTime();
            startup.await(STARTUP_WAIT_MILLIS);
            startup.awaitParts(() -> access.get().isPresent() && configVersion.getAsLong() >= 0,
                    Math.max(0, STARTUP_WAIT_MILLIS
                            - TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - began)));
            guard = access.get();
        }
        if (guard.isEmpty()) {
            return Answer.unavailable("device " + mac.get() + ": fetch access is not running"
                    + " (feature openprov-access), so no phone's own file is served");
        }
        Answer answer;
        AccessVerdict verdict = null;
        try {
            OptionalLong deviceStamp = registry.changeStamp(mac.get());
            verdict = guard.get().admit(attempt(request, mac.get(), now), deviceStamp);
            answer = switch (verdict.outcome()) {
                case SERVE -> answerDevice(request, mac.get(), deviceStamp.getAsLong(),
                        recognised, verdict, now);
                case BOOTSTRAP -> bootstrap(request, mac.get(), deviceStamp, matches, verdict,
                        guard.get(), now);
                case CHALLENGE -> Answer.challenge(verdict.challenges(), verdict.reason(),
                        verdict.failure());
                case BANNED -> Answer.banned(verdict.retryAfterSeconds(), verdict.reason());
                case REFUSE -> Answer.notFound(verdict.reason());
            };
        } catch (RuntimeException e) {
            answer = new Answer(500, new byte[0], null, null, "failure: " + e);
            record(guard.get(), request, mac.get(), answer, now);
            throw e;
        }
        record(guard.get(), request, mac.get(), answer, now);
        return answer;
    }

    /**
     * Whether a phone may upload: the same fetch access as its own files, with the PUT's
     * credentials. A first contact cannot upload: it has no credentials yet.
     *
     * @param request the PUT
     * @param mac the device the upload's name gives
     * @return the refusal, or empty when the upload may go on to the store
     */
    Optional<Answer> refuseUpload(PhoneRequest request, Mac mac) {
        Optional<FetchAccess> guard = access.get();
        Instant now = clock.get().instant();
        if (guard.isEmpty()) {
            return Optional.of(Answer.unavailable("upload of device " + mac + ": fetch access"
                    + " is not running (feature openprov-access)"));
        }
        Optional<AccessVerdict> ban = guard.get().banned(request.source(), now);
        if (ban.isPresent()) {
            return Optional.of(Answer.banned(ban.get().retryAfterSeconds(), ban.get().reason()));
        }
        AccessVerdict verdict = guard.get().admit(attempt(request, mac, now),
                registry.changeStamp(mac));
        Optional<Answer> refusal = switch (verdict.outcome()) {
            case SERVE -> Optional.empty();
            case CHALLENGE -> Optional.of(Answer.challenge(verdict.challenges(),
                    "upload: " + verdict.reason(), verdict.failure()));
            case BANNED -> Optional.of(Answer.banned(verdict.retryAfterSeconds(),
                    verdict.reason()));
            case BOOTSTRAP -> Optional.of(Answer.notFound("upload of device " + mac
                    + " before its first contact: it has no credentials yet"));
            case REFUSE -> Optional.of(Answer.notFound("upload: " + verdict.reason()));
        };
        refusal.ifPresent(answer -> record(guard.get(), request, mac, answer, now));
        return refusal;
    }

    /** Notes a stored or refused upload in the fetch audit. */
    void recordUpload(PhoneRequest request, Mac mac, Answer answer) {
        access.get().ifPresent(guard -> record(guard, request, mac, answer,
                clock.get().instant()));
    }

    private static FetchAttempt attempt(PhoneRequest r, Mac mac, Instant now) {
        return new FetchAttempt(r.source(), mac, r.fileName(), r.method(), r.uri(), r.server(),
                r.secure(), r.authorization(), r.token(), r.certificate(), now);
    }

    /** Notes the outcome in the fetch audit; the reason is the log line's, free of secrets. */
    private static void record(FetchAccess guard, PhoneRequest r, Mac mac, Answer answer,
            Instant now) {
        guard.record(mac, new FetchEvent(now, r.source(), r.fileName(), answer.status(),
                ("GET".equals(r.method()) ? "" : r.method() + ": ") + answer.reason()));
    }

    private Answer answerDevice(PhoneRequest request, Mac mac, long deviceStamp,
            Recognised recognised, AccessVerdict verdict, Instant now) {
        List<Match> matches = recognised.matches();
        // Read before the device and its templates, so a change committed meanwhile leaves
        // the entry made below stale rather than wrong.
        RenderCache.Stamp stamp = new RenderCache.Stamp(deviceStamp,
                configVersion.getAsLong(), generators.get());
        String key = mac.hex() + '/' + request.fileName() + verdict.access()
                .map(a -> "#" + verdict.generation() + "@" + a.server()).orElse("");
        Optional<RenderCache.Entry> cached = cache.find(key, stamp, System.currentTimeMillis());
        Optional<RenderCache.Entry> entry;
        try {
            entry = cached.isPresent() ? cached
                    : render(mac, request.fileName(), matches, key, stamp, verdict);
        } catch (TemplatesAbsent absent) {
            return Answer.unavailable("device " + mac + ": the templates are not running"
                    + " (feature openprov-templates), so its file cannot be made as it should be");
        }
        if (entry.isEmpty()) {
            return Answer.notFound(notServed(mac, request.fileName()));
        }
        Answer answer = deliver(entry.get(), request, recognised.named(), now);
        if (answer.status() / 100 == 2 || answer.status() == 304) {
            return new Answer(answer.status(), answer.body(), answer.contentType(),
                    answer.etag(), answer.reason() + ", " + verdict.reason());
        }
        return answer;
    }

    /** Renders the device's file and keeps it in the cache; empty if it cannot be served. */
    private Optional<RenderCache.Entry> render(Mac mac, String fileName, List<Match> matches,
            String key, RenderCache.Stamp stamp, AccessVerdict verdict) {
        Optional<Device> found = registry.device(mac);
        Optional<Match> own = found.flatMap(d -> ownMatch(d, matches));
        if (own.isEmpty()) {
            return Optional.empty();
        }
        Device device = found.get();
        DeviceConfig resolved = configs.apply(device).orElseThrow(TemplatesAbsent::new);
        DeviceConfig config = verdict.access().map(resolved::withAccess).orElse(resolved);
        Match match = own.get();
        Answer full = full(match.generator.renderDevice(match.request, config),
                "device " + device.mac() + " (" + device.vendor() + " " + device.model() + ")");
        // Kept without the fetch access, as device:config-preview renders it, so --diff
        // compares like with like.
        RenderCache.Entry entry = new RenderCache.Entry(stamp, System.currentTimeMillis(),
                device.mac(), full, () -> keepMasked(match, resolved, fileName),
                new AtomicBoolean());
        cache.put(key, entry);
        return Optional.of(entry);
    }

    private static Optional<Match> ownMatch(Device device, List<Match> matches) {
        return matches.stream().filter(m -> m.generator.vendor().equals(device.vendor()))
                .findFirst();
    }

    /**
     * A first contact: the device's own file name, holding its fetch access and nothing else.
     * It is not the device's configuration, so no delivery is recorded and no window starts.
     */
    private Answer bootstrap(PhoneRequest request, Mac mac, OptionalLong deviceStamp,
            List<Match> matches, AccessVerdict verdict, FetchAccess guard, Instant now) {
        Optional<Device> found = registry.device(mac);
        Optional<Match> own = found.flatMap(d -> ownMatch(d, matches));
        if (own.isEmpty()) {
            // Not a file of this phone's vendor: the first contact stays for the right name.
            return Answer.notFound(notServed(mac, request.fileName()));
        }
        Device device = found.get();
        ServingDecision decision = gate.get().map(g -> g.decide(device, now))
                .orElse(ServingDecision.SERVE);
        if (!decision.serve()) {
            return Answer.notFound("device " + device.mac() + " refused: " + decision.reason());
        }
        DeviceConfig config = DeviceConfig.bootstrap(device, verdict.access().orElseThrow());
        Match match = own.get();
        Answer full = full(match.generator.renderDevice(match.request, config), "device "
                + device.mac() + " (" + device.vendor() + " " + device.model() + "), "
                + verdict.reason());
        FetchAttempt attempt = attempt(request, mac, now);
        if (!request.head() && !guard.claimFirstContact(attempt)) {
            // Another request took the first contact a moment ago: answer as to any phone
            // without credentials.
            AccessVerdict again = guard.admit(attempt, deviceStamp);
            return switch (again.outcome()) {
                case CHALLENGE -> Answer.challenge(again.challenges(), again.reason(),
                        again.failure());
                case SERVE, BOOTSTRAP, REFUSE -> Answer.notFound(again.reason());
                case BANNED -> Answer.banned(again.retryAfterSeconds(), again.reason());
            };
        }
        return conditional(full, request.ifNoneMatch());
    }

    /** Why a registered device's file is not served: it left, or its vendor is absent. */
    private String notServed(Mac mac, String fileName) {
        return registry.device(mac).map(d -> vendorMissing(d, fileName))
                .orElse("device " + mac + " is not registered");
    }

    private Answer deliver(RenderCache.Entry entry, PhoneRequest request, List<Mac> named,
            Instant now) {
        String fileName = request.fileName();
        boolean head = request.head();
        Mac mac = entry.mac();
        warnOnOtherMac(mac, named);
        Optional<ServingGate> rules = gate.get();
        if (rules.isPresent()) {
            // The cache keeps files, not devices: a gate's question reads the device.
            Optional<Device> device = registry.device(mac);
            ServingDecision decision = device.map(d -> rules.get().decide(d, now))
                    .orElse(ServingDecision.refuse("it is not registered"));
            if (!decision.serve()) {
                return Answer.notFound("device " + mac + " refused: " + decision.reason());
            }
        }
        Answer answer = conditional(entry.answer(), request.ifNoneMatch());
        if (answer.status() == 200 && !head) {
            // The registry logs and keeps the first delivery: it starts entitlement windows.
            // The same bytes again are counted on the delivery that first carried them.
            registry.recordDelivery(new Delivery(mac, fileName, now,
                    answer.body().length, answer.etag()));
            if (entry.kept().compareAndSet(false, true)) {
                keepLater(entry);
            }
        }
        return answer;
    }

    /**
     * Hands the masked copy to the keeper thread, off the phone's path: its second render and
     * its commit no longer delay the answer. When the keeper is behind by a full queue (a storm
     * of files never served before) this rendering's copy is not kept and what it needed is let
     * go, so a storm cannot fill the heap with configurations waiting; the file's next
     * rendering (after a change, or {@link RenderCache#TTL_MILLIS} at the latest) keeps its own.
     */
    private void keepLater(RenderCache.Entry entry) {
        try {
            keeper.execute(entry.keep());
        } catch (RejectedExecutionException full) {
            entry.letGo();
        }
    }

    /** Waits until the masked copies handed over so far are kept; for tests. */
    void awaitKept() throws Exception {
        keeper.submit(() -> { }).get(10, TimeUnit.SECONDS);
    }

    /** Stops the keeper thread; copies still queued are kept first, for a few seconds. */
    void close() {
        keeper.shutdown();
        try {
            if (!keeper.awaitTermination(5, TimeUnit.SECONDS)) {
                keeper.shutdownNow();
            }
        } catch (InterruptedException e) {
            keeper.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Keeps the file, masked, for {@code device:config-preview --diff}, so no secret is stored
     * twice. A convenience for the console: when it fails, the phone is served all the same.
     */
    private void keepMasked(Match match, DeviceConfig config, String fileName) {
        Mac mac = config.device().mac();
        try {
            registry.keepServedFile(mac, fileName,
                    match.generator.renderDevice(match.request, config.masked()).body());
        } catch (RuntimeException e) {
            LOG.warn("The file {} served to {} could not be kept for device:config-preview"
                    + " --diff: {}", fileName, mac, e.getMessage());
        }
    }

    /**
     * The User-Agent is a hint, never a credential: fetch access decides who gets a file; a
     * phone naming another MAC than the file's is served all the same, but the log says so.
     */
    private static void warnOnOtherMac(Mac device, List<Mac> named) {
        for (Mac mac : named) {
            if (!mac.equals(device)) {
                LOG.info("User-Agent of a request for device {} names another MAC, {}",
                        device, mac);
                return;
            }
        }
    }

    /** @return the MACs a User-Agent names */
    private static List<Mac> macsNamed(String userAgent) {
        List<Mac> named = new ArrayList<>(1);
        Matcher m = UA_MAC.matcher(userAgent);
        while (m.find()) {
            Mac.tryParse(m.group()).ifPresent(named::add);
        }
        return List.copyOf(named);
    }

    private String vendorMissing(Device device, String fileName) {
        boolean installed = generators.get().stream()
                .anyMatch(g -> g.vendor().equals(device.vendor()));
        return "device " + device.mac() + " is a " + device.vendor() + " phone; "
                + (installed ? "its generator does not serve " + fileName
                        : "vendor " + device.vendor() + " is not installed");
    }

    /**
     * What the generators present make of a file name and User-Agent, and the MACs the
     * User-Agent names; the same phone asking again is answered from memory while the same
     * generators are present (asking every generator was most of a fetch's own work).
     */
    private Recognised recognise(String fileName, String userAgent) {
        List<ConfigGenerator> present = generators.get();
        if (fileName.length() + userAgent.length() > RECOGNISED_KEY_CHARS) {
            return new Recognised(present, recogniseNow(present, fileName, userAgent),
                    macsNamed(userAgent));
        }
        String key = fileName + '\n' + userAgent;
        Recognised kept = recognised.get(key);
        if (kept != null && kept.generators() == present) {
            return kept;
        }
        Recognised made = new Recognised(present, recogniseNow(present, fileName, userAgent),
                macsNamed(userAgent));
        // Only what a vendor serves is kept: a scan of made-up names keeps nothing.
        if (!made.matches().isEmpty()) {
            if (recognised.size() >= RECOGNISED_KEPT) {
                recognised.clear();
            }
            recognised.put(key, made);
        }
        return made;
    }

    private static List<Match> recogniseNow(List<ConfigGenerator> present, String fileName,
            String userAgent) {
        List<Match> matches = new ArrayList<>(2);
        for (ConfigGenerator generator : present) {
            try {
                generator.recognise(fileName, userAgent)
                        .ifPresent(r -> matches.add(new Match(generator, r)));
            } catch (RuntimeException e) {
                LOG.warn("Vendor {} failed to read file name {}", generator.vendor(), fileName, e);
            }
        }
        return matches;
    }

    /** Common files are routed before any MAC check; the vendor the User-Agent names wins. */
    private static Optional<Match> pickCommon(List<Match> matches) {
        List<Match> common = matches.stream()
                .filter(m -> m.request.kind() == FileKind.COMMON).toList();
        return common.stream().filter(m -> m.request.userAgentMatched()).findFirst()
                .or(() -> common.stream().findFirst());
    }

    private static Answer ok(RenderedFile file, String ifNoneMatch, String reason) {
        return conditional(full(file, reason), ifNoneMatch);
    }

    /** @return the file as a 200 answer with its ETag */
    private static Answer full(RenderedFile file, String reason) {
        return new Answer(200, file.body(), file.contentType(), etag(file.body()), reason);
    }

    /** @return the answer, or 304 when the phone already holds it */
    private static Answer conditional(Answer full, String ifNoneMatch) {
        String etag = full.etag();
        boolean any = ifNoneMatch != null && ifNoneMatch.trim().equals("*");
        if (any || ifNoneMatch != null && ifNoneMatch.contains(etag)) {
            return Answer.notModified(etag, full.reason() + ", not modified");
        }
        return full;
    }

    static String etag(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return '"' + HexFormat.of().formatHex(digest, 0, 16) + '"';
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("The JVM lacks SHA-256", e);
        }
    }

    private record Match(ConfigGenerator generator, FileRequest request) {
    }

    /**
     * @param generators the generators present when it was made (compared by identity: a
     *        vendor installed, updated or removed makes another list)
     * @param matches the generators that serve the file, with what each read from the request
     * @param named the MACs the User-Agent names
     */
    private record Recognised(List<ConfigGenerator> generators, List<Match> matches,
            List<Mac> named) {

        Recognised {
            matches = List.copyOf(matches);
        }
    }

    /** The templates are not running: the phone is asked to come back rather than misled. */
    private static final class TemplatesAbsent extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TemplatesAbsent() {
            super(null, null, false, false);
        }
    }

    /** @return the name of the file in a request path under /prov/, or null if not under it */
    static String fileNameOf(String path) {
        String prefix = "/prov/";
        if (path == null || !path.startsWith(prefix)) {
            return null;
        }
        return path.substring(prefix.length());
    }

    /** A token as fetch access makes them: letters and digits. */
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9]{1,64}");

    /**
     * Splits {@code t/<token>/<file>} (the part after {@code /prov/}) into the token and the
     * file name; anything else is a file name without a token. A malformed token leaves the
     * whole text as the file name, which then matches no file.
     *
     * @param name the part of the path after {@code /prov/}
     * @return the token, if the path carries one, and the file name
     */
    static Map.Entry<Optional<String>, String> tokenAndFile(String name) {
        if (name.startsWith("t/")) {
            int slash = name.indexOf('/', 2);
            if (slash > 2 && TOKEN.matcher(name.substring(2, slash)).matches()) {
                return Map.entry(Optional.of(name.substring(2, slash)),
                        name.substring(slash + 1));
            }
        }
        return Map.entry(Optional.empty(), name);
    }

    /** Whatever follows {@code /prov/t/} up to the next slash: a token, right or wrong. */
    private static final Pattern TOKEN_IN_PATH = Pattern.compile("(?i)(/t/|;t=)[^/]*");
    /** A run of letters and digits as long as a password or token (MACs have 12). */
    private static final Pattern LONG_WORD = Pattern.compile("[A-Za-z0-9]{20,}");

    /**
     * A request path as the log shows it: printable, short, and with whatever could be a token
     * masked, right or wrong (a wrong one may differ from a right one by a character): the
     * segment after any {@code /t/} or {@code ;t=}, and any run of 20 or more letters and
     * digits.
     */
    static String shownPath(String path) {
        String masked = TOKEN_IN_PATH.matcher(path == null ? "" : path)
                .replaceAll("$1" + DeviceConfig.MASK);
        return printable(LONG_WORD.matcher(masked).replaceAll(DeviceConfig.MASK));
    }

    /** Keeps a User-Agent printable and short enough for one log line. */
    static String printable(String text) {
        // Cc covers the C1 controls (NEL, CSI) too, which \p{Cntrl} misses.
        String clean = text == null ? "" : text.replaceAll("\\p{Cc}", "?");
        return clean.length() > 200 ? clean.substring(0, 200) + "..." : clean;
    }
}
