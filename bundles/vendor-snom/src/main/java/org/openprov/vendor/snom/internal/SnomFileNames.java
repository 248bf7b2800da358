package org.openprov.vendor.snom.internal;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openprov.api.generator.FileRequest;
import org.openprov.api.registry.Mac;

/**
 * Reads the names of the files OpenProv serves to Snom phones, in any letter case.
 *
 * <p>A phone whose setting server URL names no file asks for {@code <phoneType>.htm}, then for
 * {@code <phoneType>-<MAC>.htm}, e.g. {@code snomD345.htm} and
 * {@code snomD345-000413A11FA7.htm} (Snom wiki, "Auto Provisioning"); Snom writes the MAC in
 * upper case. A setting server URL can also name a file with Snom's {@code {mac}} placeholder,
 * which the phone fills in; {@code <MAC>.xml} is served for that form (Snom wiki, "Desk Phone
 * Configuration Files", shows {@code https://my.pbx.com/{mac}}).
 *
 * <p>The firmware pointer {@code snom<model>-firmware.xml}, language files and firmware images
 * are not recognised: they answer 404 (see {@code SnomSettings} for firmware).
 */
final class SnomFileNames {

    /** The common file as help texts name it. */
    static final String COMMON = "snom<model>.htm";
    /** The device's list file as help texts name it. */
    static final String DEVICE_HTM = "snom<model>-<mac>.htm";
    /** The device's settings file as help texts name it. */
    static final String DEVICE_XML = "<mac>.xml";

    /** A Snom phone type as it appears after "snom": D785, 710, 320, D3, PA1. */
    static final String MODEL = "[A-Za-z]{0,4}[0-9]{1,4}[A-Za-z]{0,4}";

    private static final Pattern COMMON_NAME = Pattern.compile("snom(" + MODEL + ")\\.htm",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DEVICE_HTM_NAME = Pattern.compile(
            "snom(" + MODEL + ")-([0-9a-f]{12})\\.htm", Pattern.CASE_INSENSITIVE);
    private static final Pattern DEVICE_XML_NAME = Pattern.compile("([0-9a-f]{12})\\.xml",
            Pattern.CASE_INSENSITIVE);

    private SnomFileNames() {
    }

    /**
     * @param fileName a requested name without directory
     * @param userAgentMatched whether the User-Agent names Snom
     * @return the request, if the name is a Snom file OpenProv serves
     */
    static Optional<FileRequest> read(String fileName, boolean userAgentMatched) {
        String name = fileName == null ? "" : fileName;
        if (COMMON_NAME.matcher(name).matches()) {
            return Optional.of(FileRequest.common(name, userAgentMatched));
        }
        Matcher htm = DEVICE_HTM_NAME.matcher(name);
        Matcher xml = DEVICE_XML_NAME.matcher(name);
        String hex = htm.matches() ? htm.group(2) : xml.matches() ? xml.group(1) : null;
        if (hex == null) {
            return Optional.empty();
        }
        // tryParse refuses the all-zero and multicast MACs, which belong to no phone.
        return Mac.tryParse(hex)
                .map(mac -> FileRequest.device(name, Optional.of(mac), userAgentMatched));
    }

    /**
     * @param fileName a name {@link #read} took for a common or {@code .htm} device file
     * @return the phone type it names, as written after "snom", e.g. {@code D785}
     */
    static Optional<String> model(String fileName) {
        String name = fileName == null ? "" : fileName;
        Matcher common = COMMON_NAME.matcher(name);
        if (common.matches()) {
            return Optional.of(common.group(1));
        }
        Matcher htm = DEVICE_HTM_NAME.matcher(name);
        return htm.matches() ? Optional.of(htm.group(1)) : Optional.empty();
    }

    /**
     * @param mac a device
     * @return its settings file as Snom names it, e.g. {@code 000413A1B2C3.xml}
     */
    static String deviceXml(Mac mac) {
        return mac.upper() + ".xml";
    }
}
