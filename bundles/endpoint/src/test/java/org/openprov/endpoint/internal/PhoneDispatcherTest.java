package org.openprov.endpoint.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.Before;
import org.junit.Test;
import org.openprov.api.access.AccessVerdict;
import org.openprov.api.generator.ConfigGenerator;
import org.openprov.api.generator.FileRequest;
import org.openprov.api.generator.KeyRules;
import org.openprov.api.generator.ModelTable;
import org.openprov.api.generator.RenderedFile;
import org.openprov.api.registry.Delivery;
import org.openprov.api.registry.Device;
import org.openprov.api.registry.DeviceRegistry;
import org.openprov.api.registry.Mac;
import org.openprov.api.serving.ServingDecision;
import org.openprov.api.serving.ServingGate;
import org.openprov.api.settings.DeviceConfig;
import org.openprov.api.settings.Level;
import org.openprov.api.settings.ProvisioningAccess;
import org.openprov.api.settings.ResolvedValue;
import org.openprov.api.settings.Setting;

public class PhoneDispatcherTest {

    private static final Mac MAC = Mac.parse("001565a1b2c3");
    private static final Instant NOW = Instant.parse("2026-03-10T10:00:00Z");

    /** Replaced, never changed in place, as the endpoint does with its generators. */
    private volatile List<ConfigGenerator> generators = List.of();
    private final List<Delivery> deliveries = new ArrayList<>();
    private final Map<Mac, Device> devices = new HashMap<>();
    private final Map<String, String> served = new HashMap<>();
    private String templateNtp = "ntp1.example.com";
    private long stamp = 1;
    private volatile long configVersion = 7;
    private volatile boolean templatesRunning = true;
    private int deviceReads;
    private volatile int kept;

