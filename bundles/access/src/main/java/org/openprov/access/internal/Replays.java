package org.openprov.access.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.openprov.access.internal.Digest.DigestAnswer;

/**
 * Refuses a digest answer sent twice: with {@code qop=auth} each answer carries a nonce count
 * that must grow for its nonce and client nonce (RFC 7616 3.4), so a captured Authorization
 * header opens nothing. Answers without qop (RFC 2069, old phones) have no count and cannot be
 * told from a replay; their nonce's lifetime bounds them. Counts are kept per node for a
 * nonce's lifetime: a replay sent to another node of a cluster is not caught.
 */
final class Replays {

    /** Nonces remembered at most; beyond, those past their lifetime go, then all. */
    static final int MAX_KEPT = 200_000;

    private record Seen(long count, Instant at) {
    }

    private final Duration lifetime;
    private final Map<String, Seen> seen = new ConcurrentHashMap<>();

    Replays(Duration lifetime) {
        this.lifetime = lifetime;
    }

    /**
     * @param answer a right digest answer
     * @param now the time
     * @return whether its count is higher than any seen for its nonce, client nonce and user
     */
    boolean firstUse(DigestAnswer answer, Instant now) {
        Map<String, String> f = answer.fields();
        if (f.get("qop") == null) {
            return true;
        }
        long count;
        try {
            count = Long.parseLong(f.getOrDefault("nc", ""), 16);
        } catch (NumberFormatException e) {
            return false;
        }
        if (seen.size() >= MAX_KEPT) {
            seen.values().removeIf(s -> !s.at().plus(lifetime.multipliedBy(2)).isAfter(now));
            if (seen.size() >= MAX_KEPT) {
                seen.clear();
            }
        }
        String key = f.getOrDefault("nonce", "") + " " + f.getOrDefault("cnonce", "") + " "
                + answer.userName();
        boolean[] fresh = {false};
        seen.compute(key, (k, before) -> {
            if (before == null || count > before.count()) {
                fresh[0] = true;
                return new Seen(count, now);
            }
            return before;
        });
        return fresh[0];
    }
}
