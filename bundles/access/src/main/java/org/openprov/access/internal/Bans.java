package org.openprov.access.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Counts each source's failed fetches in a fixed window and bans a source that fails too
 * often. Only failures count: phones behind one NAT address are never banned because their
 * neighbours fetch a lot. Addresses in the never-ban list are counted by nobody.
 */
public final class Bans {

    /** A ban. */
    public record Ban(String source, Instant since, Instant until, int failures, String reason) {
    }

    /** Sources tracked at most; beyond, windows that ended are dropped, then all. */
    static final int MAX_TRACKED = 100_000;

    private final int limit;
    private final Duration window;
    private final Duration length;
    private final List<Network> neverBan;
    private final Consumer<Ban> onBan;
    private final Map<String, Count> counts = new ConcurrentHashMap<>();
    private final Map<String, Ban> bans = new ConcurrentHashMap<>();

    private static final class Count {
        Instant start;
        int failures;
        /** The unknown MACs already counted in this window: each counts once. */
        final java.util.Set<String> seen = new java.util.HashSet<>();

        Count(Instant start) {
            this.start = start;
        }
    }

    /**
     * @param limit failures within the window that ban; 0 never bans
     * @param window the window failures are counted in
     * @param length how long a ban lasts
     * @param neverBan sources never banned
     * @param onBan told of each new ban, to keep it
     */
    Bans(int limit, Duration window, Duration length, List<Network> neverBan,
            Consumer<Ban> onBan) {
        this.limit = limit;
        this.window = window;
        this.length = length;
        this.neverBan = List.copyOf(neverBan);
        this.onBan = onBan;
    }

    /**
     * Takes the bans kept in the database as the ones that run: at start, and every few
     * seconds so bans and lifts made on other nodes reach this one.
     */
    void replace(List<Ban> kept, Instant now) {
        Map<String, Ban> running = new ConcurrentHashMap<>();
        kept.stream().filter(b -> b.until().isAfter(now)).forEach(b -> running.put(b.source(), b));
        bans.keySet().retainAll(running.keySet());
        bans.putAll(running);
    }

    /**
     * @param source an address
     * @param now the time
     * @return its ban, if one runs
     */
    Optional<Ban> banned(String source, Instant now) {
        if (bans.isEmpty()) {
            return Optional.empty();
        }
        Ban ban = bans.get(source);
        if (ban == null) {
            return Optional.empty();
        }
        if (!ban.until().isAfter(now)) {
            bans.remove(source, ban);
            return Optional.empty();
        }
        return Optional.of(ban);
    }

    /**
     * Counts a failure.
     *
     * @param source the address that failed
     * @param now the time
     * @param reason what failed, for the ban list
     * @return the ban this failure started, if it did
     */
    Optional<Ban> failed(String source, Instant now, String reason) {
        return failed(source, now, reason, null);
    }

    /**
     * Counts a failure that concerns one thing, e.g. an unknown MAC: within a window each such
     * thing counts once, so a phone not yet registered that retries its own file is one failure,
     * while a scan of many MACs counts every one.
     *
     * @param source the address that failed
     * @param now the time
     * @param reason what failed, for the ban list
     * @param once what the failure concerns, counted once a window; null counts every time
     * @return the ban this failure started, if it did
     */
    Optional<Ban> failed(String source, Instant now, String reason, String once) {
        if (limit <= 0 || neverBan.stream().anyMatch(n -> n.contains(source))) {
            return Optional.empty();
        }
        if (counts.size() >= MAX_TRACKED) {
            counts.values().removeIf(c -> !c.start.plus(window).isAfter(now));
            if (counts.size() >= MAX_TRACKED) {
                counts.clear();
            }
        }
        Count count = counts.computeIfAbsent(source, s -> new Count(now));
        int failures;
        synchronized (count) {
            if (!count.start.plus(window).isAfter(now)) {
                count.start = now;
                count.failures = 0;
                count.seen.clear();
            }
            if (once != null && !count.seen.add(once)) {
                return Optional.empty();
            }
            failures = ++count.failures;
        }
        if (failures < limit || banned(source, now).isPresent()) {
            return Optional.empty();
        }
        Ban ban = new Ban(source, now, now.plus(length), failures, reason);
        bans.put(source, ban);
        counts.remove(source);
        onBan.accept(ban);
        return Optional.of(ban);
    }

    /** @return the bans running now, the newest first */
    List<Ban> list(Instant now) {
        bans.values().removeIf(b -> !b.until().isAfter(now));
        return bans.values().stream().sorted(Comparator.comparing(Ban::since).reversed())
                .toList();
    }

    /** @return whether a ban of the source was lifted */
    boolean lift(String source) {
        counts.remove(source);
        return bans.remove(source) != null;
    }
}
