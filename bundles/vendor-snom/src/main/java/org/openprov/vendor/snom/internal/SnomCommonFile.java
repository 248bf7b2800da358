package org.openprov.vendor.snom.internal;

/**
 * Writes the common file {@code snom<model>.htm} that every phone of a type fetches before its
 * own {@code snom<model>-<MAC>.htm}. It is served without any device, so it holds no secret and
 * nothing of one phone: a settings document without settings. Every value OpenProv manages is
 * set per device; a value put here would be one more place to look for what the device file
 * sets anyway.
 */
final class SnomCommonFile {

    private SnomCommonFile() {
    }

    /**
     * @param model the phone type from the file name, letters and digits only
     * @return the file
     */
    static String render(String model) {
        return new SnomXmlWriter().render("OpenProv common file for Snom " + model
                + " phones; each phone's settings are in snom" + model + "-<MAC>.htm");
    }
}
