package org.openprov.access.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HTTP Digest (RFC 7616, with RFC 2069's form without qop that old phones send) and Basic
 * (RFC 7617) as fetch access needs them.
 *
 * <p>Nonces carry their own time and an HMAC over it with a key every node shares, so no node
 * keeps state another needs and a phone may send its answer to any node. A nonce is accepted
 * for a configured lifetime; a right answer to an older one gets a fresh challenge marked
 * {@code stale=true}, which phones answer without asking anyone for a password.
 */
final class Digest {

    /** What a phone sent in its Authorization header, parsed. */
    sealed interface Presented permits Basic, DigestAnswer, Unreadable {
        /** @return the user name the phone gave, or empty */
        String userName();
    }

    /** Basic credentials. */
    record Basic(String userName, String password) implements Presented {
        @Override
        public String toString() {
            return "Basic[" + userName + "]";
        }
    }

    /** A digest answer's fields. */
    record DigestAnswer(String userName, Map<String, String> fields) implements Presented {
    }

    /** A header that is neither. */
    record Unreadable(String userName) implements Presented {
    }

    private static final String HMAC = "HmacSHA256";

    private final String realm;
    private final byte[] key;
    private final Duration lifetime;

    /**
     * @param realm the realm phones see
     * @param key the shared key of nonces
     * @param lifetime how long a nonce is accepted
     */
    Digest(String realm, byte[] key, Duration lifetime) {
        this.realm = realm;
        this.key = key.clone();
        this.lifetime = lifetime;
    }

    /**
     * The WWW-Authenticate values of a 401: SHA-256 first, then MD5 (which most phones only
     * know), then, over TLS only, Basic for phones that can do nothing else.
     *
     * @param now the time
     * @param stale whether the phone's answer was right but its nonce too old
     * @param secure whether the request came over TLS
     * @return the header values, in order of preference
     */
    List<String> challenges(Instant now, boolean stale, boolean secure) {
        String nonce = nonce(now);
        String common = "realm=\"" + realm + "\", qop=\"auth\", nonce=\"" + nonce + "\""
                + (stale ? ", stale=true" : "");
        String sha = "Digest " + common + ", algorithm=SHA-256";
        String md5 = "Digest " + common + ", algorithm=MD5";
        // Basic only where the password cannot be read on the way: over TLS.
        return secure ? List.of(sha, md5, "Basic realm=\"" + realm + "\"") : List.of(sha, md5);
    }

    /**
     * @param answer a digest answer
     * @param target the request target the phone sent (path and query)
     * @return whether the answer was computed for that target: its {@code uri} is the target,
     *         or an absolute URI whose path and query are the target
     */
    static boolean sameTarget(DigestAnswer answer, String target) {
        String uri = answer.fields().getOrDefault("uri", "");
        if (uri.equals(target)) {
            return true;
        }
        int scheme = uri.indexOf("://");
        if (scheme < 0) {
            return false;
        }
        int path = uri.indexOf('/', scheme + 3);
        return path >= 0 && uri.substring(path).equals(target);
    }

    /** @return a nonce made now: its time and an HMAC of it */
    String nonce(Instant now) {
        String time = Long.toString(now.getEpochSecond(), 36);
        return time + "." + sign(time);
    }

    /**
     * @param header an Authorization header
     * @return what it holds
     */
    static Presented parse(String header) {
        String trimmed = header.trim();
        int space = trimmed.indexOf(' ');
        String scheme = (space < 0 ? trimmed : trimmed.substring(0, space))
                .toLowerCase(Locale.ROOT);
        String rest = space < 0 ? "" : trimmed.substring(space + 1).trim();
        if (scheme.equals("basic")) {
            try {
                String pair = new String(Base64.getDecoder().decode(rest), StandardCharsets.UTF_8);
                int colon = pair.indexOf(':');
                if (colon < 0) {
                    return new Unreadable("");
                }
                return new Basic(pair.substring(0, colon), pair.substring(colon + 1));
            } catch (IllegalArgumentException e) {
                return new Unreadable("");
            }
        }
        if (scheme.equals("digest")) {
            Map<String, String> fields = fields(rest);
            return new DigestAnswer(fields.getOrDefault("username", ""), fields);
        }
        return new Unreadable("");
    }

    /** Outcome of checking a digest answer against one password. */
    enum Check {
        /** Right answer, nonce fresh. */
        RIGHT,
        /** Right answer to a nonce past its lifetime: challenge again with stale=true. */
        STALE,
        /** Wrong answer, forged nonce, or another realm. */
        WRONG
    }

    /**
     * @param answer what the phone sent
     * @param method the request's method
     * @param password a password to check it against
     * @param now the time
     * @return whether the answer proves the phone knows the password
     */
    Check check(DigestAnswer answer, String method, String password, Instant now) {
        Map<String, String> f = answer.fields();
        String nonce = f.getOrDefault("nonce", "");
        String uri = f.getOrDefault("uri", "");
        String response = f.getOrDefault("response", "").toLowerCase(Locale.ROOT);
        if (!realm.equals(f.get("realm")) || uri.isEmpty() || response.isEmpty()) {
            return Check.WRONG;
        }
        Optional<Instant> issued = issued(nonce);
        if (issued.isEmpty()) {
            return Check.WRONG;
        }
        String algorithm = f.getOrDefault("algorithm", "MD5").toUpperCase(Locale.ROOT);
        String hash = switch (algorithm) {
            case "MD5" -> "MD5";
            case "SHA-256" -> "SHA-256";
            default -> "";
        };
        if (hash.isEmpty()) {
            return Check.WRONG;
        }
        String ha1 = hex(hash, answer.userName() + ":" + realm + ":" + password);
        String ha2 = hex(hash, method + ":" + uri);
        String qop = f.get("qop");
        String expected;
        if (qop == null) {
            expected = hex(hash, ha1 + ":" + nonce + ":" + ha2);
        } else if (qop.equalsIgnoreCase("auth")) {
            expected = hex(hash, ha1 + ":" + nonce + ":" + f.getOrDefault("nc", "") + ":"
                    + f.getOrDefault("cnonce", "") + ":" + qop + ":" + ha2);
        } else {
            return Check.WRONG;
        }
        if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                response.getBytes(StandardCharsets.US_ASCII))) {
            return Check.WRONG;
        }
        return issued.get().plus(lifetime).isBefore(now) ? Check.STALE : Check.RIGHT;
    }

    /** @return the time a nonce of ours was made, or empty if it is not ours */
    private Optional<Instant> issued(String nonce) {
        int dot = nonce.indexOf('.');
        if (dot <= 0) {
            return Optional.empty();
        }
        String time = nonce.substring(0, dot);
        if (!MessageDigest.isEqual(sign(time).getBytes(StandardCharsets.US_ASCII),
                nonce.substring(dot + 1).getBytes(StandardCharsets.US_ASCII))) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.ofEpochSecond(Long.parseLong(time, 36)));
        } catch (NumberFormatException | java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    private String sign(String text) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(new SecretKeySpec(key, HMAC));
            byte[] sum = mac.doFinal(text.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(sum, 0, 16);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The JVM lacks " + HMAC, e);
        }
    }

    static String hex(String algorithm, String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm)
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The JVM lacks " + algorithm, e);
        }
    }

    /** Reads {@code name=value, name="quoted, value"} pairs; names in lower case. */
    static Map<String, String> fields(String text) {
        Map<String, String> fields = new HashMap<>();
        int i = 0;
        int n = text.length();
        while (i < n && fields.size() < 32) {
            while (i < n && (text.charAt(i) == ',' || text.charAt(i) == ' ')) {
                i++;
            }
            int eq = text.indexOf('=', i);
            if (eq < 0) {
                break;
            }
            String name = text.substring(i, eq).trim().toLowerCase(Locale.ROOT);
            i = eq + 1;
            StringBuilder value = new StringBuilder();
            if (i < n && text.charAt(i) == '"') {
                i++;
                while (i < n && text.charAt(i) != '"') {
                    char ch = text.charAt(i);
                    if (ch == '\\' && i + 1 < n) {
                        ch = text.charAt(++i);
                    }
                    value.append(ch);
                    i++;
                }
                i++;
            } else {
                while (i < n && text.charAt(i) != ',') {
                    value.append(text.charAt(i++));
                }
            }
            fields.put(name, value.toString().trim());
        }
        return fields;
    }
}
