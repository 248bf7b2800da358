package org.openprov.vendor.fanvil.internal;

import java.util.Optional;
import java.util.regex.Pattern;
import org.openprov.api.generator.FileRequest;
import org.openprov.api.registry.Mac;

/**
 * Reads the names of the two files OpenProv serves to Fanvil phones.
 *
 * <p>A Fanvil phone first asks for its hardware's common file, then for its own
 * {@code <mac>.cfg} (Fanvil auto provisioning: "Download CommonConf", then the device file).
 * The common file's name encodes the hardware, in either case of the leading {@code f}:
 * {@code f0C00620000.cfg} (C62), {@code F0V00X600000.cfg} (X6), {@code f0X4hw1.100.cfg} (X4),
 * {@code F0V0V6500000.cfg} (V65). Since OpenProv writes one common file for every model, any
 * such name is recognised without a list of hardware ids: {@code f0}, 5 to 30 letters, digits
 * or dots, {@code .cfg}. A name that is also a MAC ({@code f0a1b2c3d4e5.cfg}) is a device file.
 *
 * <p>Not recognised, so answered 404: the firmware descriptors newer firmware asks its upgrade
 * server for ({@code fanvil_x5u_v2_hwv2_0.txt}, holding {@code Version=} and {@code Firmware=}
 * lines, Fanvil user manuals "Upgrade server"); OpenProv serves no firmware, and a 404 tells
 * the phone there is none newer.
 */
final class FanvilFileNames {

    /** The common file as help texts name it. */
    static final String COMMON = "f0<hardware id>.cfg";
    /** The device file as help texts name it; Fanvil writes the MAC in lower case. */
    static final String DEVICE = "<mac>.cfg";

    private static final Pattern COMMON_NAME =
            Pattern.compile("f0[0-9a-z.]{5,30}\\.cfg", Pattern.CASE_INSENSITIVE);
    private static final Pattern DEVICE_NAME =
            Pattern.compile("[0-9a-f]{12}\\.cfg", Pattern.CASE_INSENSITIVE);
    private static final int MAC_LENGTH = 12;

    private FanvilFileNames() {
    }

    /**
     * @param mac a device's MAC
     * @return its device file's name, e.g. {@code 0c383ea1b2c3.cfg}
     */
    static String deviceFile(Mac mac) {
        return mac.hex() + ".cfg";
    }

    /**
     * @param fileName a requested name without directory
     * @param userAgentMatched whether the User-Agent names Fanvil
     * @return the request, if the name is a Fanvil file OpenProv serves
     */
    static Optional<FileRequest> read(String fileName, boolean userAgentMatched) {
        if (fileName == null) {
            return Optional.empty();
        }
        if (DEVICE_NAME.matcher(fileName).matches()) {
            // tryParse refuses 000000000000 (Poly's master file) and multicast addresses.
            return Mac.tryParse(fileName.substring(0, MAC_LENGTH)).map(mac ->
                    FileRequest.device(fileName, Optional.of(mac), userAgentMatched));
        }
        if (COMMON_NAME.matcher(fileName).matches()) {
            return Optional.of(FileRequest.common(fileName, userAgentMatched));
        }
        return Optional.empty();
    }
}