    private void awaitKept() {
        try {
            dispatcher.awaitKept();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
    private volatile ServingGate gate;
    private PhoneDispatcher dispatcher;
    private volatile ScriptedAccess access = new ScriptedAccess();

    @Before
    public void setUp() {
        generators = List.of(new FakeGenerator("acme"));
        devices.put(MAC, device("acme"));
        dispatcher = dispatcher(Startup.finished());
    }

    private PhoneDispatcher dispatcher(Startup startup) {
        return new PhoneDispatcher(() -> generators, registry(),
                d -> templatesRunning ? Optional.of(resolve(d)) : Optional.empty(),
                () -> configVersion, () -> Optional.ofNullable(gate),
                () -> Optional.ofNullable(access), () -> Clock.fixed(NOW, ZoneOffset.UTC),
                startup);
    }

    @Test
    public void aPhoneAskingWhileThePlatformStartsWaitsForItsParts() throws Exception {
        KarafBoot boot = new KarafBoot(false, true);
        ScriptedAccess starting = access;
        access = null;
        templatesRunning = false;
        configVersion = -1;
        dispatcher = dispatcher(Startup.ofKaraf(boot.context()));
        // Common files need none of the other bundles.
        assertEquals(200, dispatcher.answer("000000000000.cfg", "", null, false).status());
        java.util.concurrent.CompletableFuture<Answer> asked = java.util.concurrent
                .CompletableFuture.supplyAsync(() -> dispatcher.answer("001565a1b2c3.cfg", "",
                        null, false));
        Thread.sleep(50);
        assertFalse(asked.isDone());
        boot.finish();
        access = starting;
        Thread.sleep(50);
        assertFalse(asked.isDone()); // the templates are not there yet
        templatesRunning = true;
        configVersion = 7;
        Answer answer = asked.get(30, java.util.concurrent.TimeUnit.SECONDS);
        assertEquals(200, answer.status());
        assertEquals("device 001565a1b2c3 ntp1.example.com", new String(answer.body()));
    }

    @Test
    public void commonFileIsServedWithoutAnyDevice() {
        devices.clear();
        Answer answer = dispatcher.answer("000000000000.cfg", "", null, false);
        assertEquals(200, answer.status());
        assertEquals("common", new String(answer.body()));
        assertTrue(deliveries.isEmpty());
    }

    @Test
    public void deviceFileIsRenderedAndItsDeliveryRecorded() {
        Answer answer = dispatcher.answer("001565A1B2C3.cfg", "", null, false);
        assertEquals(200, answer.status());
        assertEquals("device 001565a1b2c3 ntp1.example.com", new String(answer.body()));
        assertNotNull(answer.etag());
        // The ETag goes with the delivery: the registry tells a repeat by it.
        assertEquals(List.of(new Delivery(MAC, "001565A1B2C3.cfg", NOW, 36, answer.etag())),
                deliveries);
    }

    @Test
    public void headAndNotModifiedAreNotDeliveries() {
        String etag = dispatcher.answer("001565a1b2c3.cfg", "", null, true).etag();
        Answer again = dispatcher.answer("001565a1b2c3.cfg", "", etag, false);
        assertEquals(304, again.status());
        assertEquals(0, again.body().length);
        assertTrue(deliveries.isEmpty());
    }

    @Test
    public void unknownDeviceFileOrNameIsNotFound() {
        assertEquals(404, dispatcher.answer("001565000001.cfg", "", null, false).status());
        assertEquals(404, dispatcher.answer("readme.txt", "", null, false).status());
        for (String bad : new String[] {"", "../001565a1b2c3.cfg", "a/b.cfg", ".cfg",
                "x".repeat(300)}) {
            Answer answer = dispatcher.answer(bad, "", null, false);
            assertEquals(bad, 404, answer.status());
            assertEquals(0, answer.body().length);
        }
    }

    @Test
    public void deviceOfAVendorNotInstalledIsNotFound() {
        devices.put(MAC, device("other"));
        Answer answer = dispatcher.answer("001565a1b2c3.cfg", "", null, false);
        assertEquals(404, answer.status());
        assertTrue(answer.reason(), answer.reason().contains("vendor other is not installed"));
    }

    @Test
    public void gateCanRefuseADevice() {
        gate = (device, now) -> ServingDecision.refuse("not allowed at " + now);
        Answer answer = dispatcher.answer("001565a1b2c3.cfg", "", null, false);
        assertEquals(404, answer.status());
        assertTrue(answer.reason(), answer.reason().contains("not allowed at " + NOW));
        assertTrue(deliveries.isEmpty());
    }

    @Test
    public void userAgentChoosesBetweenTwoVendorsOfACommonName() {
        generators = List.of(generators.get(0), new FakeGenerator("zeta"));
        Answer answer = dispatcher.answer("000000000000.cfg", "zeta phone", null, false);
        assertEquals(200, answer.status());
        assertTrue(answer.reason(), answer.reason().contains("zeta"));
    }

    private static Device device(String vendor) {
        return new Device(MAC, "p", "c", vendor, "M1", "", NOW, false, Optional.empty(),
                List.of(), Map.of());
    }

    /** Stands for the templates: adds a platform value to the device's own. */
    private DeviceConfig resolve(Device device) {
        Map<String, ResolvedValue> values = new HashMap<>(DeviceConfig.ofDevice(device)
                .values());
        values.put("ntp.server", new ResolvedValue("ntp.server", templateNtp, Level.PLATFORM,
                "base", false));
        return new DeviceConfig(device, values, false);
    }

    @Test
    public void theDeviceIsRenderedFromItsResolvedSettingsAndTheFileKept() {
        Answer first = dispatcher.answer("001565a1b2c3.cfg", "", null, false);
        templateNtp = "ntp2.example.com";
        configVersion++;
        Answer second = dispatcher.answer("001565a1b2c3.cfg", "", first.etag(), false);

        assertEquals("device 001565a1b2c3 ntp1.example.com", new String(first.body(),
                StandardCharsets.UTF_8));
        assertEquals(200, second.status());
        assertNotEquals(first.etag(), second.etag());
        awaitKept();
        assertEquals("kept in the order served", "device 001565a1b2c3 ntp2.example.com",
                served.get("001565a1b2c3.cfg"));
    }

    @Test
    public void anUnchangedDeviceIsServedFromTheCacheWithOneStampRead() {
        Answer first = dispatcher.answer("001565a1b2c3.cfg", "", null, false);
        templateNtp = "ntp2.example.com"; // not announced: the cache may not see it
        Answer second = dispatcher.answer("001565a1b2c3.cfg", "", null, false);

        assertEquals(first.etag(), second.etag());
        assertEquals(1, deviceReads);
        awaitKept();
        assertEquals(1, kept);
        assertEquals(2, deliveries.size());
    }

    @Test
    public void aDeviceChangeOrATemplateChangeIsRenderedAtTheNextFetch() {
        Answer first = dispatcher.answer("001565a1b2c3.cfg", "", null, false);
        templateNtp = "ntp2.example.com";
        stamp++;
        Answer afterDevice = dispatcher.answer("001565a1b2c3.cfg", "", null, false);
        templateNtp = "ntp3.example.com";
        configVersion++;
        Answer afterTemplates = dispatcher.answer("001565a1b2c3.cfg", "", null, false);

        assertTrue(new String(afterDevice.body()).endsWith("ntp2.example.com"));
        assertTrue(new String(afterTemplates.body()).endsWith("ntp3.example.com"));
        assertEquals(3, deviceReads);
        awaitKept();
        assertEquals(3, kept);
        assertNotEquals(first.etag(), afterDevice.etag());
    }

    @Test
    public void withoutTheTemplatesAPhoneIsAskedToComeBackNotGivenAPartialFile() {
        templatesRunning = false;
        configVersion = -1;

        Answer answer = dispatcher.answer("001565a1b2c3.cfg", "", null, false);

        assertEquals(503, answer.status());
        assertEquals(0, answer.body().length);
        assertTrue(answer.reason(), answer.reason().contains("templates are not running"));
        assertTrue(deliveries.isEmpty());
    }

    @Test
    public void aVendorThatLeftIsNotServedFromTheCache() {
        assertEquals(200, dispatcher.answer("001565a1b2c3.cfg", "", null, false).status());
        generators = List.of();

        assertEquals(404, dispatcher.answer("001565a1b2c3.cfg", "", null, false).status());
    }

    @Test
    public void aHeadRendersButKeepsNothingUntilTheFileIsDelivered() {
        dispatcher.answer("001565a1b2c3.cfg", "", null, true);
        awaitKept();
        assertEquals(0, kept);

        Answer got = dispatcher.answer("001565a1b2c3.cfg", "", null, false);
        Answer notModified = dispatcher.answer("001565a1b2c3.cfg", "", got.etag(), false);

        awaitKept();

        assertEquals(1, kept);
        assertEquals(304, notModified.status());
        assertEquals(1, deviceReads);
    }

    private DeviceRegistry registry() {
        return (DeviceRegistry) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {DeviceRegistry.class}, (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "device":
                            deviceReads++;
                            return Optional.ofNullable(devices.get(args[0]));
                        case "changeStamp":
                            return devices.containsKey(args[0]) ? OptionalLong.of(stamp)
                                    : OptionalLong.empty();
                        case "recordDelivery":
                            deliveries.add((Delivery) args[0]);
                            return deliveries.size() == 1;
                        case "keepServedFile":
                            kept++;
                            served.put((String) args[1], new String((byte[]) args[2],
                                    StandardCharsets.UTF_8));
                            return null;
                        default:
                            throw new UnsupportedOperationException(method.getName());
                    }
                });
    }

