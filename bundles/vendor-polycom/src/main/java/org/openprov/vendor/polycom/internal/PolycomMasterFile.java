package org.openprov.vendor.polycom.internal;

/**
 * Writes the default master file {@code 000000000000.cfg}. It is served without any device,
 * so it holds no secret and nothing of one phone.
 *
 * <p>Attributes (Polycom Administrator's Guide, "Master Configuration Files"):
 * {@code APP_FILE_PATH} names the firmware image; it stays {@code sip.ld}, which OpenProv does
 * not serve, so the phone keeps the firmware it runs. {@code CONFIG_FILES} lists the
 * configuration files to read, here only the phone's own file. The directory attributes stay
 * empty: OpenProv keeps no logs, overrides, contacts or licences, so the phone's uploads go to
 * the root, where no generator recognises them and the endpoint answers 404. Poly's FAQ warns
 * that a phone which cannot upload its overrides may not keep settings changed on the phone;
 * with OpenProv the configuration is managed centrally, so that is the intended behaviour.
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
