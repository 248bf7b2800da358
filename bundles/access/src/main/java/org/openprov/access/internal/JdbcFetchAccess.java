package org.openprov.access.internal;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.openprov.access.internal.Credentials.Which;
import org.openprov.access.internal.Digest.Basic;
import org.openprov.access.internal.Digest.DigestAnswer;
import org.openprov.access.internal.Digest.Presented;
import org.openprov.audit.Actor;
import org.openprov.api.access.AccessVerdict;
import org.openprov.api.access.AccessVerdict.Outcome;
import org.openprov.api.access.ClientIdentity;
import org.openprov.api.access.FetchAccess;
import org.openprov.api.access.FetchAttempt;
import org.openprov.api.access.FetchEvent;
import org.openprov.api.access.FetchMode;
import org.openprov.api.registry.Device;
import org.openprov.api.registry.DeviceRegistry;
import org.openprov.api.registry.Mac;
import org.openprov.api.settings.ProvisioningAccess;
import org.openprov.jdbc.Jdbc;
import org.openprov.jdbc.KeptReads;
import org.openprov.jdbc.SchemaMigrator;
import org.openprov.jdbc.SqlStates;
import org.openprov.jdbc.Transactions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fetch access on the registry's JDBC {@link DataSource}: policies, credentials, bans and the
 * fetch audit in tables of its own.
 *
 * <p>The rules, per request for a device-specific file:
 * <ul>
 * <li>a device bound to a client certificate is refused unless the phone presents it;</li>
 * <li>{@code open}: served;</li>
 * <li>a wrong token is refused (404), a wrong password challenged again (401); both count
 * towards the source's ban, and an unknown MAC gets the very same answers;</li>
 * <li>no credentials at all, the device's first contact allowed (its provider allows it, the
 * device never had one, its credentials were made or re-armed within {@code bootstrapDays}):
 * a bootstrap file, once;</li>
 * <li>no credentials otherwise: 401 (password modes, the usual first step of HTTP Digest, not
 * counted) or 404 (token mode, counted);</li>
 * <li>the previous password or token works until the rotation's overlap ends; the file then
 * served carries the new ones.</li>
 * </ul>
 */
@Component(service = {FetchAccess.class, AccessAdmin.class, EventHandler.class},
        immediate = true, configurationPid = JdbcFetchAccess.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL,
        property = EventConstants.EVENT_TOPIC + "=" + DeviceRegistry.TOPIC_DEVICE_REMOVED)
@Designate(ocd = AccessConfig.class)
public class JdbcFetchAccess implements FetchAccess, AccessAdmin, EventHandler {

    /** The configuration pid. */
    static final String PID = "org.openprov.access";

    private static final Logger LOG = LoggerFactory.getLogger(JdbcFetchAccess.class);
    private static final int PROVIDER_CACHE = 200_000;

    private final Transactions transactions;
    private final DeviceRegistry registry;
    private final JdbcCredentials credentials;
    private final JdbcPolicies policies;
    private final FetchLog log;
    private final Bans bans;
    private final Digest digest;
    private final Replays replays;
    private final Policy defaults;
    private final int bootstrapDays;
    private final int auditDays;
    private final Map<Mac, Owner> owners = new ConcurrentHashMap<>();
    private final Map<Mac, Kept> kept = new ConcurrentHashMap<>();
    /**
     * Credentials kept until this process changes them, when it is its database's only writer
     * (Derby embedded); null where nodes share the database, which read again after
     * {@link #CREDENTIALS_TTL}.
     */
    private final KeptReads<Mac, Credentials> keptAlone;
    private volatile Map<String, Policy> ownPolicies = Map.of();
    /** Devices bound to a certificate: the open mode reads no credentials for the others. */
    private volatile java.util.Set<Mac> bound = java.util.Set.of();
    private volatile Thread worker;

    /** A device's provider as read at a change stamp of the device. */
    private record Owner(String provider, long deviceStamp) {
    }

    /** A device's credentials as read at a moment, so a fetch costs no query for them. */
    private record Kept(Credentials credentials, Instant readAt) {
    }

    /**
     * How long credentials read from the database are used without reading them again. Changes
     * made on this node are seen at once; on another node within this time: the previous
     * credentials keep working for the overlap anyway, and a first contact is claimed in the
     * database, so no node hands out two. (A rotation with no overlap, after a leak, reaches the
     * other nodes within this time too.)
     */
    private static final Duration CREDENTIALS_TTL = Duration.ofSeconds(30);