    /** Serves 000000000000.cfg as a common file and <mac>.cfg as a device file. */

    private static ProvisioningAccess access(boolean bootstrap) {
        return new ProvisioningAccess("https://prov.example.net/prov/", "Tok3n", MAC.hex(),
                "Secr3t", bootstrap);
    }

    @Test
    public void withoutFetchAccessDeviceFilesAre503AndCommonFilesServed() {
        access = null;
        Answer own = dispatcher.answer("001565a1b2c3.cfg", "", null, false);
        assertEquals(503, own.status());
        assertEquals(Answer.RETRY_AFTER_SECONDS, own.retryAfterSeconds());
        assertTrue(own.reason(), own.reason().contains("openprov-access"));
        assertEquals(503, dispatcher.answer("001565000001.cfg", "", null, false).status());
        assertEquals(200, dispatcher.answer("000000000000.cfg", "", null, false).status());
        assertTrue(deliveries.isEmpty());
    }

    @Test
    public void servedFileCarriesTheAccessAndTheAuditNotesIt() {
        access.script = (a, registered) -> AccessVerdict.serve(Optional.of(access(false)), 7,
                "password");
        Answer answer = dispatcher.answer("001565a1b2c3.cfg", "", null, false);
        assertEquals(200, answer.status());
        assertEquals("device 001565a1b2c3 ntp1.example.com url=https://prov.example.net/prov/t/"
                + "Tok3n/ user=001565a1b2c3 pass=Secr3t", new String(answer.body()));
        assertEquals(1, deliveries.size());
        assertEquals(1, access.events.size());
        assertEquals(200, access.events.get(0).status());
        assertTrue(access.events.get(0).how(), access.events.get(0).how().endsWith("password"));
        assertTrue(access.attempts.get(0).mac().equals(MAC));
    }

