package org.openprov.vendor.yealink.internal;

import java.util.Set;
import org.openprov.api.settings.ProvisioningAccess;

/**
 * Writes where and how the phone fetches its files from OpenProv ({@code config.access()}), in
 * Yealink's auto-provisioning parameters. Written only when the endpoint gives an access: a
 * provider on {@code open} gets the file it always got.
 *
 * <table>
 * <caption>Fetch access to Yealink parameters</caption>
 * <tr><th>parameter</th><th>value</th></tr>
 * <tr><td>{@code static.auto_provision.server.url}</td><td>the access URL, a directory: the
 * phone appends its own file names to it</td></tr>
 * <tr><td>{@code static.auto_provision.server.username}, {@code .password}</td><td>the HTTP
 * user and password; empty when fetches need none, so the credentials of an earlier mode do not
 * linger (both default to blank)</td></tr>
 * <tr><td>{@code static.auto_provision.pnp_enable},
 * {@code static.auto_provision.dhcp_option.enable}</td><td>0: the phone takes its server from
 * PnP first, then from DHCP options, and from its own flash last (Yealink Auto Provision Manual,
 * "Obtain the server address"), so a site whose DHCP offers option 66 would otherwise send it
 * to a URL without its token</td></tr>
 * <tr><td>{@code static.auto_provision.repeat.enable}, {@code .repeat.minutes}</td><td>a
 * bootstrap sets 1 and {@value #BOOTSTRAP_MINUTES}: the phone checks again within minutes and
 * fetches its full file without a reboot; the full file sets 1 and {@value #DAILY_MINUTES},
 * Yealink's default interval ("The default is 1440"), so the phone checks once a day</td></tr>
 * </table>
 *
 * <p>Why the full file keeps the check on: Yealink's default is "0-Disabled (default)", and a
 * phone that only fetches when it restarts may sleep through the overlap of a credential
 * rotation ({@code access:rotate}, 7 days by default) and then be refused. A daily check
 * fetches the file that carries the new credentials well within it. A raw setting of either
 * parameter still chooses another schedule.
 *
 * <p>Assumed, to be checked on a real phone: that the phone sends the user name and password
 * to a server that asks for HTTP Digest; that a new repeat interval counts from the end of the
 * provisioning that set it; and that a changed server URL needs no reboot.
 */
final class YealinkAccess {

    static final String URL = "static.auto_provision.server.url";
    static final String USER = "static.auto_provision.server.username";
    static final String PASSWORD = "static.auto_provision.server.password";
    static final String PNP = "static.auto_provision.pnp_enable";
    static final String DHCP_OPTION = "static.auto_provision.dhcp_option.enable";
    static final String REPEAT = "static.auto_provision.repeat.enable";
    static final String REPEAT_MINUTES = "static.auto_provision.repeat.minutes";
    /** How soon a phone that received a bootstrap checks again, in minutes. */
    static final int BOOTSTRAP_MINUTES = 5;
    /** How often a phone with its full file checks, in minutes: daily, Yealink's default. */
    static final int DAILY_MINUTES = 1440;

    /**
     * The parameters that carry the access. A raw setting of one of them is left out while an
     * access is written: a stale URL or password would cut the phone off at the next fetch.
     * The repeat parameters are not among them, so a raw setting may still choose a schedule.
     */
    static final Set<String> OWNED = Set.of(URL, USER, PASSWORD, PNP, DHCP_OPTION);

    private YealinkAccess() {
    }

    /**
     * @param access the phone's fetch access
     * @param cfg where to write
     */
    static void write(ProvisioningAccess access, YealinkCfgWriter cfg) {
        cfg.blank().comment("Where this phone fetches its files from OpenProv.")
                .set(URL, access.url())
                .set(USER, access.hasPassword() ? access.userName() : "")
                .set(PASSWORD, access.password())
                .set(PNP, 0)
                .set(DHCP_OPTION, 0);
        cfg.set(REPEAT, 1)
                .set(REPEAT_MINUTES, access.bootstrap() ? BOOTSTRAP_MINUTES : DAILY_MINUTES);
    }
}
