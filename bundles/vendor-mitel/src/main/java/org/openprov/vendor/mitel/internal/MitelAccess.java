package org.openprov.vendor.mitel.internal;

import java.net.URI;
import java.util.Locale;
import org.openprov.api.settings.ProvisioningAccess;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes where and how the phone fetches its files from OpenProv ({@link ProvisioningAccess}),
 * so a phone learns its fetch credentials from its first-contact file and picks up new ones
 * from every later file.
 *
 * <p>Mitel phones keep the configuration server in parts (Aastra SIP IP Phone Administrator
 * Guide, "Network Settings": Download Protocol, HTTP Server, HTTP Path, HTTP Port, HTTPS
 * Server, HTTPS Path, HTTPS Port), so the access URL is split:
 *
 * <table>
 * <caption>Fetch access to Mitel parameters</caption>
 * <tr><th>part</th><th>parameters</th></tr>
 * <tr><td>scheme</td><td>{@code download protocol}: {@code HTTP} or {@code HTTPS}</td></tr>
 * <tr><td>host, path, port</td><td>{@code http server}, {@code http path},
 * {@code http port}, or the three {@code https ...} ones: the host as in the URL, the path
 * without its first and last {@code /} (deployed files write {@code http path: prov}), the
 * port of the URL or the scheme's own, 80 or 443</td></tr>
 * <tr><td>user name and password, when fetches need them</td><td>{@code http digest username},
 * {@code http digest password}: "the username [password] to use for HTTP/HTTPS digest
 * authentication", up to 40 and 20 characters (Administrator Guide 41-001343-02, appendix A,
 * "HTTP/HTTPS Authentication Support for BroadSoft CMS")</td></tr>
 * <tr><td>full file: check daily</td><td>{@code auto resync mode} {@value #RESYNC_MODE}:
 * "Configuration Files (1) - Updates the configuration files on the IP phone automatically
 * at the specified time if the files on the server have changed" (Administrator Guide
 * 41-001343-02, appendix A; the default is 0, "Disable auto-resync")</td></tr>
 * </table>
 *
 * <p>Why the full file turns the resync on: a phone that fetches only when it restarts may
 * sleep through the overlap of a credential rotation ({@code access:rotate}, 7 days by
 * default) and then be refused. With the resync on, the phone checks each day at its
 * {@code auto resync time}, every {@code auto resync days} days, whose default 0 "causes the
 * phone to checksync every time the clock reads the proper time". Neither is written: the
 * release note that brought {@code auto resync days} lists it for {@code aastra.cfg} only, and
 * the phone's own time of day serves. A resync that finds changed files restarts the phone
 * (when it is idle), which is also what applies new digest credentials. Mode 1 leaves
 * firmware out of the resync; an operator who wants both (3) gives
 * {@code raw.mitel.auto_resync_mode}, which replaces it.
 *
 * <p>No bootstrap parameter: the phone checks its server again only at a time of day, with
 * no interval of minutes, so a first-contact file cannot ask it to come back soon. The guide
 * also says the phone must restart after the digest parameters change: a phone that received
 * its access fetches with it from its next start (unsure whether a changed server is used
 * before a restart). The credentials are left as they are when fetches need none. Each
 * parameter may be replaced by a raw setting ({@code raw.mitel.https_port}, ...), written
 * last; the password one counts as a secret there too.
 *
 * <p>Assumed, to be checked on a real phone: that {@code auto resync mode} is honoured from
 * the phone's own {@code <MAC>.cfg} (the guide lists it for all three files) and that the
 * phone's default {@code auto resync time} is a valid time of day.
 */
final class MitelAccess {

    /** The longest digest password the guide allows. */
    static final int MAX_PASSWORD = 20;
    /** Resyncs the configuration files only, at the phone's resync time each day. */
    static final int RESYNC_MODE = 1;

    private static final Logger LOG = LoggerFactory.getLogger(MitelAccess.class);

    private MitelAccess() {
    }

    /**
     * @param access where and how the phone fetches
     * @param owner the device, for the log
     * @param cfg where to write
     */
    static void write(ProvisioningAccess access, String owner, MitelCfgWriter cfg) {
        URI url = URI.create(access.url());
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || url.getHost() == null) {
            // The URL may hold the token: name the scheme only.
            LOG.warn("{}: the provisioning URL is not an HTTP or HTTPS URL with a host (scheme"
                    + " '{}'); the fetch access is left out", owner, scheme);
            return;
        }
        cfg.blank().set("download protocol", scheme.toUpperCase(Locale.ROOT))
                .set(scheme + " server", url.getHost())
                .set(scheme + " path", path(url))
                .set(scheme + " port", port(url, scheme));
        if (access.hasPassword()) {
            writeCredentials(access, owner, cfg);
        }
        if (!access.bootstrap()) {
            cfg.set("auto resync mode", RESYNC_MODE);
        }
    }

    private static void writeCredentials(ProvisioningAccess access, String owner,
            MitelCfgWriter cfg) {
        if (access.password().length() > MAX_PASSWORD) {
            LOG.warn("{}: the fetch password is longer than the {} characters Mitel phones"
                    + " take", owner, MAX_PASSWORD);
        }
        cfg.set("http digest username", access.userName())
                .secret("http digest password", access.password());
    }

    private static String path(URI url) {
        String path = url.getRawPath() == null ? "" : url.getRawPath();
        int start = path.startsWith("/") ? 1 : 0;
        int end = path.endsWith("/") && path.length() > start ? path.length() - 1
                : path.length();
        return path.substring(start, Math.max(start, end));
    }

    private static int port(URI url, String scheme) {
        if (url.getPort() >= 0) {
            return url.getPort();
        }
        return scheme.equals("https") ? 443 : 80;
    }
}
