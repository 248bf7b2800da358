package org.openprov.vendor.audiocodes.internal;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openprov.api.generator.FileRequest;
import org.openprov.api.registry.Mac;

/**
 * Reads the names of the files OpenProv serves to AudioCodes phones.
 *
 * <p>A 400HD phone given a provisioning server without file names (DHCP option 160) fetches
 * its firmware {@code <hardware type>.img}, e.g. {@code 440HD.img}, and one configuration file,
 * {@code <MAC address>.cfg}, e.g. {@code 001122334455.cfg}. Option 160 may name the
 * configuration file with the placeholders {@code <MODEL>} and {@code <MAC>}; the manual's
 * example is {@code <MODEL>_<MAC>_conf.cfg}, fetched as {@code 440HD_001122334455_conf.cfg}
 * (400HD Series Administrator's Manual, "DHCP Automatic Provisioning Parameters"). Both names
 * are recognised and served the same file.
 *
 * <p>There is no common configuration file: the phone fetches one file, its own. The firmware
 * is not OpenProv's to serve, so {@code 440HD.img} is not recognised.
 *
 * <p>Names are matched in any case. The manual's examples are digits only; OpenProv writes the
 * MAC in lower case, as configurations deployed on these phones are named.
 */
final class AudioCodesFileNames {

    /** The device file, as the phone asks for it by default. */
    static final String DEVICE = "<mac>.cfg";
    /** The device file under the name of the manual's option 160 example. */
    static final String DEVICE_WITH_MODEL = "<MODEL>_<mac>_conf.cfg";

    private static final Pattern MAC_NAME =
            Pattern.compile("([0-9a-f]{12})\\.cfg", Pattern.CASE_INSENSITIVE);
    private static final Pattern MODEL_NAME =
            Pattern.compile("[A-Za-z0-9]{1,16}_([0-9a-f]{12})_conf\\.cfg",
                    Pattern.CASE_INSENSITIVE);

    private AudioCodesFileNames() {
    }

    /**
     * @param fileName a requested name without directory, or null
     * @param userAgentMatched whether the User-Agent names AudioCodes
     * @return the request, if the name is an AudioCodes file OpenProv serves
     */
    static Optional<FileRequest> read(String fileName, boolean userAgentMatched) {
        if (fileName == null) {
            return Optional.empty();
        }
        return mac(fileName).map(mac -> FileRequest.device(fileName, Optional.of(mac),
                userAgentMatched));
    }

    private static Optional<Mac> mac(String fileName) {
        for (Pattern pattern : new Pattern[] {MAC_NAME, MODEL_NAME}) {
            Matcher name = pattern.matcher(fileName);
            if (name.matches()) {
                // tryParse refuses 000000000000, which is Poly's master file, not a phone.
                return Mac.tryParse(name.group(1));
            }
        }
        return Optional.empty();
    }
}
