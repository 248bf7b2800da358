package org.openprov.access.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.openprov.api.access.AccessVerdict;
import org.openprov.api.access.AccessVerdict.Outcome;
import org.openprov.api.access.ClientIdentity;
import org.openprov.api.access.FetchAttempt;
import org.openprov.api.access.FetchEvent;
import org.openprov.api.access.FetchMode;
import org.openprov.api.registry.Device;
import org.openprov.api.registry.DeviceRegistry;
import org.openprov.api.registry.Mac;
import org.openprov.testing.DerbyDatabase;
import org.osgi.service.event.Event;

/** Fetch access on a real embedded Derby, with a registry that knows two phones. */
public class JdbcFetchAccessTest {

    private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");
    private static final Mac PHONE = Mac.parse("001565a1b2c3");
    private static final Mac OTHER = Mac.parse("001565a1b2c4");
    private static final Mac UNKNOWN = Mac.parse("0004f2000001");
    private static final String SERVER = "https://prov.example.net/prov/";
    private static final String FILE = "001565a1b2c3.cfg";
    /** Each digest answer a phone makes has its own client nonce. */
    private static final java.util.concurrent.atomic.AtomicLong CNONCES =
            new java.util.concurrent.atomic.AtomicLong(0xc0ffee);

    @Rule
    public final DerbyDatabase db = new DerbyDatabase();

    private final Map<Mac, Device> devices = new ConcurrentHashMap<>();
    private JdbcFetchAccess access;

    @Before
    public void setUp() {
        devices.put(PHONE, device(PHONE, "acme"));
        devices.put(OTHER, device(OTHER, "acme"));
        access = make(Settings.defaults());
    }

    private JdbcFetchAccess make(Settings settings) {
        JdbcFetchAccess made = new JdbcFetchAccess(db.dataSource(), registry(), settings);
        made.clock = java.time.Clock.fixed(T0, java.time.ZoneOffset.UTC);
        // The constructor read the bans at the system's time; read them at the test's.
        made.refresh();
        return made;
    }

    private static Settings banningAfter(int failures) {
        Settings d = Settings.defaults();
        return new Settings(d.mode(), d.bootstrap(), d.bootstrapDays(), d.overlap(), failures,
                d.failureWindow(), d.banLength(), Network.parseList("192.0.2.99"), d.realm(),
                d.nonceLifetime(), d.auditDays());
    }

    // First contact

    @Test
    public void firstFetchWithoutCredentialsGetsABootstrapOnce() {
        AccessVerdict first = bootstrapped(PHONE);
        var given = first.access().orElseThrow();
        assertTrue(given.bootstrap());
        assertEquals(PHONE.hex(), given.userName());
        assertTrue(given.password().matches("[A-Za-z0-9]{20}"));
        assertEquals("", given.token());
        assertEquals(SERVER, given.url());
        AccessVerdict second = admit(plain(PHONE, "GET"));
        assertEquals(Outcome.CHALLENGE, second.outcome());
        assertFalse("a second claim loses", access.claimFirstContact(plain(PHONE, "GET")));
        Credentials kept = access.credentials(PHONE);
        assertTrue(kept.claimed());
        assertEquals("203.0.113.5", kept.claimedFrom());
    }

    @Test
    public void onlyTheClaimUsesTheFirstContact() {
        assertEquals(Outcome.BOOTSTRAP, admit(plain(PHONE, "HEAD")).outcome());
        assertEquals(Outcome.BOOTSTRAP, admit(plain(PHONE, "GET")).outcome());
        assertEquals(Outcome.BOOTSTRAP, admit(plain(PHONE, "GET")).outcome());
        assertTrue(access.claimFirstContact(plain(PHONE, "GET")));
        assertEquals(Outcome.CHALLENGE, admit(plain(PHONE, "GET")).outcome());
    }

