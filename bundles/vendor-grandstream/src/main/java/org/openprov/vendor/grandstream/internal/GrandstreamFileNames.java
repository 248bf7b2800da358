package org.openprov.vendor.grandstream.internal;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openprov.api.generator.FileRequest;
import org.openprov.api.generator.ModelInfo;
import org.openprov.api.generator.ModelTable;
import org.openprov.api.registry.Mac;

/**
 * Reads the names of the files Grandstream phones ask for. At boot a phone asks, in order, for
 * {@code cfg<mac>} (the legacy binary file, {@code cfg<mac>.bin} in newer documents), then
 * {@code cfg<mac>.xml}, and if that fails {@code cfg<model>.xml} (newer firmware, e.g.
 * {@code cfggxp2170.xml}) and {@code cfg.xml} (Grandstream's SIP Device Provisioning Guide;
 * GXP21xx user manual: the file names "should be in lower case letters").
 *
 * <ul>
 * <li>{@code cfg<mac>.xml} is the device file; the MAC comes from the name.</li>
 * <li>{@code cfg<model>.xml}, for a model of the table, and {@code cfg.xml} are common files.</li>
 * <li>{@code cfg<mac>} and {@code cfg<mac>.bin} are recognised as Grandstream's and answered
 * as not served: {@link #read} returns empty, so the endpoint answers 404, and the phone goes
 * on to the XML file. OpenProv does not write the binary format, which is encoded by
 * Grandstream's own tool.</li>
 * </ul>
 * Names are matched in any case; OpenProv writes the MAC in lower case, as the phones ask.
 */
final class GrandstreamFileNames {

    /** The device file, as help texts name it. */
    static final String DEVICE = "cfg<mac>.xml";
    /** The common file of a model, as help texts name it. */
    static final String MODEL = "cfg<model>.xml";
    /** The common file of every model. */
    static final String COMMON = "cfg.xml";

    private static final Pattern DEVICE_NAME =
            Pattern.compile("cfg([0-9a-f]{12})\\.xml", Pattern.CASE_INSENSITIVE);
    private static final Pattern BINARY_NAME =
            Pattern.compile("cfg([0-9a-f]{12})(\\.bin)?", Pattern.CASE_INSENSITIVE);
    private static final Pattern MODEL_NAME =
            Pattern.compile("cfg([a-z0-9_-]{2,32})\\.xml", Pattern.CASE_INSENSITIVE);

    private final ModelTable models;

    /** @param models the model table, whose models have a common file each */
    GrandstreamFileNames(ModelTable models) {
        this.models = models;
    }

    /**
     * @param fileName a requested name without directory
     * @param userAgentMatched whether the User-Agent names Grandstream
     * @return the request, if the name is a Grandstream file OpenProv serves
     */
    Optional<FileRequest> read(String fileName, boolean userAgentMatched) {
        String name = fileName == null ? "" : fileName;
        if (COMMON.equalsIgnoreCase(name) || model(name).isPresent()) {
            return Optional.of(FileRequest.common(name, userAgentMatched));
        }
        Matcher device = DEVICE_NAME.matcher(name);
        if (device.matches()) {
            // tryParse refuses the all-zero, broadcast and multicast MACs: no phone has them.
            return Mac.tryParse(device.group(1))
                    .map(mac -> FileRequest.device(name, Optional.of(mac), userAgentMatched));
        }
        return Optional.empty();
    }

    /**
     * @param fileName a requested name
     * @return whether it is the legacy binary file, which is Grandstream's but not served
     */
    static boolean binary(String fileName) {
        return fileName != null && BINARY_NAME.matcher(fileName).matches();
    }

    /**
     * @param fileName a requested name
     * @return the model whose common file it is, if any
     */
    Optional<ModelInfo> model(String fileName) {
        Matcher model = MODEL_NAME.matcher(fileName == null ? "" : fileName);
        if (!model.matches() || DEVICE_NAME.matcher(fileName).matches()) {
            return Optional.empty();
        }
        return models.find(model.group(1));
    }
}
