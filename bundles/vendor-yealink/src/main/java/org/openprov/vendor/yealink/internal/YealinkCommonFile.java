package org.openprov.vendor.yealink.internal;

/**
 * Writes the common file {@code y0000000000XX.cfg} that every phone of a firmware family
 * fetches before its own {@code <mac>.cfg}. It is served without any device, so it holds no
 * secret and nothing of one phone.
 *
 * <p>It is kept to the version line and comments: every value OpenProv manages is set per
 * device, and the phone applies the common file first and the MAC file second (Yealink Auto
 * Provisioning Guide, "Common CFG File" / "MAC-Oriented CFG File"), so a parameter put here
 * would be one more place to look for a value the device file overrides anyway.
 */
final class YealinkCommonFile {

    private YealinkCommonFile() {
    }

    /**
     * @param family the firmware family id from the file name, digits only
     * @return the file
     */
    static String render(String family) {
        return new YealinkCfgWriter()
                .comment("OpenProv common file for Yealink firmware family " + family + ".")
                .comment("Each phone's settings are in its own <mac>.cfg.")
                .text();
    }
}