    @Test
    public void rearmAllowsAnotherFirstContactAndOffProviderGetsNone() {
        bootstrapped(PHONE);
        access.rearm(PHONE);
        bootstrapped(PHONE);
        access.setPolicy("acme", FetchMode.PASSWORD, Optional.of(false), Optional.empty());
        assertEquals(Outcome.CHALLENGE, admit(plain(OTHER, "GET")).outcome());
    }

    @Test
    public void firstContactWindowCloses() {
        access.credentials(PHONE);
        access.clock = java.time.Clock.fixed(T0.plus(Duration.ofDays(31)),
                java.time.ZoneOffset.UTC);
        AccessVerdict late = access.admit(attempt(PHONE, "GET", null, null, false, null,
                T0.plus(Duration.ofDays(31))), true);
        assertEquals(Outcome.CHALLENGE, late.outcome());
    }

    // Password

    @Test
    public void digestMd5Sha256AndTheOldFormWithoutQopAreAccepted() {
        bootstrapped(PHONE);
        String password = access.credentials(PHONE).password();
        for (String algorithm : new String[] {"MD5", "SHA-256"}) {
            for (boolean qop : new boolean[] {true, false}) {
                AccessVerdict v = admit(withAuth(PHONE, digest(PHONE.hex(), password, algorithm,
                        qop, T0)));
                assertEquals(algorithm + " qop " + qop, Outcome.SERVE, v.outcome());
                assertEquals(password, v.access().orElseThrow().password());
                assertFalse(v.access().get().bootstrap());
            }
        }
    }

    @Test
    public void wrongPasswordUserOrForgedNonceIsChallengedAgain() {
        bootstrapped(PHONE);
        String password = access.credentials(PHONE).password();
        assertEquals(Outcome.CHALLENGE, admit(withAuth(PHONE, digest(PHONE.hex(), "nope", "MD5",
                true, T0))).outcome());
        assertEquals(Outcome.CHALLENGE, admit(withAuth(PHONE, digest(OTHER.hex(), password,
                "MD5", true, T0))).outcome());
        String forged = digest(PHONE.hex(), password, "MD5", true, T0)
                .replaceFirst("nonce=\"[^\"]+\"", "nonce=\"abc.0123456789abcdef0123456789abcdef\"");
        assertEquals(Outcome.CHALLENGE, admit(withAuth(PHONE, forged)).outcome());
        assertEquals(Outcome.CHALLENGE, admit(withAuth(PHONE, "Bearer x")).outcome());
    }

    @Test
    public void rightAnswerToAnOldNonceIsAskedAgainAsStale() {
        bootstrapped(PHONE);
        String password = access.credentials(PHONE).password();
        String old = digest(PHONE.hex(), password, "MD5", true, T0.minusSeconds(600));
        AccessVerdict v = admit(withAuth(PHONE, old));
        assertEquals(Outcome.CHALLENGE, v.outcome());
        assertTrue(v.challenges().get(0), v.challenges().get(0).contains("stale=true"));
    }

    @Test
    public void basicOnlyOverTls() {
        bootstrapped(PHONE);
        String basic = "Basic " + Base64.getEncoder().encodeToString((PHONE.hex() + ":"
                + access.credentials(PHONE).password()).getBytes(StandardCharsets.UTF_8));
        assertEquals(Outcome.CHALLENGE, access.admit(attempt(PHONE, "GET", basic, null, false,
                null, T0), true).outcome());
        assertEquals(Outcome.SERVE, access.admit(attempt(PHONE, "GET", basic, null, true,
                null, T0), true).outcome());
    }

    @Test
    public void unknownMacGetsTheAnswersOfAKnownOne() {
        bootstrapped(PHONE);
        AccessVerdict knownPlain = admit(plain(PHONE, "GET"));
        AccessVerdict unknownPlain = access.admit(plain(UNKNOWN, "GET"), false);
        assertEquals(knownPlain.outcome(), unknownPlain.outcome());
        assertEquals(knownPlain.challenges().size(), unknownPlain.challenges().size());
        AccessVerdict knownWrong = admit(withAuth(PHONE, digest(PHONE.hex(), "x", "MD5", true,
                T0)));
        AccessVerdict unknownWrong = access.admit(withAuth(UNKNOWN, digest(UNKNOWN.hex(), "x",
                "MD5", true, T0)), false);
        assertEquals(knownWrong.outcome(), unknownWrong.outcome());
        assertEquals(Outcome.REFUSE, access.admit(attempt(UNKNOWN, "GET", null, "abc", false,
                null, T0), false).outcome());
    }

