package org.openprov.endpoint.internal;

import java.util.Locale;
import java.util.Optional;

/**
 * The files a Poly phone uploads to its provisioning server, each named {@code <mac><suffix>}
 * (Poly community FAQ "What files does my phone download or upload and why?"; Polycom UC
 * Software Administrator's Guide, "Set Up the Provisioning Server"). OpenProv's master file
 * leaves the upload directories empty, so the phone puts them beside its configuration, under
 * {@code /prov/}. {@code <mac>-license.cfg} is only ever downloaded, so it is not a kind.
 */
public enum UploadKind {

    /** What the updater logged while the phone booted. */
    BOOT_LOG("boot-log", "-boot.log", false),
    /** What the phone application logged; uploaded periodically and on reboot. */
    APP_LOG("app-log", "-app.log", false),
    /** Settings changed on the phone's own menus; may hold SIP and admin passwords. */
    PHONE_CFG("phone-cfg", "-phone.cfg", true),
    /** Settings changed in the phone's web interface; may hold passwords too. */
    WEB_CFG("web-cfg", "-web.cfg", true),
    /** The phone's local contact directory. */
    DIRECTORY("directory", "-directory.xml", false),
    /** The phone's call lists (missed, received, placed), read back at the next boot. */
    CALLS("calls", "-calls.xml", false);

    private final String id;
    private final String suffix;
    private final boolean secret;

    UploadKind(String id, String suffix, boolean secret) {
        this.id = id;
        this.suffix = suffix;
        this.secret = secret;
    }

    /** @return the short name used for the folder and at the console, e.g. {@code app-log} */
    public String id() {
        return id;
    }

    /** @return what follows the MAC in the uploaded file's name, e.g. {@code -app.log} */
    public String suffix() {
        return suffix;
    }

    /** @return whether the file may hold passwords, so that it is never printed */
    public boolean secret() {
        return secret;
    }

    /**
     * @param fileName a requested file name
     * @return the kind whose suffix ends the name, in any case
     */
    static Optional<UploadKind> ofFileName(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        for (UploadKind kind : values()) {
            if (lower.endsWith(kind.suffix)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    /**
     * @param id a kind's id as typed at the console, in any case
     * @return the kind, if there is one of that id
     */
    public static Optional<UploadKind> ofId(String id) {
        for (UploadKind kind : values()) {
            if (kind.id.equalsIgnoreCase(id)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