    /** The platform's clock when one is registered, so tests and demos can move time. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile Clock clock;

    /**
     * Creates the service on the selected data source and upgrades its tables.
     *
     * @param dataSource the database, selected by {@code dataSource.target}
     * @param registry the devices
     * @param config the configuration
     */
    @Activate
    public JdbcFetchAccess(
            @Reference(name = "dataSource", target = AccessConfig.DEFAULT_DATA_SOURCE)
            DataSource dataSource,
            @Reference(name = "registry") DeviceRegistry registry,
            AccessConfig config) {
        this(dataSource, registry, Settings.of(config));
    }

    /**
     * @param dataSource the database
     * @param registry the devices
     * @param settings the configuration, checked
     */
    JdbcFetchAccess(DataSource dataSource, DeviceRegistry registry, Settings settings) {
        this.transactions = new Transactions(dataSource);
        this.keptAlone = Transactions.embedded(dataSource) ? new KeptReads<>(PROVIDER_CACHE)
                : null;
        new SchemaMigrator(transactions, AccessSchema.VERSION_TABLE, AccessSchema.steps(),
                Clock.systemUTC()).migrate();
        this.registry = registry;
        this.credentials = new JdbcCredentials(transactions);
        this.policies = new JdbcPolicies(transactions);
        this.log = new FetchLog(transactions);
        this.defaults = new Policy("", settings.mode(), settings.bootstrap(),
                settings.overlap(), false, Instant.EPOCH);
        this.bootstrapDays = settings.bootstrapDays();
        this.auditDays = settings.auditDays();
        this.bans = new Bans(settings.failureLimit(), settings.failureWindow(),
                settings.banLength(), settings.neverBan(), this::keepBan);
        this.digest = new Digest(settings.realm(), nonceKey(), settings.nonceLifetime());
        this.replays = new Replays(settings.nonceLifetime());
        refresh();
    }

    /** Starts the thread that writes the audit and reads bans and policies other nodes made. */
    @Activate
    void start() {
        Thread thread = new Thread(this::work, "openprov-fetch-audit");
        thread.setDaemon(true);
        worker = thread;
        thread.start();
        LOG.info("Fetch access: providers without a policy of their own are on '{}'{}",
                defaults.mode().key(), defaults.bootstrap() ? ", first contact allowed" : "");
    }

    /** Writes what the audit still holds and stops its thread. */
    @Deactivate
    void stop() throws InterruptedException {
        Thread thread = worker;
        worker = null;
        if (thread != null) {
            thread.interrupt();
            thread.join(5000);
        }
        log.drain();
    }

    private void work() {
        Instant nextRefresh = Instant.now();
        Instant nextPurge = Instant.now().plusSeconds(60);
        while (worker == Thread.currentThread()) {
            try {
                log.flush(Duration.ofMillis(500));
                Instant wall = Instant.now();
                if (wall.isAfter(nextRefresh)) {
                    refresh();
                    nextRefresh = wall.plusSeconds(10);
                }
                if (wall.isAfter(nextPurge)) {
                    int purged = log.purge(now().minus(Duration.ofDays(auditDays)));
                    LOG.debug("{} fetch audit line(s) older than {} days deleted", purged,
                            auditDays);
                    nextPurge = wall.plusSeconds(3600);
                }
            } catch (InterruptedException e) {
                return;
            } catch (SQLException | RuntimeException e) {
                LOG.warn("Fetch access upkeep failed, tried again shortly: {}", e.toString());
            }
        }
    }

    /** Reads bans and policies, so those made or lifted on another node reach this one. */
    void refresh() {
        try {
            bans.replace(transactions.run(c -> Jdbc.list(c, "SELECT source, banned_since, banned_until,"
                    + " failures, reason FROM fetch_ban WHERE banned_until > ?", row -> new Bans.Ban(
                            row.getString(1), Instant.ofEpochMilli(row.getLong(2)),
                            Instant.ofEpochMilli(row.getLong(3)), row.getInt(4),
                            row.getString(5)), now().toEpochMilli())), now());
            Map<String, Policy> own = new ConcurrentHashMap<>();
            policies.all().forEach(p -> own.put(p.provider(), p));
            ownPolicies = own;
            bound = java.util.Set.copyOf(transactions.run(c -> Jdbc.list(c, "SELECT mac FROM"
                    + " fetch_credential WHERE bound_fingerprint <> '' OR bound_subject <> ''",
                    row -> Mac.parse(row.getString(1)))));
        } catch (SQLException e) {
            throw new IllegalStateException("Fetch access could not read bans and policies: "
                    + e.getMessage(), e);
        }
    }