    // Token

    @Test
    public void tokenModeServesTheRightTokenOnly() {
        access.setPolicy("acme", FetchMode.TOKEN, Optional.empty(), Optional.empty());
        AccessVerdict first = bootstrapped(PHONE);
        String token = first.access().orElseThrow().token();
        assertTrue(token.matches("[A-Za-z0-9]{32}"));
        assertEquals(SERVER + "t/" + token + "/", first.access().get().url());
        assertEquals("", first.access().get().password());
        assertEquals(Outcome.SERVE, admit(withToken(PHONE, token)).outcome());
        assertEquals(Outcome.REFUSE, admit(withToken(PHONE, token + "x")).outcome());
        assertEquals("no credentials at all: asked, as in every mode", Outcome.CHALLENGE,
                admit(plain(PHONE, "GET")).outcome());
        assertEquals(Outcome.REFUSE, admit(withToken(OTHER, token)).outcome());
    }

    @Test
    public void bothModeNeedsTokenAndPassword() {
        access.setPolicy("acme", FetchMode.BOTH, Optional.empty(), Optional.of(Duration.ZERO));
        bootstrapped(PHONE);
        Credentials c = access.credentials(PHONE);
        assertEquals(Outcome.CHALLENGE, admit(withToken(PHONE, c.token())).outcome());
        assertEquals(Outcome.REFUSE, admit(withAuth(PHONE, digest(PHONE.hex(), c.password(),
                "MD5", true, T0))).outcome());
        AccessVerdict both = access.admit(attempt(PHONE, "GET", digest(PHONE.hex(),
                c.password(), "MD5", true, T0), c.token(), false, null, T0), true);
        assertEquals(Outcome.SERVE, both.outcome());
        assertEquals(c.token(), both.access().orElseThrow().token());
    }

    @Test
    public void eitherCredentialProvesThePhoneWhenTheModeChanges() {
        bootstrapped(PHONE);
        Credentials c = access.credentials(PHONE);
        access.setPolicy("acme", FetchMode.TOKEN, Optional.empty(), Optional.empty());
        AccessVerdict byPassword = admit(withAuth(PHONE, digest(PHONE.hex(), c.password(), "MD5",
                true, T0)));
        assertEquals(Outcome.SERVE, byPassword.outcome());
        assertEquals("the file carries the token now", c.token(),
                byPassword.access().orElseThrow().token());
        access.setPolicy("acme", FetchMode.PASSWORD, Optional.empty(), Optional.empty());
        assertEquals(Outcome.SERVE, admit(withToken(PHONE, c.token())).outcome());
        access.setPolicy("acme", FetchMode.BOTH, Optional.empty(), Optional.empty());
        assertEquals("one credential, during the overlap after the change", Outcome.SERVE,
                admit(withToken(PHONE, c.token())).outcome());
        Instant later = T0.plus(Duration.ofDays(8));
        assertEquals(Outcome.CHALLENGE, access.admit(attempt(PHONE, "GET", null, c.token(),
                false, null, later), true).outcome());
    }

