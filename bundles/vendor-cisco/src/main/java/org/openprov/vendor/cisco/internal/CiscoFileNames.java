package org.openprov.vendor.cisco.internal;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openprov.api.generator.FileRequest;
import org.openprov.api.generator.ModelInfo;
import org.openprov.api.generator.ModelTable;
import org.openprov.api.registry.Mac;

/**
 * Reads the names of the files OpenProv serves to Cisco phones, in any case.
 *
 * <p>Bootstrap files, shared by every phone of a model and free of secrets, answer a phone's
 * factory profile rule (the {@code $PSN} macro is the product series number):
 * <ul>
 * <li>SPA: {@code Profile_Rule} "Default setting: /spa$PSN.cfg" (SPA100/SPA500 provisioning
 * guides), e.g. {@code spa504G.cfg}, {@code spa942.cfg}, {@code spa122.cfg};</li>
 * <li>MPP: "Default: /$PSN.xml" (8800 MPP administration guide). The guide's macro table gives
 * {@code PN} = {@code CP-8841-3PCC}; deployed servers answer {@code 8841-3PCC.xml}, and
 * {@code CP-8841-3PCC.xml} is also seen, so both are served;</li>
 * <li>ATA191 on MPP firmware: {@code ata191.cfg}, the name Wazo's plug-in serves.</li>
 * </ul>
 * A bootstrap name is recognised only for a model of the table and of the matching family.
 *
 * <p>The device file {@code <mac>.xml}, MAC in lower case as Cisco's {@code $MA} macro writes
 * it, is the same for both families; the bootstrap points the phone at it.
 */
final class CiscoFileNames {

    /** The SPA bootstrap, as help texts name it. */
    static final String SPA_BOOTSTRAP = "spa<psn>.cfg";
    /** The MPP bootstrap in its two forms, as help texts name them. */
    static final String MPP_BOOTSTRAP = "<model>-3PCC.xml";
    static final String MPP_BOOTSTRAP_PN = "CP-<model>-3PCC.xml";
    /** The ATA191 bootstrap. */
    static final String ATA_BOOTSTRAP = "ata191.cfg";
    /** The device file. */
    static final String DEVICE = "<mac>.xml";

    private static final Pattern DEVICE_NAME =
            Pattern.compile("([0-9a-f]{12})\\.xml", Pattern.CASE_INSENSITIVE);
    private static final Pattern SPA_NAME =
            Pattern.compile("spa([0-9a-z]{2,8})\\.cfg", Pattern.CASE_INSENSITIVE);
    private static final Pattern MPP_NAME =
            Pattern.compile("(?:cp-)?([0-9]{4})-3pcc\\.xml", Pattern.CASE_INSENSITIVE);
    private static final Pattern ATA_NAME =
            Pattern.compile("(ata19[0-9])\\.cfg", Pattern.CASE_INSENSITIVE);

    private CiscoFileNames() {
    }

    /** @return the names for help texts, {@code <mac>} standing for the MAC */
    static List<String> all() {
        return List.of(SPA_BOOTSTRAP, MPP_BOOTSTRAP, MPP_BOOTSTRAP_PN, ATA_BOOTSTRAP, DEVICE);
    }

    /**
     * @param fileName a requested name without directory
     * @param userAgent what the request's User-Agent says
     * @param models the model table
     * @return the request, if the name is a Cisco file OpenProv serves
     */
    static Optional<FileRequest> read(String fileName, CiscoUserAgent.Reading userAgent,
            ModelTable models) {
        if (fileName == null) {
            return Optional.empty();
        }
        if (bootstrapModel(fileName, models).isPresent()) {
            return Optional.of(FileRequest.common(fileName, userAgent.matched()));
        }
        Matcher device = DEVICE_NAME.matcher(fileName);
        if (!device.matches()) {
            return Optional.empty();
        }
        // tryParse refuses 000000000000 and multicast addresses, which name no phone. Every
        // device name Cisco phones ask for carries the MAC ($MA), so the User-Agent's MAC is
        // never needed here; the endpoint compares it with the device's as a hint.
        return Mac.tryParse(device.group(1)).map(mac -> FileRequest.device(fileName,
                Optional.of(mac), userAgent.matched()));
    }

    /**
     * @param fileName a requested name
     * @param models the model table
     * @return the model whose bootstrap the name is, if it is one
     */
    static Optional<ModelInfo> bootstrapModel(String fileName, ModelTable models) {
        Matcher spa = SPA_NAME.matcher(fileName);
        if (spa.matches()) {
            return model(models, "SPA" + spa.group(1), CiscoFamily.SPA);
        }
        Matcher mpp = MPP_NAME.matcher(fileName);
        if (mpp.matches()) {
            return model(models, mpp.group(1), CiscoFamily.MPP);
        }
        Matcher ata = ATA_NAME.matcher(fileName);
        return ata.matches() ? model(models, ata.group(1), CiscoFamily.MPP) : Optional.empty();
    }

    private static Optional<ModelInfo> model(ModelTable models, String name,
            CiscoFamily family) {
        return models.find(name)
                .filter(m -> CiscoFamily.of(m).filter(family::equals).isPresent());
    }
}