    @Test
    public void newCredentialGenerationIsRenderedAgain() {
        access.script = (a, registered) -> AccessVerdict.serve(Optional.of(access(false)), 1,
                "password");
        String first = new String(dispatcher.answer("001565a1b2c3.cfg", "", null, false).body());
        ProvisioningAccess rotated = new ProvisioningAccess("https://prov.example.net/prov/",
                "N3w", MAC.hex(), "N3wPass", false);
        access.script = (a, registered) -> AccessVerdict.serve(Optional.of(rotated), 2,
                "password");
        String second = new String(dispatcher.answer("001565a1b2c3.cfg", "", null, false)
                .body());
        assertTrue(first, first.contains("pass=Secr3t"));
        assertTrue(second, second.contains("pass=N3wPass"));
    }

    @Test
    public void bootstrapHoldsTheAccessAloneAndIsNoDelivery() {
        access.script = (a, registered) -> new AccessVerdict(AccessVerdict.Outcome.BOOTSTRAP,
                Optional.of(access(true)), 1, List.of(), 0, "first contact");
        Answer answer = dispatcher.answer("001565a1b2c3.cfg", "", null, false);
        assertEquals(200, answer.status());
        String body = new String(answer.body());
        assertTrue(body, body.endsWith("bootstrap"));
        assertTrue(body, !body.contains("ntp1.example.com"));
        assertTrue(deliveries.isEmpty());
        assertEquals(200, access.events.get(0).status());
    }

    @Test
    public void challengeIs401WithEveryChallengeAndNoBody() {
        access.script = (a, registered) -> new AccessVerdict(AccessVerdict.Outcome.CHALLENGE,
                Optional.empty(), 0, List.of("Digest realm=\"x\"", "Basic realm=\"x\""), 0,
                "credentials asked for");
        for (String mac : new String[] {"001565a1b2c3.cfg", "001565000001.cfg"}) {
            Answer answer = dispatcher.answer(mac, "", null, false);
            assertEquals(401, answer.status());
            assertEquals(0, answer.body().length);
            assertEquals(2, answer.challenges().size());
        }
        assertEquals(List.of(true, false), access.attempts.stream()
                .map(a -> devices.containsKey(a.mac())).toList());
        assertTrue("wrong credentials are logged",
                !dispatcher.answer("001565a1b2c3.cfg", "", null, false).routine());
        access.script = (a, registered) -> new AccessVerdict(AccessVerdict.Outcome.CHALLENGE,
                Optional.empty(), 0, List.of("Digest realm=\"x\""), 0, "asked for", false);
        assertTrue("the first step of Digest is routine",
                dispatcher.answer("001565a1b2c3.cfg", "", null, false).routine());
        assertTrue(deliveries.isEmpty());
    }

    @Test
    public void refusalIsThe404OfAnUnknownFile() {
        access.script = (a, registered) -> AccessVerdict.refuse("wrong token");
        Answer refused = dispatcher.answer("001565a1b2c3.cfg", "", null, false);
        Answer unknown = dispatcher.answer("readme.txt", "", null, false);
        assertEquals(unknown.status(), refused.status());
        assertEquals(unknown.body().length, refused.body().length);
        assertEquals(unknown.challenges(), refused.challenges());
        assertEquals(404, access.events.get(0).status());
    }

    @Test
    public void bannedSourceGets429BeforeAnyWork() {
        access.ban = Optional.of(new AccessVerdict(AccessVerdict.Outcome.BANNED,
                Optional.empty(), 0, List.of(), 600, "banned"));
        Answer common = dispatcher.answer("000000000000.cfg", "", null, false);
        assertEquals(429, common.status());
        assertEquals(600, common.retryAfterSeconds());
        assertEquals(429, dispatcher.answer("001565a1b2c3.cfg", "", null, false).status());
        assertTrue(access.attempts.isEmpty());
    }

    @Test
    public void aNameTheVendorDoesNotServeLeavesTheFirstContact() {
        access.script = (a, registered) -> new AccessVerdict(AccessVerdict.Outcome.BOOTSTRAP,
                Optional.of(access(true)), 1, List.of(), 0, "first contact");
        devices.put(MAC, device("other"));
        assertEquals(404, dispatcher.answer("001565a1b2c3.cfg", "", null, false).status());
        assertTrue(access.claims.isEmpty());
        devices.put(MAC, device("acme"));
        assertEquals(200, dispatcher.answer("001565a1b2c3.cfg", "", null, true).status());
        assertTrue("a HEAD claims nothing", access.claims.isEmpty());
        assertEquals(200, dispatcher.answer("001565a1b2c3.cfg", "", null, false).status());
        assertEquals(1, access.claims.size());
    }