    @Override
    public Instant now() {
        Clock c = clock;
        return (c == null ? Clock.systemUTC() : c).instant();
    }

    @Override
    public Optional<AccessVerdict> banned(String source, Instant now) {
        return bans.banned(source, now).map(b -> new AccessVerdict(Outcome.BANNED,
                Optional.empty(), 0, List.of(),
                Math.max(1, Duration.between(now, b.until()).toSeconds()),
                "source banned until " + b.until() + " after " + b.failures()
                        + " failures (access:lift " + b.source() + ")"));
    }

    @Override
    public AccessVerdict admit(FetchAttempt attempt, boolean registered) {
        return admit(attempt, registered ? registry.changeStamp(attempt.mac())
                : OptionalLong.empty());
    }

    @Override
    public AccessVerdict admit(FetchAttempt attempt, OptionalLong deviceStamp) {
        try {
            Optional<String> provider = deviceStamp.isPresent()
                    ? providerOf(attempt.mac(), deviceStamp.getAsLong()) : Optional.empty();
            if (provider.isEmpty()) {
                return unknown(attempt);
            }
            return known(attempt, policy(provider.get()));
        } catch (SQLException e) {
            throw new IllegalStateException("Fetch access could not read the credentials of "
                    + attempt.mac() + ": " + e.getMessage(), e);
        }
    }

    /**
     * An unknown MAC gets the answer a known phone would get in the default mode for what was
     * sent: a wrong token 404, anything else 401 (in the open mode 404). Every such request
     * counts towards its source's ban, so scanning for MACs is banned like guessing passwords.
     */
    private AccessVerdict unknown(FetchAttempt a) {
        String why = "device " + a.mac() + " is not registered";
        failed(a, why, a.mac().hex());
        if (defaults.mode() == FetchMode.OPEN || a.token().isPresent()) {
            return AccessVerdict.refuse(why);
        }
        return new AccessVerdict(Outcome.CHALLENGE, Optional.empty(), 0,
                digest.challenges(a.at(), false, a.secure()), 0, why, true);
    }

    /**
     * A known phone. Any one of its credentials that works now (its token, or its password by
     * Digest, or by Basic over TLS; current, or previous during a rotation's overlap) proves it
     * in the password and token modes, so a provider may change between them without a visit
     * to any phone; the file served carries what the mode asks for. The both mode needs both,
     * except during the overlap after the provider's mode changed.
     */
    private AccessVerdict known(FetchAttempt a, Policy policy) throws SQLException {
        Mac mac = a.mac();
        FetchMode mode = policy.mode();
        Optional<Credentials> kept = mode != FetchMode.OPEN ? cached(mac, true)
                : bound.contains(mac) ? cached(mac, false) : Optional.empty();
        if (kept.isPresent() && kept.get().bound()) {
            Optional<String> mismatch = certificateMismatch(kept.get(), a);
            if (mismatch.isPresent()) {
                return refuse(a, "device " + mac + ": " + mismatch.get());
            }
        }
        if (mode == FetchMode.OPEN) {
            return AccessVerdict.serve(Optional.empty(), generation(mode, kept), "open mode");
        }
        Credentials cred = kept.orElseThrow();
        Instant now = a.at();
        Optional<Which> tokenUsed = a.token().flatMap(t -> cred.token(t, now));
        if (a.token().isPresent() && tokenUsed.isEmpty()) {
            return refuse(a, "device " + mac + ": wrong token");
        }
        PasswordCheck password = a.authorization().isPresent() ? checkPassword(a, cred)
                : PasswordCheck.ABSENT;
        if (password == PasswordCheck.STALE) {
            return challenge(a, "device " + mac + ": digest nonce expired, asked again", false,
                    true);
        }
        if (password.wrong()) {
            return challenge(a, "device " + mac + ": " + password.why, true, false);
        }
        boolean hasToken = tokenUsed.isPresent();
        boolean hasPassword = password.which.isPresent();
        boolean proven = mode == FetchMode.BOTH
                ? hasToken && hasPassword || (hasToken || hasPassword) && changing(policy, now)
                : hasToken || hasPassword;
        if (proven) {
            if (!cred.claimed() && "GET".equals(a.method())) {
                credentials.claim(mac, now, a.source());
                forgetKept(mac);
            }
            boolean previous = tokenUsed.filter(w -> w == Which.PREVIOUS).isPresent()
                    || password.which.filter(w -> w == Which.PREVIOUS).isPresent();
            String how = (hasToken && hasPassword ? "token and password" : hasToken ? "token"
                    : "password") + (previous ? " with the previous credentials (they work"
                    + " until " + cred.previousUntil() + "; the file carries the new ones)" : "");
            return AccessVerdict.serve(Optional.of(access(a, mode, cred, false)),
                    generation(mode, kept), how);
        }
        if (hasPassword) {
            return refuse(a, "device " + mac + ": password right, but no token in the URL");
        }
        if (hasToken) {
            return challenge(a, "device " + mac + ": token right, password asked for", false,
                    false);
        }
        if (firstContactAllowed(policy, cred, now)) {
            return new AccessVerdict(Outcome.BOOTSTRAP, Optional.of(access(a, mode, cred, true)),
                    generation(mode, kept), List.of(), 0, "first contact: bootstrap with the"
                            + " device's " + mode.key() + " credentials");
        }
        return challenge(a, "device " + mac + ": credentials asked for" + whyNoFirstContact(
                policy, cred, now), false, false);
    }

