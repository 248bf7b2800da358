package org.openprov.vendor.mitel.internal;

/**
 * Writes the shared files {@code aastra.cfg} and {@code <model>.cfg}. They are served
 * without any device, so they hold no secret and nothing of one phone.
 *
 * <p>They are kept to comments: every value OpenProv manages is written in the phone's own
 * {@code <MAC>.cfg}, which the phone reads last and which overrides both (Administrator
 * Guide, "Configuration File Precedence"), so a parameter here would only be one more place
 * to look for a value the device file sets anyway. The files are still served, because the
 * phone asks for them on every start.
 */
final class MitelCommonFile {

    private MitelCommonFile() {
    }

    /** @return {@code aastra.cfg} */
    static String common() {
        return new MitelCfgWriter("common file " + MitelFileNames.COMMON)
                .comment("OpenProv common file for Mitel (Aastra) SIP phones.")
                .comment("Each phone's settings are in its own <MAC>.cfg.")
                .text();
    }

    /**
     * @param model the model id from the model table
     * @return that model's {@code <model>.cfg}
     */
    static String model(String model) {
        return new MitelCfgWriter("common file " + model + ".cfg")
                .comment("OpenProv file for Mitel (Aastra) " + model + " phones.")
                .comment("Each phone's settings are in its own <MAC>.cfg.")
                .text();
    }
}
