package org.openprov.vendor.mitel.internal;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openprov.api.generator.FileRequest;
import org.openprov.api.generator.ModelInfo;
import org.openprov.api.generator.ModelTable;
import org.openprov.api.registry.Mac;

/**
 * Reads the names of the three files a Mitel (Aastra) phone fetches, in this order
 * (Administrator Guide, "Configuration File Precedence"): {@code aastra.cfg}, shared by every
 * phone; {@code <model>.cfg}, shared by the phones of one model (e.g. {@code 6731i.cfg});
 * {@code <MAC>.cfg}, the phone's own, whose values override the other two. The phones write
 * the MAC in upper case; every name is matched in any case.
 *
 * <p>Some servers keep the files in a folder ({@code Aastra/<MAC>.cfg}); the endpoint hands
 * over the name without its folder, so that needs nothing here. The encrypted forms
 * ({@code aastra.tuz}, {@code <MAC>.tuz}), firmware ({@code <model>.st}) and the phone's
 * uploads ({@code <MAC>-local.cfg}) are not served: they are not recognised.
 */
final class MitelFileNames {

    /** The file every phone fetches first. */
    static final String COMMON = "aastra.cfg";
    /** The file of one model. */
    static final String MODEL = "<model>.cfg";
    /** The file of one phone. */
    static final String DEVICE = "<MAC>.cfg";

    private static final String SUFFIX = ".cfg";
    private static final Pattern DEVICE_NAME = Pattern.compile("([0-9a-f]{12})\\.cfg",
            Pattern.CASE_INSENSITIVE);

    private MitelFileNames() {
    }

    /**
     * @param fileName a requested name without directory
     * @param userAgentMatched whether the User-Agent names Mitel or Aastra
     * @param models the model table: a {@code <model>.cfg} is recognised for its models only
     * @return the request, if the name is one OpenProv serves to Mitel phones
     */
    static Optional<FileRequest> read(String fileName, boolean userAgentMatched,
            ModelTable models) {
        if (fileName == null) {
            return Optional.empty();
        }
        if (COMMON.equalsIgnoreCase(fileName) || model(fileName, models).isPresent()) {
            return Optional.of(FileRequest.common(fileName, userAgentMatched));
        }
        Matcher device = DEVICE_NAME.matcher(fileName);
        if (!device.matches()) {
            return Optional.empty();
        }
        // tryParse refuses 000000000000, broadcast and multicast: no phone has them.
        return Mac.tryParse(device.group(1))
                .map(mac -> FileRequest.device(fileName, Optional.of(mac), userAgentMatched));
    }

    /**
     * @param fileName a requested name
     * @param models the model table
     * @return the model whose {@code <model>.cfg} it is, the id compared in any case
     */
    static Optional<ModelInfo> model(String fileName, ModelTable models) {
        String lower = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (!lower.endsWith(SUFFIX)) {
            return Optional.empty();
        }
        String stem = lower.substring(0, lower.length() - SUFFIX.length());
        return models.models().stream()
                .filter(m -> m.id().toLowerCase(Locale.ROOT).equals(stem)).findFirst();
    }

    /**
     * @param mac a phone's MAC
     * @return its file's name as the phone asks for it, e.g. {@code 00085DA0B2C3.cfg}
     */
    static String deviceFile(Mac mac) {
        return mac.upper() + SUFFIX;
    }
}
