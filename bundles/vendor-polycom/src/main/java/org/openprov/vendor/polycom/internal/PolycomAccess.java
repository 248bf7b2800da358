package org.openprov.vendor.polycom.internal;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.openprov.api.settings.ProvisioningAccess;

/**
 * Writes where and how the phone fetches its files from OpenProv ({@code config.access()}) in
 * Poly's provisioning server parameters, the ones the phone's Provisioning Server menu sets.
 * Written only when the endpoint gives an access: a provider on {@code open} gets the file it
 * always got. Each is a {@code device.*} parameter, written with its {@code .set} companion.
 *
 * <table>
 * <caption>Fetch access to Poly parameters</caption>
 * <tr><th>parameter</th><th>value</th></tr>
 * <tr><td>{@code device.prov.serverType}</td><td>the URL's scheme, {@code HTTP} or
 * {@code HTTPS}, as the phone writes it in its own exported configuration</td></tr>
 * <tr><td>{@code device.prov.serverName}</td><td>the URL without its scheme and without the
 * final {@code /}: {@code host[:port]/path}; "The boot server address can be an IP address,
 * domain string name, or URL"</td></tr>
 * <tr><td>{@code device.prov.user}, {@code device.prov.password}</td><td>the Server User and
 * Server Password the phone sends; empty when fetches need none, so the credentials of an
 * earlier mode do not linger</td></tr>
 * <tr><td>{@code device.dhcp.bootSrvUseOpt}</td><td>{@code Static}: "The phone will use the
 * boot server configured through the Server Menu"; by default DHCP option 66 names the server,
 * and a site that offers it would send the phone to a path without its token</td></tr>
 * <tr><td>{@code prov.polling.enabled}, {@code prov.polling.mode},
 * {@code prov.polling.period}</td><td>full file only: 1, {@value #POLLING_MODE} and
 * {@value #POLLING_SECONDS}, a daily check. The phone polls the provisioning server for
 * updates when polling is on (Administrator's Guide, "Provisional Polling of Polycom
 * Phones"); {@code rel} "polls after the number of seconds specified by
 * prov.polling.period", which must be an "integer &gt; 3600" and "starts once the phone
 * boots". The default mode, {@code abs}, polls at one time of day ({@code prov.polling.time})
 * on every phone at once; relative mode spreads the polls over the day</td></tr>
 * </table>
 *
 * <p>Why the full file polls: a phone that fetches only when it restarts may sleep through the
 * overlap of a credential rotation ({@code access:rotate}, 7 days by default) and then be
 * refused. A daily poll fetches the file with the new credentials well within it. The polling
 * parameters are not {@code device.*} ones, so writing them restarts nothing, and they are not
 * owned: a raw setting of any of them still chooses another schedule.
 *
 * <p>No earlier check for a bootstrap: Poly's relative polling period must exceed an hour,
 * and it is not needed. A changed {@code device.*} parameter restarts the phone
 * (Administrator's Guide, "Device Parameters": "Change causes system to restart or reboot"),
 * so a phone that takes its fetch access from a bootstrap restarts and fetches its full file
 * with it. The full file writes the same access values, which changes nothing and restarts
 * nothing; a rotated password or token does restart the phone once. A URL that is neither
 * http nor https is left out with a note.
 *
 * <p>Assumed, to be checked on a real phone: that the Server User and Password answer HTTP
 * Digest; that the phone puts {@code /} and the file name after a server name that holds a
 * path; and that the restart the guide announces for a changed device parameter also
 * follows one that came in a configuration file.
 */
final class PolycomAccess {

    static final String SERVER_TYPE = "device.prov.serverType";
    static final String SERVER_NAME = "device.prov.serverName";
    static final String USER = "device.prov.user";
    static final String PASSWORD = "device.prov.password";
    static final String BOOT_SERVER = "device.dhcp.bootSrvUseOpt";
    static final String POLLING = "prov.polling.enabled";
    static final String POLLING_MODE_NAME = "prov.polling.mode";
    static final String POLLING_PERIOD = "prov.polling.period";
    /** Relative polling: every {@link #POLLING_SECONDS} from the phone's start. */
    static final String POLLING_MODE = "rel";
    /** How often a phone with its full file polls, in seconds: daily. */
    static final int POLLING_SECONDS = 86_400;

    /**
     * The parameters that carry the access, with their {@code .set} companions. A raw setting
     * of one of them is left out while an access is written: a stale server or password would
     * cut the phone off at the next fetch.
     */
    static final Set<String> OWNED = Set.of(SERVER_TYPE, SERVER_TYPE + ".set", SERVER_NAME,
            SERVER_NAME + ".set", USER, USER + ".set", PASSWORD, PASSWORD + ".set", BOOT_SERVER,
            BOOT_SERVER + ".set");

    private static final Map<String, String> TYPES = Map.of("http", "HTTP", "https", "HTTPS");

    private PolycomAccess() {
    }

    /**
     * @param access the phone's fetch access
     * @param cfg where to write
     * @param notes where a URL Poly cannot take is reported
     * @param device the device, for the note
     * @return whether the access was written
     */
    static boolean write(ProvisioningAccess access, PolycomXmlWriter cfg, RenderNotes notes,
            String device) {
        String url = access.url();
        int colon = url.indexOf("://");
        String type = colon < 0 ? null
                : TYPES.get(url.substring(0, colon).toLowerCase(Locale.ROOT));
        if (type == null) {
            notes.warn(device + ": its fetch access is left out: OpenProv points Poly phones at"
                    + " an http or https server only, and the endpoint's URL is neither");
            return false;
        }
        device(cfg, SERVER_TYPE, type);
        device(cfg, SERVER_NAME, url.substring(colon + 3).replaceAll("/+$", ""));
        device(cfg, USER, access.hasPassword() ? access.userName() : "");
        device(cfg, PASSWORD, access.password());
        device(cfg, BOOT_SERVER, "Static");
        if (!access.bootstrap()) {
            cfg.set(POLLING, 1).set(POLLING_MODE_NAME, POLLING_MODE)
                    .set(POLLING_PERIOD, POLLING_SECONDS);
        }
        return true;
    }

    private static void device(PolycomXmlWriter cfg, String name, String value) {
        cfg.set(name + ".set", 1).set(name, value);
    }
}