    @Test
    public void digestAnswerCountsOnceAndForItsOwnUrl() {
        bootstrapped(PHONE);
        String password = access.credentials(PHONE).password();
        String header = digest(PHONE.hex(), password, "MD5", true, T0);
        assertEquals(Outcome.SERVE, admit(withAuth(PHONE, header)).outcome());
        AccessVerdict replay = admit(withAuth(PHONE, header));
        assertEquals(Outcome.CHALLENGE, replay.outcome());
        assertTrue(replay.reason(), replay.reason().contains("replayed"));
        String next = header.replace("nc=00000001", "nc=00000002");
        assertEquals("the next count of the same nonce", Outcome.CHALLENGE,
                admit(withAuth(PHONE, next)).outcome());
        FetchAttempt elsewhere = new FetchAttempt("203.0.113.5", PHONE, "other.cfg", "GET",
                "/prov/other.cfg", SERVER, false, Optional.of(digest(PHONE.hex(), password,
                        "MD5", true, T0)), Optional.empty(), Optional.empty(), T0);
        AccessVerdict moved = access.admit(elsewhere, true);
        assertEquals(Outcome.CHALLENGE, moved.outcome());
        assertTrue(moved.reason(), moved.reason().contains("another URL"));
    }

    @Test
    public void basicIsOfferedOverTlsOnly() {
        bootstrapped(PHONE);
        List<String> plainChallenges = admit(plain(PHONE, "GET")).challenges();
        assertTrue(plainChallenges.toString(), plainChallenges.stream()
                .noneMatch(c -> c.startsWith("Basic")));
        List<String> tlsChallenges = access.admit(attempt(PHONE, "GET", null, null, true, null,
                T0), true).challenges();
        assertTrue(tlsChallenges.toString(), tlsChallenges.stream()
                .anyMatch(c -> c.startsWith("Basic")));
    }

    @Test
    public void anUnregisteredPhoneRetryingItsFileCountsOnce() {
        access = make(banningAfter(3));
        for (int i = 0; i < 10; i++) {
            assertEquals(Outcome.CHALLENGE, access.admit(plain(UNKNOWN, "GET"), false)
                    .outcome());
        }
        assertTrue(access.banned("203.0.113.5", T0).isEmpty());
        access.admit(plain(Mac.parse("0015ff000001"), "GET"), false);
        access.admit(plain(Mac.parse("0015ff000002"), "GET"), false);
        assertTrue("three MACs", access.banned("203.0.113.5", T0).isPresent());
    }

    @Test
    public void probingUnknownMacsWithoutCredentialsIsBanned() {
        access = make(banningAfter(3));
        for (int i = 0; i < 3; i++) {
            Mac probe = Mac.parse(String.format("0015ff%06x", i));
            assertEquals(Outcome.CHALLENGE, access.admit(plain(probe, "GET"), false).outcome());
        }
        assertTrue(access.banned("203.0.113.5", T0).isPresent());
        access.lift("203.0.113.5");
        bootstrapped(PHONE);
        bootstrapped(OTHER);
        for (int i = 0; i < 5; i++) {
            assertEquals("a known phone's digest first step", Outcome.CHALLENGE,
                    admit(plain(i % 2 == 0 ? PHONE : OTHER, "GET")).outcome());
        }
        assertTrue("not counted", access.banned("203.0.113.5", T0).isEmpty());
    }

    @Test
    public void openModeServesWithoutAccess() {
        access.setPolicy("acme", FetchMode.OPEN, Optional.empty(), Optional.empty());
        AccessVerdict v = admit(plain(PHONE, "GET"));
        assertEquals(Outcome.SERVE, v.outcome());
        assertTrue(v.access().isEmpty());
    }

    // Rotation

    @Test
    public void previousCredentialsWorkDuringTheOverlapAndTheFileCarriesTheNewOnes() {
        bootstrapped(PHONE);
        Credentials before = access.credentials(PHONE);
        Credentials after = access.rotate(PHONE, Optional.of(Duration.ofHours(2)));
        assertEquals(before.generation() + 1, after.generation());
        AccessVerdict old = admit(withAuth(PHONE, digest(PHONE.hex(), before.password(), "MD5",
                true, T0)));
        assertEquals(Outcome.SERVE, old.outcome());
        assertEquals(after.password(), old.access().orElseThrow().password());
        assertTrue(old.reason(), old.reason().contains("previous credentials"));
        Instant later = T0.plus(Duration.ofHours(3));
        assertEquals(Outcome.CHALLENGE, access.admit(attempt(PHONE, "GET",
                digest(PHONE.hex(), before.password(), "MD5", true, later), null, false, null,
                later), true).outcome());
        assertEquals(Outcome.SERVE, access.admit(attempt(PHONE, "GET",
                digest(PHONE.hex(), after.password(), "MD5", true, later), null, false, null,
                later), true).outcome());
    }

