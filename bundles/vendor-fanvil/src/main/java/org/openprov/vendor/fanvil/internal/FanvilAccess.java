package org.openprov.vendor.fanvil.internal;

import org.openprov.api.registry.Mac;
import org.openprov.api.settings.ProvisioningAccess;

/**
 * Writes where and how the phone fetches its files from OpenProv ({@link ProvisioningAccess})
 * into the auto-update module, so a phone learns its fetch credentials from its first-contact
 * file and picks up new ones from every later file.
 *
 * <p>Fanvil's manuals ("Auto Provision") describe a static provisioning server kept in the
 * phone ("Phone Flash": server address, configuration file name, protocol type, update mode)
 * and a user name and password "for configuration server. Used for FTP/HTTP/HTTPS". The
 * phone's configuration export names them in {@code <AUTOUPDATE CONFIG MODULE>}:
 *
 * <table>
 * <caption>Fetch access to Fanvil parameters</caption>
 * <tr><th>part</th><th>parameter</th></tr>
 * <tr><td>the URL</td><td>{@code Flash Server IP}: the access URL without its last
 * {@code /}, scheme included, as deployed provisioning servers write a full URL there</td></tr>
 * <tr><td>the file</td><td>{@code Flash File Name}: the device file, {@code <mac>.cfg}</td></tr>
 * <tr><td>protocol</td><td>{@code Flash Protocol} {@value #PROTOCOL}, the code deployed
 * provisioning servers write with a full URL, whether it is HTTP or HTTPS</td></tr>
 * <tr><td>when</td><td>{@code Flash Mode} {@value #MODE}, as deployed provisioning servers
 * write it to have the phone use this server</td></tr>
 * <tr><td>user name and password, when fetches need them</td><td>{@code Default Username},
 * {@code Default Password}</td></tr>
 * </table>
 *
 * Unsure, for a real phone to confirm: the codes of {@code Flash Protocol} and
 * {@code Flash Mode} are not documented at hand; that {@code Default Username} and
 * {@code Default Password} are the web page's "User" and "Password" is read from their order
 * in the export; and a phone that DHCP option 66 or PnP still points elsewhere may ask that
 * server first (the manuals' order is DHCP option, PnP server, Phone Flash), with the
 * credentials but without the token of the URL.
 *
 * <p>No bootstrap parameter: the manuals at hand document no check at an interval of
 * minutes, so a phone fetches its full file at its next start (or at the update interval it
 * already has). The credentials are left as they are when fetches need none. Each parameter
 * may be replaced by a raw setting
 * ({@code raw.fanvil.AUTOUPDATE_CONFIG_MODULE.Flash_Mode}, ...), written last.
 *
 * <p>Known shortcoming: no daily check is written. A phone that fetches only when it starts
 * may sleep through the overlap of a credential rotation ({@code access:rotate}, 7 days by
 * default) and then be refused. The phone's export has a {@code Flash Interval} beside
 * {@code Flash Mode}, which looks like the periodic update, but the manuals at hand give
 * neither the codes of {@code Flash Mode} nor the unit of {@code Flash Interval}, and a wrong
 * code could stop the phone using this server at all. Until a real phone settles them, an
 * operator who rotates a Fanvil phone's credentials gives it the interval as raw settings, or
 * keeps the overlap longer than the time between its restarts.
 */
final class FanvilAccess {

    /** The user name the phone fetches with. */
    static final String USER = "Default Username";
    /** The password the phone fetches with; a secret. */
    static final String PASSWORD = "Default Password";
    /** The provisioning server's URL. */
    static final String SERVER = "Flash Server IP";
    /** The file the phone asks that server for. */
    static final String FILE = "Flash File Name";
    /** The protocol code written with a full URL. */
    static final int PROTOCOL = 4;
    /** The update mode code that makes the phone use the server. */
    static final int MODE = 1;

    private FanvilAccess() {
    }

    /**
     * @param access where and how the phone fetches
     * @param mac the phone, whose file is named
     * @param cfg where to write
     */
    static void write(ProvisioningAccess access, Mac mac, FanvilCfgWriter cfg) {
        String module = FanvilModules.AUTOUPDATE;
        String none = FanvilModules.NONE;
        if (access.hasPassword()) {
            cfg.set(module, none, USER, access.userName())
                    .set(module, none, PASSWORD, access.password());
        }
        String url = access.url();
        cfg.set(module, none, SERVER, url.substring(0, url.length() - 1))
                .set(module, none, FILE, FanvilFileNames.deviceFile(mac))
                .set(module, none, "Flash Protocol", PROTOCOL)
                .set(module, none, "Flash Mode", MODE);
    }
}
