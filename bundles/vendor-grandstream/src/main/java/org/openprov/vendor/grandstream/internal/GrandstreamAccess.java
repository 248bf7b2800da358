package org.openprov.vendor.grandstream.internal;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.openprov.api.registry.Mac;
import org.openprov.api.settings.ProvisioningAccess;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes where and how the phone fetches its files from OpenProv ({@code config.access()}) in
 * Grandstream's provisioning P-values. Written only when the endpoint gives an access: a
 * provider on {@code open} gets the file it always got.
 *
 * <table>
 * <caption>Fetch access to Grandstream parameters</caption>
 * <tr><th>P</th><th>value</th></tr>
 * <tr><td>P212 Config Upgrade Via</td><td>the URL's scheme: 1 HTTP, 2 HTTPS (0 is
 * TFTP)</td></tr>
 * <tr><td>P237 Config Server Path</td><td>the URL without its scheme and without the final
 * {@code /}, {@code host[:port]/path}, as the templates write it; the phone puts
 * {@code /cfg<mac>.xml} after it</td></tr>
 * <tr><td>P1360, P1361</td><td>the HTTP(S) user name and password; empty when fetches need
 * none, so the credentials of an earlier mode do not linger</td></tr>
 * <tr><td>P145 Allow DHCP Option 66 to override server</td><td>0: with the default 1, "it will
 * override the configured provision path and method", and a site whose DHCP offers option 66
 * would send the phone to a path without its token</td></tr>
 * <tr><td>P194 Automatic Upgrade, P193 its interval in minutes</td><td>1 ("Yes, every" P193
 * minutes, range 60 to 5256000) in both files. A bootstrap sets {@value #BOOTSTRAP_MINUTES},
 * the shortest interval the templates allow ("minimum 60 minutes"), so the phone fetches its
 * full file within the hour without a reboot; the full file sets {@value #DAILY_MINUTES}, a
 * daily check</td></tr>
 * </table>
 *
 * <p>Why the full file keeps the check on: Grandstream's default is off ("Default is No"), and
 * a phone that fetches only when it restarts may sleep through the overlap of a credential
 * rotation ({@code access:rotate}, 7 days by default) and then be refused; even the 7-day
 * interval the templates give as P193's default could miss a 7-day overlap. A raw setting of
 * P194 or P193 still chooses another schedule. The other values of P194 ("daily at hour",
 * "weekly on day", with the hour or day in a further P-value) are not used: "every P193
 * minutes" needs no time of day and spreads the phones' checks over the day.
 *
 * <p>Grandstream documents no shorter check than an hour. The automatic upgrade also looks for
 * new firmware at the firmware server (P192) at each check, so a phone with a full file now
 * does so daily (manuals: the automatic check runs "with either Firmware Server or Config
 * Server"); an operator who wants no firmware check gives a raw setting for it. A URL that is
 * neither http nor https cannot be written in P212, so the access is then left out with a
 * warning.
 *
 * <p>Assumed, to be checked on a real phone: that P1360 and P1361 answer HTTP Digest as well
 * as Basic; that the phone adds the {@code /} between P237 and the file name; and that the new
 * server path applies from the next check without a reboot.
 */
final class GrandstreamAccess {

    static final int UPGRADE_VIA = 212;
    static final int SERVER_PATH = 237;
    static final int USER = 1360;
    static final int PASSWORD = 1361;
    static final int DHCP_OVERRIDE = 145;
    static final int AUTOMATIC_UPGRADE = 194;
    static final int CHECK_MINUTES = 193;
    /** The shortest check interval Grandstream allows, used after a bootstrap. */
    static final int BOOTSTRAP_MINUTES = 60;
    /** The check interval of a full file: daily, so rotated credentials arrive in time. */
    static final int DAILY_MINUTES = 1440;

    /**
     * The parameters that carry the access. A raw setting of one of them is left out while an
     * access is written: a stale path or password would cut the phone off at the next fetch.
     * P194 and P193 are not among them, so a raw setting may still choose a schedule.
     */
    static final Set<Integer> OWNED = Set.of(UPGRADE_VIA, SERVER_PATH, USER, PASSWORD,
            DHCP_OVERRIDE);

    private static final Map<String, Integer> SCHEMES = Map.of("http", 1, "https", 2);
    private static final Logger LOG = LoggerFactory.getLogger(GrandstreamAccess.class);

    private GrandstreamAccess() {
    }

    /**
     * @param access the phone's fetch access
     * @param mac the device, for the log
     * @param file where to write
     * @return whether the access was written
     */
    static boolean write(ProvisioningAccess access, Mac mac, PValueFile file) {
        String url = access.url();
        int colon = url.indexOf("://");
        Optional<Integer> via = Optional.ofNullable(colon < 0 ? null
                : SCHEMES.get(url.substring(0, colon).toLowerCase(Locale.ROOT)));
        if (via.isEmpty()) {
            LOG.warn("Device {}: its fetch access is left out: Grandstream fetches over http or"
                    + " https only, and the endpoint's URL is neither", mac);
            return false;
        }
        String path = url.substring(colon + 3).replaceAll("/+$", "");
        file.comment("where this phone fetches its files from OpenProv")
                .set(UPGRADE_VIA, via.get()).set(SERVER_PATH, path)
                .set(USER, access.hasPassword() ? access.userName() : "")
                .set(PASSWORD, access.password()).set(DHCP_OVERRIDE, 0);
        file.set(AUTOMATIC_UPGRADE, 1)
                .set(CHECK_MINUTES, access.bootstrap() ? BOOTSTRAP_MINUTES : DAILY_MINUTES);
        return true;
    }
}
