package org.openprov.vendor.snom.internal;

import org.openprov.api.settings.ProvisioningAccess;

/**
 * Writes where and how the phone fetches its files from OpenProv ({@link ProvisioningAccess}),
 * so a phone learns its fetch credentials from its first-contact file and picks up new ones
 * from every later file.
 *
 * <table>
 * <caption>Fetch access to Snom settings</caption>
 * <tr><th>part</th><th>Snom setting</th></tr>
 * <tr><td>the URL, a directory</td><td>{@code setting_server}: a URL without a file name
 * makes the phone fetch {@code <url>snom<model>.htm} and {@code <url>snom<model>-<MAC>.htm}
 * (Snom wiki, "Auto Provisioning"; "Desk Phone Configuration Files" shows
 * {@code setting_server} with {@code perm="R"})</td></tr>
 * <tr><td>user name and password, when fetches need them</td><td>{@code http_client_user},
 * {@code http_client_pass}: the credentials the phone answers an HTTP challenge with when it
 * fetches (unsure: read in deployed provisioning servers, which give each Snom phone its own
 * pair of these and keep the password to 20 characters for the phone's sake, not in a Snom
 * parameter page)</td></tr>
 * <tr><td>bootstrap: fetch again soon</td><td>{@code settings_refresh_timer}
 * {@value #BOOTSTRAP_REFRESH} (seconds): the phone reloads its settings from
 * {@code setting_server} after that long, this time with its credentials, and receives its
 * full file</td></tr>
 * <tr><td>full file</td><td>{@code settings_refresh_timer} {@value #DAILY_REFRESH}: the phone
 * reloads its settings once a day (Snom wiki, "Provisioning Polling for desk phones": with
 * {@code prov_polling_enabled} off, {@code settings_refresh_timer} set to X makes the phone
 * check its provisioning files every X seconds)</td></tr>
 * </table>
 *
 * <p>Why the full file keeps a reload: a factory phone's export has
 * {@code settings_refresh_timer} 0 (no periodic reload), and a phone that fetches only when it
 * restarts may sleep through the overlap of a credential rotation ({@code access:rotate}, 7
 * days by default) and then be refused. A daily reload fetches the file with the new
 * credentials well within it. {@code prov_polling_enabled} is not written: the wiki names the
 * refresh timer as the alternative to it, and a phone whose polling an operator switched on
 * keeps it.
 *
 * <p>The credentials are left as they are when fetches need none: a phone that still sends a
 * stale pair is only answered without asking for it. Each setting may be replaced by a raw
 * setting ({@code raw.snom.settings_refresh_timer}, ...), which the device file writes
 * last.
 */
final class SnomAccess {

    /** The provisioning URL. */
    static final String SETTING_SERVER = "setting_server";
    /** The HTTP user name the phone fetches with. */
    static final String CLIENT_USER = "http_client_user";
    /** The HTTP password the phone fetches with; a secret. */
    static final String CLIENT_PASS = "http_client_pass";
    /** Seconds between two reloads of the settings; 0 for none. */
    static final String REFRESH_TIMER = "settings_refresh_timer";
    /** The reload a bootstrap asks for: five minutes. */
    static final int BOOTSTRAP_REFRESH = 300;
    /** The reload of a full file: daily, so rotated credentials arrive within the overlap. */
    static final int DAILY_REFRESH = 86_400;

    private SnomAccess() {
    }

    /**
     * @param access where and how the phone fetches
     * @param xml where to write
     */
    static void write(ProvisioningAccess access, SnomXmlWriter xml) {
        xml.set(SETTING_SERVER, access.url());
        if (access.hasPassword()) {
            xml.set(CLIENT_USER, access.userName()).set(CLIENT_PASS, access.password());
        }
        int refresh = access.bootstrap() ? BOOTSTRAP_REFRESH : DAILY_REFRESH;
        xml.set(REFRESH_TIMER, Integer.toString(refresh));
    }
}