    @Test
    public void rotationWithoutOverlapEndsTheOldOnesAtOnce() {
        bootstrapped(PHONE);
        Credentials before = access.credentials(PHONE);
        access.rotate(PHONE, Optional.of(Duration.ZERO));
        assertEquals(Outcome.CHALLENGE, admit(withAuth(PHONE, digest(PHONE.hex(),
                before.password(), "MD5", true, T0))).outcome());
    }

    // Certificates

    @Test
    public void boundDeviceNeedsItsCertificate() {
        bootstrapped(PHONE);
        String print = "ab".repeat(32);
        access.bind(PHONE, print, "");
        String password = access.credentials(PHONE).password();
        java.util.function.Supplier<String> auth = () -> digest(PHONE.hex(), password, "MD5",
                true, T0);
        assertEquals(Outcome.REFUSE, access.admit(attempt(PHONE, "GET", auth.get(), null, true,
                null, T0), true).outcome());
        assertEquals(Outcome.REFUSE, access.admit(attempt(PHONE, "GET", auth.get(), null, true,
                new ClientIdentity("CN=x", "cd".repeat(32)), T0), true).outcome());
        assertEquals(Outcome.SERVE, access.admit(attempt(PHONE, "GET", auth.get(), null, true,
                new ClientIdentity("CN=x", print), T0), true).outcome());
        access.bind(PHONE, "", "");
        assertEquals(Outcome.SERVE, access.admit(attempt(PHONE, "GET", auth.get(), null, false,
                null, T0), true).outcome());
    }

    @Test
    public void boundDeviceOfAnOpenProviderNeedsItsCertificateOnEveryNode() {
        access.setPolicy("acme", FetchMode.OPEN, Optional.empty(), Optional.empty());
        JdbcFetchAccess otherNode = make(Settings.defaults());
        assertEquals(Outcome.SERVE, otherNode.admit(plain(PHONE, "GET"), true).outcome());
        access.bind(PHONE, "", "CN=phone");
        assertEquals(Outcome.REFUSE, admit(plain(PHONE, "GET")).outcome());
        assertEquals(Outcome.SERVE, access.admit(attempt(PHONE, "GET", null, null, true,
                new ClientIdentity("CN=phone", "ab".repeat(32)), T0), true).outcome());
        otherNode.refresh();
        assertEquals(Outcome.REFUSE, otherNode.admit(plain(PHONE, "GET"), true).outcome());
        assertEquals(Outcome.SERVE, admit(plain(OTHER, "GET")).outcome());
    }

    // Bans

    @Test
    public void failuresBanTheirSourceUntilLifted() {
        access = make(banningAfter(3));
        access.setPolicy("acme", FetchMode.TOKEN, Optional.empty(), Optional.empty());
        for (int i = 0; i < 3; i++) {
            assertTrue(access.banned("203.0.113.5", T0).isEmpty());
            admit(withToken(PHONE, "wrong" + i));
        }
        AccessVerdict ban = access.banned("203.0.113.5", T0).orElseThrow();
        assertEquals(Outcome.BANNED, ban.outcome());
        assertEquals(15 * 60, ban.retryAfterSeconds());
        assertTrue(access.banned("203.0.113.6", T0).isEmpty());
        assertEquals(List.of("203.0.113.5"), access.bans().stream().map(Bans.Ban::source)
                .toList());
        JdbcFetchAccess otherNode = make(banningAfter(3));
        assertTrue("a ban reaches another node", otherNode.banned("203.0.113.5", T0)
                .isPresent());
        assertTrue(access.lift("203.0.113.5"));
        assertTrue(access.banned("203.0.113.5", T0).isEmpty());
        otherNode.refresh();
        assertTrue("a lift reaches another node", otherNode.banned("203.0.113.5", T0)
                .isEmpty());
        assertTrue(access.banned("203.0.113.5", T0.plus(Duration.ofMinutes(16))).isEmpty());
    }

