package org.openprov.vendor.audiocodes.internal;

import java.util.Set;
import org.openprov.api.registry.Mac;
import org.openprov.api.settings.ProvisioningAccess;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes where and how the phone fetches its files from OpenProv ({@link ProvisioningAccess}),
 * so a phone learns its fetch credentials from its first-contact file and picks up new ones
 * from every later file.
 *
 * <table>
 * <caption>Fetch access to AudioCodes parameters</caption>
 * <tr><th>part</th><th>parameter</th></tr>
 * <tr><td>use the URL below, not DHCP's</td><td>{@code provisioning/method=STATIC} (400HD
 * Series Administrator's Manual, "DHCP Automatic Provisioning Parameters": Static URL, "using
 * Static URL for provisioning"; the default, Dynamic, takes DHCP option 160 or 66/67)</td></tr>
 * <tr><td>the URL, a directory</td><td>{@code provisioning/configuration/url}: a URL without
 * a file name makes the phone ask for {@code <MAC address>.cfg} there (the manual's option 160
 * examples; deployed configurations also set a directory URL here)</td></tr>
 * <tr><td>user name and password, when fetches need them</td><td>inside the URL,
 * {@code https://<user>:<password>@<host>/...}: the manual at hand names no separate
 * provisioning user or password, and AudioCodes documents this form for the download URLs of
 * its other devices (unsure for the 400HD; both parts are letters and digits, so nothing needs
 * escaping)</td></tr>
 * <tr><td>bootstrap: fetch again soon</td><td>{@code provisioning/period/type}
 * {@value #BOOTSTRAP_PERIOD}, the shortest period the manual offers ("every5minutes: minimum
 * definable time")</td></tr>
 * <tr><td>full file</td><td>{@code provisioning/period/type} {@value #NORMAL_PERIOD}, the
 * manual's default ("daily (default) - Sets an hour in the day"), undoing the bootstrap's:
 * the phone checks once a day, at {@code provisioning/period/daily/time} (default
 * 00:00)</td></tr>
 * </table>
 *
 * <p>Why the full file writes the period rather than leave the phone's: a phone that fetches
 * only when it restarts ({@code POWERUP}, "the phone will check only on powerup") may sleep
 * through the overlap of a credential rotation ({@code access:rotate}, 7 days by default) and
 * then be refused; a daily check fetches the file with the new credentials well within it.
 * The time of day is not written: the manual adds a random delay before each check
 * ({@code random_provisioning_time}), and the phone's own time serves.
 *
 * The manual prints the period names in lower case; they are written in upper case, as
 * deployed configurations write {@code HOURLY} and {@code STATIC} (unsure whether the phone
 * compares them in any case). Each parameter may be replaced by a raw setting
 * ({@code raw.audiocodes.provisioning.period.type}, ...), written last; the URL counts as a
 * secret there too ({@link #SECRET_PARAMETERS}).
 */
final class AudioCodesAccess {

    /** How the phone finds its provisioning server. */
    static final String METHOD = "provisioning/method";
    /** The provisioning URL; holds the token and the password when fetches need them. */
    static final String URL = "provisioning/configuration/url";
    /** How often the phone checks for new files. */
    static final String PERIOD = "provisioning/period/type";
    /** The period a bootstrap asks for. */
    static final String BOOTSTRAP_PERIOD = "EVERY5MINUTES";
    /** The period of a full file: the phone's default, a daily check. */
    static final String NORMAL_PERIOD = "DAILY";
    /** The parameters of this class that hold a secret, by name. */
    static final Set<String> SECRET_PARAMETERS = Set.of(URL);

    private static final Logger LOG = LoggerFactory.getLogger(AudioCodesAccess.class);
    private static final String SCHEME_END = "://";

    private AudioCodesAccess() {
    }

    /**
     * @param access where and how the phone fetches
     * @param mac the device, for the log
     * @param cfg where to write
     */
    static void write(ProvisioningAccess access, Mac mac, AudioCodesCfgWriter cfg) {
        cfg.set(METHOD, "STATIC");
        cfg.setSecret(URL, url(access, mac));
        cfg.set(PERIOD, access.bootstrap() ? BOOTSTRAP_PERIOD : NORMAL_PERIOD);
    }

    /**
     * @param access where and how the phone fetches
     * @param mac the device, for the log
     * @return the access URL, with the user name and password after its scheme when fetches
     *         need them
     */
    static String url(ProvisioningAccess access, Mac mac) {
        String url = access.url();
        if (!access.hasPassword()) {
            return url;
        }
        int scheme = url.indexOf(SCHEME_END);
        if (scheme < 0) {
            LOG.warn("Device {}: the provisioning URL has no scheme to put the fetch credentials"
                    + " after; they are left out", mac);
            return url;
        }
        int host = scheme + SCHEME_END.length();
        return url.substring(0, host) + access.userName() + ":" + access.password() + "@"
                + url.substring(host);
    }
}
