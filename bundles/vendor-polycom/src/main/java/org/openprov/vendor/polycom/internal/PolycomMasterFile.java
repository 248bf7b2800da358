package org.openprov.vendor.polycom.internal;

/**
 * Writes the default master file {@code 000000000000.cfg}. It is served without any device,
 * so it holds no secret and nothing of one phone.
 *
 * <p>Attributes (Polycom Administrator's Guide, "Master Configuration Files"):
 * {@code APP_FILE_PATH} names the firmware image; it stays {@code sip.ld}, which OpenProv does
 * not serve, so the phone keeps the firmware it runs. {@code CONFIG_FILES} lists the
 * configuration files to read, here only the phone's own file. The directory attributes stay
 * empty, so the phone's uploads (logs, overrides, contacts) go to the root, where the endpoint
 * keeps them for registered Poly phones (PUT, see the endpoint's upload store and
 * {@code device:uploads}); overrides are kept for reading, never applied back: the
 * configuration is managed centrally.
 */
final class PolycomMasterFile {

    private PolycomMasterFile() {
    }

    /** @return the whole file */
    static String render() {
        return new PolycomXmlWriter("APPLICATION")
                .set("APP_FILE_PATH", "sip.ld")
                .set("CONFIG_FILES", PolycomFileNames.DEVICE_TEMPLATE)
                .set("MISC_FILES", "")
                .set("LOG_FILE_DIRECTORY", "")
                .set("OVERRIDES_DIRECTORY", "")
                .set("CONTACTS_DIRECTORY", "")
                .set("LICENSE_DIRECTORY", "")
                .render("OpenProv default master file; each phone reads its own"
                        + " <mac>-openprov.cfg");
    }
}