    /** @return whether the provider's mode changed within its overlap */
    private static boolean changing(Policy policy, Instant now) {
        return policy.changedAt().plus(policy.overlap()).isAfter(now);
    }

    /** @return why a phone asking without credentials gets no bootstrap, for the log */
    private String whyNoFirstContact(Policy policy, Credentials cred, Instant now) {
        if (cred.claimed()) {
            return " (first contact was " + cred.claimedAt() + " from " + cred.claimedFrom()
                    + "; access:rearm allows another)";
        }
        if (!policy.bootstrap()) {
            return " (first contact is off for provider " + policy.provider() + ")";
        }
        return " (first contact window ended " + firstContactEnd(cred).map(Instant::toString)
                .orElse("") + "; access:rearm opens it again)";
    }

    @Override
    public Optional<Instant> firstContactEnd(Credentials cred) {
        return bootstrapDays <= 0 ? Optional.empty()
                : Optional.of(cred.armedAt().plus(Duration.ofDays(bootstrapDays)));
    }

    @Override
    public boolean claimFirstContact(FetchAttempt attempt) {
        try {
            boolean claimed = credentials.claim(attempt.mac(), attempt.at(), attempt.source());
            forgetKept(attempt.mac());
            if (claimed) {
                LOG.info("First contact of {} from {}: its fetch credentials were handed out in"
                        + " a bootstrap file ({})", attempt.mac(), attempt.source(),
                        attempt.fileName());
            }
            return claimed;
        } catch (SQLException e) {
            throw new IllegalStateException("Fetch access could not record the first contact"
                    + " of " + attempt.mac() + ": " + e.getMessage(), e);
        }
    }

    /**
     * @param mac a device
     * @param make whether to make its credentials when it has none
     * @return its credentials, from memory when read a moment ago
     */
    private Optional<Credentials> cached(Mac mac, boolean make) throws SQLException {
        if (keptAlone != null) {
            Credentials read;
            try {
                read = keptAlone.get(mac, this::find);
            } catch (UncheckedSql e) {
                throw e.getCause();
            }
            if (read == null && make) {
                read = credentials.findOrMake(mac, now());
                keptAlone.changed(mac);
            }
            return Optional.ofNullable(read);
        }
        Instant wall = Instant.now();
        Kept k = kept.get(mac);
        if (k != null && k.readAt().plus(CREDENTIALS_TTL).isAfter(wall)) {
            return Optional.of(k.credentials());
        }
        Optional<Credentials> read = make ? Optional.of(credentials.findOrMake(mac, now()))
                : credentials.find(mac);
        if (read.isPresent()) {
            if (kept.size() >= PROVIDER_CACHE) {
                kept.clear();
            }
            kept.put(mac, new Kept(read.get(), wall));
        }
        return read;
    }

    private Credentials find(Mac mac) {
        try {
            return credentials.find(mac).orElse(null);
        } catch (SQLException e) {
            throw new UncheckedSql(e);
        }
    }

