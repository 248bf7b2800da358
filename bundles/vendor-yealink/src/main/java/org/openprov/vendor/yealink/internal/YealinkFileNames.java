package org.openprov.vendor.yealink.internal;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openprov.api.generator.FileRequest;
import org.openprov.api.registry.Mac;

/**
 * Reads the names of the two files OpenProv serves to Yealink phones.
 *
 * <p>Yealink phones of firmware 81 and later ask, in order, for {@code <mac>.boot},
 * {@code y000000000000.boot}, then the legacy pair {@code y0000000000XX.cfg} and
 * {@code <mac>.cfg} (Yealink Auto Provisioning Guide, "Boot Files"). The boot files are not
 * recognised on purpose: once a boot file exists the phone never falls back to the
 * {@code .cfg} pair. Uploads such as {@code <mac>-local.cfg} and {@code <mac>-contact.xml}
 * are not recognised either; they answer 404.
 *
 * <p>Yealink writes the MAC in lower case; names are matched in any case.
 */
final class YealinkFileNames {

    /** The common file: {@code y} and the family id left-padded with zeros to 12 digits. */
    static final String COMMON = "y0000000000XX.cfg";
    /** The device file. */
    static final String DEVICE = "<mac>.cfg";

    /*
     * Families of two digits give y0000000000XX.cfg (y000000000096.cfg); the T3 and T4U
     * families have three (124, 108), so their phones ask for y000000000124.cfg.
     */
    private static final Pattern COMMON_NAME =
            Pattern.compile("y(\\d{12})\\.cfg", Pattern.CASE_INSENSITIVE);
    private static final Pattern DEVICE_NAME =
            Pattern.compile("([0-9a-f]{12})\\.cfg", Pattern.CASE_INSENSITIVE);

    private YealinkFileNames() {
    }

    /**
     * @param fileName a requested name without directory
     * @param userAgentMatched whether the User-Agent names Yealink
     * @return the request, if the name is a Yealink file OpenProv serves
     */
    static Optional<FileRequest> read(String fileName, boolean userAgentMatched) {
        if (fileName == null) {
            return Optional.empty();
        }
        if (COMMON_NAME.matcher(fileName).matches()) {
            return Optional.of(FileRequest.common(fileName, userAgentMatched));
        }
        Matcher device = DEVICE_NAME.matcher(fileName);
        if (!device.matches()) {
            return Optional.empty();
        }
        // tryParse refuses 000000000000: that name is Poly's master file, not a phone.
        return Mac.tryParse(device.group(1))
                .map(mac -> FileRequest.device(fileName, Optional.of(mac), userAgentMatched));
    }

    /**
     * @param commonName a name {@link #read} took for a common file
     * @return its family id without leading zeros, e.g. {@code 96}; empty if not a common name
     */
    static Optional<String> family(String commonName) {
        Matcher common = COMMON_NAME.matcher(commonName == null ? "" : commonName);
        if (!common.matches()) {
            return Optional.empty();
        }
        String digits = common.group(1).replaceFirst("^0+", "");
        return Optional.of(digits.isEmpty() ? "0" : digits);
    }
}
