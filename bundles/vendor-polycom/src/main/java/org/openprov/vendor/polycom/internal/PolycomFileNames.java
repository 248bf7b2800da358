package org.openprov.vendor.polycom.internal;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openprov.api.generator.FileRequest;
import org.openprov.api.registry.Mac;

/**
 * Reads the names of the two files OpenProv serves to Poly phones.
 *
 * <p>A Poly phone first asks for its own master file {@code <mac>.cfg}; if that is missing it
 * reads the default master {@code 000000000000.cfg} (Poly community FAQ "What files does my
 * phone download or upload and why?"). OpenProv leaves {@code <mac>.cfg} unrecognised on
 * purpose, so every phone reads the default master, which names
 * {@code [PHONE_MAC_ADDRESS]-openprov.cfg}: the phone replaces the token by its own MAC and
 * asks for {@code <mac>-openprov.cfg}. Everything else a phone fetches or uploads
 * ({@code -phone.cfg}, {@code -web.cfg}, {@code -license.cfg}, {@code -directory.xml},
 * {@code -calls.xml}, {@code sip.ld}, logs) is not recognised and answers 404.
 */
final class PolycomFileNames {

    /** The default master file, shared by every phone. */
    static final String MASTER = "000000000000.cfg";
    /** The device file as the master file names it, with Poly's MAC token. */
    static final String DEVICE_TEMPLATE = "[PHONE_MAC_ADDRESS]-openprov.cfg";
    /** The device file as help texts name it. */
    static final String DEVICE = "<mac>-openprov.cfg";

    private static final Pattern DEVICE_NAME =
            Pattern.compile("([0-9a-f]{12})-openprov\\.cfg", Pattern.CASE_INSENSITIVE);

    private PolycomFileNames() {
    }

    /**
     * @param fileName a requested name without directory
     * @param userAgentMatched whether the User-Agent names Poly
     * @return the request, if the name is a Poly file OpenProv serves
     */
    static Optional<FileRequest> read(String fileName, boolean userAgentMatched) {
        if (MASTER.equalsIgnoreCase(fileName)) {
            return Optional.of(FileRequest.common(fileName, userAgentMatched));
        }
        Matcher device = DEVICE_NAME.matcher(fileName == null ? "" : fileName);
        if (!device.matches()) {
            return Optional.empty();
        }
        // tryParse refuses the all-zero MAC: 000000000000-openprov.cfg belongs to no phone.
        return Mac.tryParse(device.group(1))
                .map(mac -> FileRequest.device(fileName, Optional.of(mac), userAgentMatched));
    }
}