    @Test
    public void successesNeverBanAndNeverBannedSourcesAreNotCounted() {
        access = make(banningAfter(3));
        access.setPolicy("acme", FetchMode.OPEN, Optional.empty(), Optional.empty());
        for (int i = 0; i < 50; i++) {
            assertEquals(Outcome.SERVE, admit(plain(PHONE, "GET")).outcome());
        }
        assertTrue(access.banned("203.0.113.5", T0).isEmpty());
        for (int i = 0; i < 10; i++) {
            access.admit(attempt(UNKNOWN, "GET", null, "x", false, null, T0, "192.0.2.99"),
                    false);
        }
        assertTrue(access.banned("192.0.2.99", T0).isEmpty());
    }

    @Test
    public void expiredBanEndsByItself() {
        Bans bans = new Bans(1, Duration.ofMinutes(1), Duration.ofMinutes(5), List.of(),
                ban -> { });
        assertTrue(bans.failed("198.51.100.1", T0, "x").isPresent());
        assertTrue(bans.banned("198.51.100.1", T0.plusSeconds(299)).isPresent());
        assertTrue(bans.banned("198.51.100.1", T0.plusSeconds(300)).isEmpty());
    }

    // Audit and upkeep

    @Test
    public void fetchAuditListsNewestFirstPerMac() throws Exception {
        access.record(PHONE, new FetchEvent(T0, "203.0.113.5", FILE, 200, "first contact"));
        access.record(PHONE, new FetchEvent(T0.plusSeconds(5), "203.0.113.5", FILE, 401,
                "wrong password"));
        access.record(UNKNOWN, new FetchEvent(T0, "198.51.100.1", "x.cfg", 404, "unknown"));
        access.flushAudit();
        List<FetchEvent> lines = access.fetches(PHONE, 10);
        assertEquals(List.of(401, 200), lines.stream().map(FetchEvent::status).toList());
        assertEquals(1, access.fetches(UNKNOWN, 10).size());
        assertEquals(1, access.fetches(PHONE, 1).size());
    }

    @Test
    public void theSameAnswerAgainIsCountedOnItsLineWithinTheHour() throws Exception {
        access.record(PHONE, new FetchEvent(T0, "203.0.113.5", FILE, 200, "open mode"));
        access.flushAudit();
        for (int i = 1; i <= 3; i++) {
            access.record(PHONE, new FetchEvent(T0.plusSeconds(i), "203.0.113.5", FILE, 200,
                    "open mode"));
        }
        // Another source is a line of its own, and so is the same answer hours later.
        access.record(PHONE, new FetchEvent(T0.plusSeconds(4), "198.51.100.9", FILE, 200,
                "open mode"));
        access.flushAudit();
        access.record(PHONE, new FetchEvent(T0.plusSeconds(5), "198.51.100.9", FILE, 200,
                "open mode"));
        access.record(PHONE, new FetchEvent(T0.plusSeconds(7200), "198.51.100.9", FILE, 200,
                "open mode"));
        access.flushAudit();

        List<FetchEvent> lines = access.fetches(PHONE, 10);
        assertEquals(3, lines.size());
        assertEquals(0, lines.get(0).repeats());
        assertEquals(T0.plusSeconds(7200), lines.get(0).at());
        assertEquals(1, lines.get(1).repeats());
        assertEquals(T0.plusSeconds(5), lines.get(1).lastAt());
        assertEquals(3, lines.get(2).repeats());
        assertEquals(T0, lines.get(2).at());
        assertEquals(T0.plusSeconds(3), lines.get(2).lastAt());
    }

