package org.openprov.vendor.cisco.internal;

import java.util.Set;
import org.openprov.api.settings.ProvisioningAccess;

/**
 * Writes where and how the phone fetches its own file from OpenProv ({@code config.access()})
 * in Cisco's profile rules, the same names on SPA and MPP. Written only when the endpoint gives
 * an access: a provider on {@code open} gets the file it always got.
 *
 * <table>
 * <caption>Fetch access to Cisco parameters</caption>
 * <tr><th>parameter</th><th>value</th></tr>
 * <tr><td>{@code Profile_Rule}</td><td>{@code [--uid <user> --pwd <password>] <url>$MA.xml},
 * the phone's own file; the bracketed resync options give the HTTP credentials and are left
 * out when fetches need none. Profile rules undergo macro expansion, so each {@code $} of the
 * URL and the credentials is written {@code $$}; {@code $MA} is the MAC in lower case
 * (provisioning guides, "Macro Expansion Variables", "Optional Resync Arguments")</td></tr>
 * <tr><td>{@code Profile_Rule_B}</td><td>empty: the model bootstrap pointed it at the phone's
 * file without credentials; now that {@code Profile_Rule} fetches that file, a second fetch
 * would only fail and abort the resync ("If an evaluation fails, the resync sequence is
 * interrupted")</td></tr>
 * <tr><td>{@code Resync_Periodic}</td><td>a bootstrap sets {@value #BOOTSTRAP_SECONDS}
 * seconds, so the phone resyncs within minutes and fetches its full file without a reboot; the
 * full file sets Cisco's default back, {@value #DEFAULT_SECONDS} ("Default setting:
 * 3600")</td></tr>
 * </table>
 *
 * <p>Why the full file always writes {@code Resync_Periodic}: a phone that fetches only when it
 * restarts may sleep through the overlap of a credential rotation ({@code access:rotate}, 7
 * days by default) and then be refused, and 0 "disables periodic resynchronization". An hourly
 * resync is more than the daily check a rotation needs and is what a factory phone does, so it
 * stays rather than 86400: Cisco phones are the only ones here whose default already checks.
 * A raw setting still chooses another schedule.
 *
 * <p>Why {@code Profile_Rule} and not {@code Profile_Rule_B}: every resync evaluates
 * {@code Profile_Rule} first, and the factory rule fetches the model bootstrap, which would
 * point {@code Profile_Rule_B} back at the file without credentials before it is evaluated.
 * Replacing {@code Profile_Rule} takes the model bootstrap out of later resyncs. The rule's
 * URL names its scheme and server, so DHCP option 66, which gives the server to a rule without
 * one, cannot send the phone elsewhere.
 *
 * <p>Assumed, to be checked on a real phone: that the phone answers an HTTP Digest challenge
 * with {@code --uid} and {@code --pwd}, as it does a Basic one; that a new
 * {@code Resync_Periodic} counts from the resync that set it. {@code Resync_At}, when a raw
 * setting gives it, makes the phone ignore {@code Resync_Periodic}; the phone then still
 * resyncs once a day, at that time ("The resync is performed each day").
 */
final class CiscoAccess {

    static final String PROFILE_RULE = "Profile_Rule";
    static final String PROFILE_RULE_B = "Profile_Rule_B";
    static final String RESYNC_PERIODIC = "Resync_Periodic";
    /** How soon a phone that received a bootstrap resyncs, in seconds. */
    static final int BOOTSTRAP_SECONDS = 300;
    /** Cisco's default resync interval, in seconds. */
    static final int DEFAULT_SECONDS = 3600;
    /** The device file as the profile rule names it, {@code $MA} being the MAC. */
    static final String DEVICE_FILE = "$MA.xml";

    /**
     * The parameters that carry the access. A raw setting of one of them is left out while an
     * access is written: a stale rule would cut the phone off at the next resync.
     * {@code Resync_Periodic} is not among them, so a raw setting may still choose a schedule.
     */
    static final Set<String> OWNED = Set.of(PROFILE_RULE, PROFILE_RULE_B);

    private CiscoAccess() {
    }

    /**
     * @param access the phone's fetch access
     * @param profile where to write
     */
    static void write(ProvisioningAccess access, FlatProfile profile) {
        profile.blank().comment("Where this phone fetches its own file from OpenProv.")
                .set(PROFILE_RULE, rule(access))
                .set(PROFILE_RULE_B, "")
                .set(RESYNC_PERIODIC, access.bootstrap() ? BOOTSTRAP_SECONDS : DEFAULT_SECONDS);
    }

    /**
     * @param access the phone's fetch access
     * @return the profile rule that fetches the phone's own file with it
     */
    static String rule(ProvisioningAccess access) {
        String url = escaped(access.url()) + DEVICE_FILE;
        if (!access.hasPassword()) {
            return url;
        }
        return "[--uid " + escaped(access.userName()) + " --pwd " + escaped(access.password())
                + "] " + url;
    }

    /** A literal {@code $} in a profile rule is written {@code $$}. */
    private static String escaped(String text) {
        return text.replace("$", "$$");
    }
}