    @Test
    public void aFirstContactLostToAnotherRequestIsAskedForCredentials() {
        access.claimWins = false;
        access.script = (a, registered) -> access.claims.isEmpty()
                ? new AccessVerdict(AccessVerdict.Outcome.BOOTSTRAP, Optional.of(access(true)), 1,
                        List.of(), 0, "first contact")
                : new AccessVerdict(AccessVerdict.Outcome.CHALLENGE, Optional.empty(), 0,
                        List.of("Digest realm=\"x\""), 0, "asked for", false);
        Answer answer = dispatcher.answer("001565a1b2c3.cfg", "", null, false);
        assertEquals(401, answer.status());
        assertEquals(0, answer.body().length);
    }

    @Test
    public void tokensNeverReachTheLog() {
        assertEquals("/prov/t/********/001565a1b2c3.cfg",
                PhoneDispatcher.shownPath("/prov/t/Ab9xYz/001565a1b2c3.cfg"));
        assertEquals("/prov/t/********", PhoneDispatcher.shownPath("/prov/t/Ab9x-%2e"));
        assertEquals("/prov/y000000000096.cfg",
                PhoneDispatcher.shownPath("/prov/y000000000096.cfg"));
        String token = "AbCdEfGhIjKlMnOpQrStUvWxYz012345";
        for (String path : new String[] {"/prov/T/" + token + "/x.cfg", "/t/" + token + "/x",
            "/prov/t/x/t/" + token + "/y", "/prov/;t=" + token + "/x", "/prov/" + token}) {
            assertTrue(path, !PhoneDispatcher.shownPath(path).contains(token));
        }
        assertEquals("https://prov.example.net:8443", PhoneRequestHandler.baseOf(
                "https://prov.example.net:8443/prov/"));
        assertEquals("https://prov.example.net:8443", PhoneRequestHandler.baseOf(
                " https://prov.example.net:8443/ "));
    }

    @Test
    public void tokenIsSplitFromTheFileName() {
        assertEquals(Map.entry(Optional.of("Ab9"), "001565a1b2c3.cfg"),
                PhoneDispatcher.tokenAndFile("t/Ab9/001565a1b2c3.cfg"));
        assertEquals(Map.entry(Optional.empty(), "001565a1b2c3.cfg"),
                PhoneDispatcher.tokenAndFile("001565a1b2c3.cfg"));
        for (String odd : new String[] {"t//x.cfg", "t/a-b/x.cfg", "t/" + "a".repeat(65)
                + "/x.cfg", "t/abc"}) {
            assertEquals(odd, Optional.empty(), PhoneDispatcher.tokenAndFile(odd).getKey());
        }
    }

    private static final class FakeGenerator implements ConfigGenerator {

        private final String vendor;

        FakeGenerator(String vendor) {
            this.vendor = vendor;
        }

        @Override
        public String vendor() {
            return vendor;
        }

        @Override
        public String displayName() {
            return vendor;
        }

        @Override
        public ModelTable models() {
            return ModelTable.read(new java.io.ByteArrayInputStream(new byte[0]));
        }

        @Override
        public Optional<FileRequest> recognise(String fileName, String userAgent) {
            boolean agent = userAgent.contains(vendor);
            if (fileName.equals("000000000000.cfg")) {
                return Optional.of(FileRequest.common(fileName, agent));
            }
            if (fileName.endsWith(".cfg")) {
                return Mac.tryParse(fileName.substring(0, fileName.length() - 4))
                        .map(mac -> FileRequest.device(fileName, Optional.of(mac), agent));
            }
            return Optional.empty();
        }

        @Override
        public RenderedFile renderCommon(FileRequest request) {
            return RenderedFile.utf8("common", RenderedFile.TEXT_UTF8);
        }

        @Override
        public KeyRules keyRules() {
            return new KeyRules(Set.of(), 0);
        }

        @Override
        public RenderedFile renderDevice(FileRequest request, DeviceConfig config) {
            return RenderedFile.utf8("device " + config.device().mac() + " "
                    + config.value(Setting.NTP_SERVER).orElse("") + config.access()
                            .map(a -> " url=" + a.url() + " user=" + a.userName() + " pass="
                                    + a.password() + (a.bootstrap() ? " bootstrap" : ""))
                            .orElse(""), RenderedFile.TEXT_UTF8);
        }

        @Override
        public List<String> fileNames() {
            return List.of("<mac>.cfg");
        }
    }
}