    @Test
    public void repeatsOfTheLastMinuteAreShownBeforeTheyAreWritten() throws Exception {
        access.record(PHONE, new FetchEvent(T0, "203.0.113.5", FILE, 200, "open mode"));
        access.flushAudit();
        access.record(PHONE, new FetchEvent(T0.plusSeconds(1), "203.0.113.5", FILE, 200,
                "open mode"));
        access.record(PHONE, new FetchEvent(T0.plusSeconds(2), "203.0.113.5", FILE, 200,
                "open mode"));
        FetchEvent line = access.fetches(PHONE, 10).get(0);
        assertEquals(2, line.repeats());
        assertEquals(T0.plusSeconds(2), line.lastAt());
    }

    @Test
    public void digestRoundsLeaveOneLineForEachAnswer() throws Exception {
        for (int i = 0; i < 3; i++) {
            access.record(PHONE, new FetchEvent(T0.plusSeconds(10L * i), "203.0.113.5", FILE,
                    401, "credentials asked for"));
            access.record(PHONE, new FetchEvent(T0.plusSeconds(10L * i + 1), "203.0.113.5",
                    FILE, 200, "password"));
            access.flushAudit();
        }
        List<FetchEvent> lines = access.fetches(PHONE, 10);
        assertEquals(2, lines.size());
        assertEquals(List.of(2, 2), lines.stream().map(FetchEvent::repeats).toList());
        assertEquals(T0.plusSeconds(21), lines.get(0).lastAt());
    }

    @Test
    public void equalLinesOfOneMomentAreOneLine() throws Exception {
        for (int i = 0; i < 5; i++) {
            access.record(PHONE, new FetchEvent(T0, "203.0.113.5", FILE, 200, "open mode"));
        }
        access.flushAudit();
        List<FetchEvent> lines = access.fetches(PHONE, 10);
        assertEquals(1, lines.size());
        assertEquals(4, lines.get(0).repeats());
    }

    @Test
    public void removedDeviceLosesItsCredentials() {
        bootstrapped(PHONE);
        String before = access.credentials(PHONE).password();
        access.handleEvent(new Event(DeviceRegistry.TOPIC_DEVICE_REMOVED,
                Map.of("mac", PHONE.hex())));
        assertFalse(access.credentials(PHONE).claimed());
        assertFalse(before.equals(access.credentials(PHONE).password()));
    }

    @Test
    public void providerPolicyCanBeDroppedForTheDefault() {
        access.setPolicy("acme", FetchMode.TOKEN, Optional.of(false),
                Optional.of(Duration.ofHours(1)));
        Policy own = access.policy("acme");
        assertTrue(own.own());
        assertEquals(Duration.ofHours(1), own.overlap());
        assertTrue(access.dropPolicy("acme"));
        assertEquals(FetchMode.PASSWORD, access.policy("acme").mode());
        assertFalse(access.policy("acme").own());
    }

    @Test
    public void credentialsNeverShowInTextForms() {
        AccessVerdict v = admit(plain(PHONE, "GET"));
        String password = v.access().orElseThrow().password();
        assertFalse(v.toString().contains(password));
        assertFalse(access.credentials(PHONE).toString().contains(password));
    }

    @Test
    public void theProviderIsReadOncePerVersionOfTheDevice() {
        access.setPolicy("open-one", FetchMode.OPEN, Optional.empty(), Optional.empty());
        assertEquals(Outcome.BOOTSTRAP, admit(plain(PHONE, "GET")).outcome());
        admit(plain(PHONE, "GET"));
        admit(plain(PHONE, "GET"));
        assertEquals(1, deviceReads.get());
        // Removed and added again under another provider: another change stamp.
        devices.put(PHONE, device(PHONE, "open-one"));
        assertEquals(Outcome.SERVE, admit(plain(PHONE, "GET")).outcome());
        assertEquals(2, deviceReads.get());
    }

    // Helpers

