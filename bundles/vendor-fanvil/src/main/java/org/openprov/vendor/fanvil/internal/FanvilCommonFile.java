package org.openprov.vendor.fanvil.internal;

/**
 * Writes the common file every Fanvil phone reads before its own {@code <mac>.cfg}. It is
 * served without any device, so it holds no secret and nothing of one phone: only the
 * provisioning behaviour every phone needs, digest comparison ({@link #DIGEST}).
 */
final class FanvilCommonFile {

    /**
     * {@code Auto Server Digest} in the maintenance module of the phone's export. Fanvil's
     * manuals ("Auto Provision Settings", Current Config Version) say a phone applies a
     * downloaded configuration only if its version is higher than the running one, unless it
     * "confirms the configuration by the Digest method", in which case it applies it whenever
     * it differs. OpenProv renders the same bytes for the same configuration and has no
     * counter to raise, so it asks for digest comparison; the version line stays constant.
     * That this parameter is the switch for the Digest method is read from its name and place
     * in the export, not from a parameter reference (unsure).
     */
    static final String DIGEST = "Auto Server Digest";

    private FanvilCommonFile() {
    }

    /** @return the whole file */
    static String render() {
        return digest(new FanvilCfgWriter()).render();
    }

    /**
     * @param cfg a file being written
     * @return the same writer, with digest comparison switched on
     */
    static FanvilCfgWriter digest(FanvilCfgWriter cfg) {
        return cfg.set(FanvilModules.MAINTENANCE, FanvilModules.NONE, DIGEST, 1);
    }
}