    /** Carries a failed read through {@link KeptReads#get}. */
    private static final class UncheckedSql extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UncheckedSql(SQLException cause) {
            super(cause);
        }

        @Override
        public synchronized SQLException getCause() {
            return (SQLException) super.getCause();
        }
    }

    /** Call after the credentials changed in the database (committed or failed). */
    private void forgetKept(Mac mac) {
        if (keptAlone != null) {
            keptAlone.changed(mac);
        }
        kept.remove(mac);
    }

    private boolean firstContactAllowed(Policy policy, Credentials cred, Instant now) {
        return policy.bootstrap() && !cred.claimed()
                && firstContactEnd(cred).map(now::isBefore).orElse(true);
    }

    private static Optional<String> certificateMismatch(Credentials cred, FetchAttempt a) {
        if (a.certificate().isEmpty()) {
            return Optional.of("bound to a client certificate, none presented");
        }
        ClientIdentity shown = a.certificate().get();
        if (!cred.boundFingerprint().isEmpty()
                && !cred.boundFingerprint().equals(shown.fingerprint())) {
            return Optional.of("client certificate " + shown.fingerprint().substring(0, 16)
                    + "... is not the one it is bound to");
        }
        if (!cred.boundSubject().isEmpty()
                && !SubjectNames.same(cred.boundSubject(), shown.subject())) {
            return Optional.of("client certificate subject '" + shown.subject()
                    + "' is not the one it is bound to");
        }
        return Optional.empty();
    }

    /** The outcome of checking an Authorization header. */
    private record PasswordCheck(Optional<Which> which, boolean stale, String why) {
        static final PasswordCheck ABSENT = new PasswordCheck(Optional.empty(), false, "");
        static final PasswordCheck STALE = new PasswordCheck(Optional.empty(), true, "");

        boolean wrong() {
            return which.isEmpty() && !stale && !why.isEmpty();
        }

        static PasswordCheck wrong(String why) {
            return new PasswordCheck(Optional.empty(), false, why);
        }

        static PasswordCheck right(Which which) {
            return new PasswordCheck(Optional.of(which), false, "");
        }
    }

    private PasswordCheck checkPassword(FetchAttempt a, Credentials cred) {
        Presented presented = Digest.parse(a.authorization().orElseThrow());
        if (!presented.userName().equals(a.mac().hex())) {
            return PasswordCheck.wrong(presented.userName().isEmpty() ? "unreadable credentials"
                    : "wrong user name");
        }
        Instant now = a.at();
        if (presented instanceof Basic basic) {
            if (!a.secure()) {
                return PasswordCheck.wrong("Basic credentials over plain HTTP refused");
            }
            if (Credentials.same(cred.password(), basic.password())) {
                return PasswordCheck.right(Which.CURRENT);
            }
            if (cred.overlapping(now) && Credentials.same(cred.previousPassword(),
                    basic.password())) {
                return PasswordCheck.right(Which.PREVIOUS);
            }
            return PasswordCheck.wrong("wrong password");
        }
        if (presented instanceof DigestAnswer answer) {
            if (!Digest.sameTarget(answer, a.uri())) {
                return PasswordCheck.wrong("digest signed for another URL");
            }
            Digest.Check current = digest.check(answer, a.method(), cred.password(), now);
            if (current == Digest.Check.RIGHT) {
                return fresh(answer, now, Which.CURRENT);
            }
            if (current == Digest.Check.STALE) {
                return PasswordCheck.STALE;
            }
            if (cred.overlapping(now)) {
                Digest.Check previous = digest.check(answer, a.method(), cred.previousPassword(),
                        now);
                if (previous == Digest.Check.RIGHT) {
                    return fresh(answer, now, Which.PREVIOUS);
                }
                if (previous == Digest.Check.STALE) {
                    return PasswordCheck.STALE;
                }
            }
            return PasswordCheck.wrong("wrong password");
        }
        return PasswordCheck.wrong("unreadable credentials");
    }

    /** A right digest answer counts once: its nonce count must grow (RFC 7616 3.4). */
    private PasswordCheck fresh(DigestAnswer answer, Instant now, Which which) {
        return replays.firstUse(answer, now) ? PasswordCheck.right(which)
                : PasswordCheck.wrong("digest answer replayed");
    }

    private static ProvisioningAccess access(FetchAttempt a, FetchMode mode, Credentials cred,
            boolean bootstrap) {
        return new ProvisioningAccess(a.server(), mode.needsToken() ? cred.token() : "",
                mode.needsPassword() ? cred.mac().hex() : "",
                mode.needsPassword() ? cred.password() : "", bootstrap);
    }

    private static long generation(FetchMode mode, Optional<Credentials> cred) {
        return cred.map(Credentials::generation).orElse(0L) * FetchMode.values().length
                + mode.ordinal();
    }

    private AccessVerdict refuse(FetchAttempt a, String why) {
        failed(a, why);
        return AccessVerdict.refuse(why);
    }

    private AccessVerdict challenge(FetchAttempt a, String why, boolean counted, boolean stale) {
        if (counted) {
            failed(a, why);
        }
        return new AccessVerdict(Outcome.CHALLENGE, Optional.empty(), 0,
                digest.challenges(a.at(), stale, a.secure()), 0, why, counted);
    }

    private void failed(FetchAttempt a, String why) {
        failed(a, why, null);
    }

    private void failed(FetchAttempt a, String why, String once) {
        bans.failed(a.source(), a.at(), why, once).ifPresent(ban -> LOG.warn("Banned {} until {}"
                + " after {} failed fetches, the last: {}. access:bans lists bans, access:lift"
                + " {} lifts this one", ban.source(), ban.until(), ban.failures(), why,
                ban.source()));
    }

    private void keepBan(Bans.Ban ban) {
        try {
            transactions.runRetrying(c -> {
                Jdbc.update(c, "DELETE FROM fetch_ban WHERE source = ?", ban.source());
                return Jdbc.update(c, "INSERT INTO fetch_ban (source, banned_since, banned_until, failures,"
                        + " reason) VALUES (?, ?, ?, ?, ?)", ban.source(),
                        ban.since().toEpochMilli(), ban.until().toEpochMilli(), ban.failures(),
                        JdbcCredentials.clip(ban.reason(), 200));
            }, 3);
        } catch (SQLException e) {
            LOG.warn("The ban of {} holds on this node only: {}", ban.source(), e.getMessage());
        }
    }

    /**
     * The device's provider, read once per change of the device: a provider changes only by
     * removing the device and adding it again, which gives it another change stamp.
     */
    private Optional<String> providerOf(Mac mac) {
        OptionalLong stamp = registry.changeStamp(mac);
        return stamp.isPresent() ? providerOf(mac, stamp.getAsLong()) : Optional.empty();
    }

    private Optional<String> providerOf(Mac mac, long deviceStamp) {
        Owner owner = owners.get(mac);
        if (owner != null && owner.deviceStamp() == deviceStamp) {
            return Optional.of(owner.provider());
        }
        Optional<Device> device = registry.device(mac);
        if (device.isPresent()) {
            if (owners.size() >= PROVIDER_CACHE) {
                owners.clear();
            }
            owners.put(mac, new Owner(device.get().providerName(), deviceStamp));
        } else {
            owners.remove(mac);
        }
        return device.map(Device::providerName);
    }

    @Override
    public void record(Mac mac, FetchEvent event) {
        log.add(mac, event);
    }

    @Override
    public void handleEvent(Event event) {
        Optional<Mac> mac = Mac.tryParse(String.valueOf(event.getProperty("mac")));
        if (mac.isEmpty()) {
            return;
        }
        owners.remove(mac.get());
        try {
            credentials.forget(mac.get());
        } catch (SQLException e) {
            LOG.warn("The fetch credentials of removed device {} could not be deleted: {}",
                    mac.get(), e.getMessage());
        } finally {
            // After the delete: a fetch that read them meanwhile keeps nothing.
            forgetKept(mac.get());
        }
    }

    // The console's side.

    @Override
    public Policy defaultPolicy() {
        return defaults;
    }

    @Override
    public List<Policy> policies() {
        return new ArrayList<>(ownPolicies.values().stream()
                .sorted(java.util.Comparator.comparing(Policy::provider)).toList());
    }

    @Override
    public Policy policy(String provider) {
        Policy own = ownPolicies.get(provider);
        return own != null ? own : new Policy(provider, defaults.mode(), defaults.bootstrap(),
                defaults.overlap(), false, Instant.EPOCH);
    }

    @Override
    public Policy setPolicy(String provider, FetchMode mode, Optional<Boolean> bootstrap,
            Optional<Duration> overlap) {
        Policy before = policy(provider);
        Policy after = new Policy(provider, mode, bootstrap.orElse(before.bootstrap()),
                overlap.orElse(before.overlap()), true,
                mode == before.mode() ? before.changedAt() : now());
        sql(() -> {
            policies.put(after);
            return null;
        });
        refresh();
        LOG.info("Fetch mode of provider {} set by {}: {} (first contact {}, overlap {})",
                provider, Actor.current(), mode.key(), after.bootstrap() ? "on" : "off",
                after.overlap());
        return after;
    }

    @Override
    public boolean dropPolicy(String provider) {
        boolean dropped = sql(() -> policies.drop(provider));
        refresh();
        if (dropped) {
            LOG.info("Fetch mode of provider {} set back to the default by {}", provider,
                    Actor.current());
        }
        return dropped;
    }

    @Override
    public Credentials credentials(Mac mac) {
        return sql(() -> credentials.findOrMake(mac, now()));
    }

    @Override
    public Credentials rotate(Mac mac, Optional<Duration> overlap) {
        Duration length = overlap.orElseGet(() -> providerOf(mac).map(this::policy)
                .orElse(defaults).overlap());
        Credentials rotated = sql(() -> credentials.rotate(mac, now(), length));
        forgetKept(mac);
        LOG.info("Fetch credentials of {} rotated by {}; the previous ones work until {}", mac,
                Actor.current(), rotated.previousUntil());
        return rotated;
    }

    @Override
    public Credentials rearm(Mac mac) {
        LOG.info("First contact of {} re-armed by {}", mac, Actor.current());
        Credentials rearmed = sql(() -> credentials.rearm(mac, now()));
        forgetKept(mac);
        return rearmed;
    }

    @Override
    public Credentials bind(Mac mac, String fingerprint, String subject) {
        LOG.info("Device {} {} by {}", mac, fingerprint.isEmpty() && subject.isEmpty()
                ? "unbound from its client certificate" : "bound to a client certificate ("
                        + (fingerprint.isEmpty() ? "subject " + subject : "SHA-256 " + fingerprint)
                        + ")", Actor.current());
        Credentials made = sql(() -> credentials.bind(mac, now(), fingerprint, subject));
        forgetKept(mac);
        java.util.Set<Mac> next = new java.util.HashSet<>(bound);
        if (made.bound()) {
            next.add(mac);
        } else {
            next.remove(mac);
        }
        bound = java.util.Set.copyOf(next);
        return made;
    }

    @Override
    public List<Bans.Ban> bans() {
        return bans.list(now());
    }

    @Override
    public boolean lift(String source) {
        boolean kept = sql(() -> transactions.run(c -> Jdbc.update(c,
                "DELETE FROM fetch_ban WHERE source = ?", source))) > 0;
        boolean lifted = bans.lift(source) | kept;
        if (lifted) {
            LOG.info("Ban of {} lifted by {}", source, Actor.current());
        }
        return lifted;
    }

    @Override
    public List<FetchEvent> fetches(Mac mac, int limit) {
        return sql(() -> log.lines(mac, limit));
    }

    /** Writes the audit lines queued so far; for tests. */
    void flushAudit() throws InterruptedException {
        log.drain();
    }

    private byte[] nonceKey() {
        try {
            Optional<String> kept = transactions.run(c -> Jdbc.first(c, "SELECT secret FROM"
                    + " fetch_secret WHERE name = 'nonce'", row -> row.getString(1)));
            if (kept.isEmpty()) {
                try {
                    transactions.run(c -> Jdbc.update(c, "INSERT INTO fetch_secret (name,"
                            + " secret) VALUES ('nonce', ?)", Secrets.make(64)));
                } catch (SQLException e) {
                    if (!SqlStates.duplicate(e)) {
                        throw e;
                    }
                }
                kept = transactions.run(c -> Jdbc.first(c, "SELECT secret FROM fetch_secret"
                        + " WHERE name = 'nonce'", row -> row.getString(1)));
            }
            return Base64.getEncoder().encode(kept.orElseThrow().getBytes(
                    java.nio.charset.StandardCharsets.US_ASCII));
        } catch (SQLException e) {
            throw new IllegalStateException("Fetch access could not read its nonce key: "
                    + e.getMessage(), e);
        }
    }

    private interface Work<T> {
        T run() throws SQLException;
    }

    private static <T> T sql(Work<T> work) {
        try {
            return work.run();
        } catch (SQLException e) {
            throw new IllegalStateException("The database failed: " + e.getMessage(), e);
        }
    }
}