    /** A first contact as the endpoint makes it: the verdict, then the claim. */
    private AccessVerdict bootstrapped(Mac mac) {
        AccessVerdict v = admit(plain(mac, "GET"));
        assertEquals(Outcome.BOOTSTRAP, v.outcome());
        assertTrue(access.claimFirstContact(plain(mac, "GET")));
        return v;
    }

    private AccessVerdict admit(FetchAttempt attempt) {
        return access.admit(attempt, devices.containsKey(attempt.mac()));
    }

    private static FetchAttempt plain(Mac mac, String method) {
        return attempt(mac, method, null, null, false, null, T0);
    }

    private static FetchAttempt withAuth(Mac mac, String authorization) {
        return attempt(mac, "GET", authorization, null, false, null, T0);
    }

    private static FetchAttempt withToken(Mac mac, String token) {
        return attempt(mac, "GET", null, token, false, null, T0);
    }

    private static FetchAttempt attempt(Mac mac, String method, String authorization,
            String token, boolean secure, ClientIdentity cert, Instant at) {
        return attempt(mac, method, authorization, token, secure, cert, at, "203.0.113.5");
    }

    private static FetchAttempt attempt(Mac mac, String method, String authorization,
            String token, boolean secure, ClientIdentity cert, Instant at, String source) {
        return new FetchAttempt(source, mac, mac.hex() + ".cfg", method,
                "/prov/" + mac.hex() + ".cfg", SERVER, secure, Optional.ofNullable(authorization),
                Optional.ofNullable(token), Optional.ofNullable(cert), at);
    }

    /** An Authorization header as a phone computes it from the server's challenge. */
    private String digest(String user, String password, String algorithm, boolean qop,
            Instant at) {
        String challenge = access.admit(attempt(UNKNOWN, "GET", null, null, false, null, at,
                "192.0.2.99"), false).challenges().get(0);
        Map<String, String> fields = Digest.fields(challenge.substring("Digest ".length()));
        String nonce = fields.get("nonce");
        String uri = "/prov/" + user + ".cfg";
        String ha1 = Digest.hex(algorithm, user + ":OpenProv:" + password);
        String ha2 = Digest.hex(algorithm, "GET:" + uri);
        String cnonce = Long.toHexString(CNONCES.incrementAndGet());
        String response = qop ? Digest.hex(algorithm, ha1 + ":" + nonce + ":00000001:" + cnonce
                + ":auth:" + ha2) : Digest.hex(algorithm, ha1 + ":" + nonce + ":" + ha2);
        return "Digest username=\"" + user + "\", realm=\"OpenProv\", nonce=\"" + nonce
                + "\", uri=\"" + uri + "\", algorithm=" + algorithm + ", response=\"" + response
                + "\"" + (qop ? ", qop=auth, nc=00000001, cnonce=\"" + cnonce + "\"" : "");
    }

    private static Device device(Mac mac, String provider) {
        return new Device(mac, provider, "site", "yealink", "T54W", "", T0, false,
                Optional.empty(), List.of(), Map.of());
    }

    private final java.util.concurrent.atomic.AtomicInteger deviceReads =
            new java.util.concurrent.atomic.AtomicInteger();
    private final Map<Device, Long> stamps = Collections.synchronizedMap(new IdentityHashMap<>());

    private DeviceRegistry registry() {
        Map<String, Object> unused = new HashMap<>();
        return (DeviceRegistry) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {DeviceRegistry.class}, (proxy, method, args) -> {
                    if (method.getName().equals("device")) {
                        deviceReads.incrementAndGet();
                        return Optional.ofNullable(devices.get((Mac) args[0]));
                    }
                    if (method.getName().equals("changeStamp")) {
                        // Each device object put is another version of the device.
                        Device device = devices.get((Mac) args[0]);
                        return device == null ? OptionalLong.empty() : OptionalLong.of(
                                stamps.computeIfAbsent(device, d -> (long) stamps.size()));
                    }
                    throw new UnsupportedOperationException(method.getName() + unused);
                });
    }
}
