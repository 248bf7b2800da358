package org.openprov.access.internal;

import java.time.Duration;
import java.util.List;
import org.openprov.api.access.FetchMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The configuration of fetch access, checked: a value that makes no sense is named in a
 * warning and replaced by the safe default, never by something weaker.
 *
 * @param mode the default mode
 * @param bootstrap whether first contact is allowed by default
 * @param bootstrapDays the first-contact window, 0 for none
 * @param overlap the default rotation overlap
 * @param failureLimit failures that ban, 0 for never
 * @param failureWindow the window failures are counted in
 * @param banLength how long a ban lasts
 * @param neverBan sources never banned
 * @param realm the digest realm
 * @param nonceLifetime how long a nonce is accepted
 * @param auditDays how long audit lines are kept
 */
record Settings(FetchMode mode, boolean bootstrap, int bootstrapDays, Duration overlap,
        int failureLimit, Duration failureWindow, Duration banLength, List<Network> neverBan,
        String realm, Duration nonceLifetime, int auditDays) {

    private static final Logger LOG = LoggerFactory.getLogger(Settings.class);

    /** @return the settings the defaults give */
    static Settings defaults() {
        return new Settings(FetchMode.PASSWORD, true, 30, Duration.ofHours(168), 30,
                Duration.ofSeconds(60), Duration.ofMinutes(15),
                Network.parseList("127.0.0.1, ::1"), "OpenProv", Duration.ofSeconds(300), 30);
    }

    static Settings of(AccessConfig c) {
        Settings d = defaults();
        FetchMode mode = FetchMode.byKey(c.defaultMode()).orElseGet(() -> {
            warn("defaultMode", c.defaultMode(), "one of " + FetchMode.names(), d.mode().key());
            return d.mode();
        });
        List<Network> neverBan = new java.util.ArrayList<>();
        for (String entry : c.neverBan().split(",")) {
            if (entry.isBlank()) {
                continue;
            }
            try {
                neverBan.add(Network.parse(entry));
            } catch (IllegalArgumentException e) {
                LOG.warn("neverBan in {} has an entry that is no address or CIDR network,"
                        + " left out (the others hold): {}", JdbcFetchAccess.PID, e.getMessage());
            }
        }
        String realm = c.realm().matches("[A-Za-z0-9 ._-]{1,64}") ? c.realm() : warnRealm(c);
        return new Settings(mode, c.bootstrap(),
                atLeast(c.bootstrapDays(), 0, "bootstrapDays", d.bootstrapDays()),
                Duration.ofHours(atLeast(c.overlapHours(), 0, "overlapHours", 168)),
                atLeast(c.failureLimit(), 0, "failureLimit", d.failureLimit()),
                Duration.ofSeconds(atLeast(c.failureWindowSeconds(), 1, "failureWindowSeconds",
                        60)),
                Duration.ofMinutes(atLeast(c.banMinutes(), 1, "banMinutes", 15)), neverBan,
                realm, Duration.ofSeconds(atLeast(c.nonceSeconds(), 10, "nonceSeconds", 300)),
                atLeast(c.auditDays(), 1, "auditDays", d.auditDays()));
    }

    private static String warnRealm(AccessConfig c) {
        warn("realm", c.realm(), "1 to 64 letters, digits, spaces, dots, dashes", "OpenProv");
        return "OpenProv";
    }

    private static int atLeast(int value, int min, String key, int fallback) {
        if (value >= min) {
            return value;
        }
        warn(key, Integer.toString(value), "at least " + min, Integer.toString(fallback));
        return fallback;
    }

    private static void warn(String key, String value, String rule, String used) {
        LOG.warn("{} = {} in {} is not allowed ({}); {} is used", key, value, JdbcFetchAccess.PID,
                rule, used);
    }
}
