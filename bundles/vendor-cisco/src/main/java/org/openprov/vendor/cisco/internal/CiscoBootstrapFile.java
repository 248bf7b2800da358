package org.openprov.vendor.cisco.internal;

import java.util.Optional;
import org.openprov.api.generator.ModelInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the bootstrap file a phone fetches through its factory profile rule
 * ({@code spa$PSN.cfg}, {@code $PSN.xml}, {@code ata191.cfg}). It holds one parameter and no
 * secret: {@code Profile_Rule_B}, the URL of the phone's own file, {@code <base>/$MA.xml},
 * where {@code $MA} is "MAC address using lower case hex digits" (provisioning guides, "Macro
 * Expansion Variables").
 *
 * <p>Why {@code Profile_Rule_B}: the four profile rules "are executed sequentially after the
 * primary Profile Rule resync operation has completed" (SPA100 administration guide), so the
 * phone fetches its own file in the same resync that fetched this one, and the factory
 * {@code Profile_Rule} keeps pointing at this bootstrap. {@code Profile_Rule_C} and
 * {@code _D} are left as they are.
 *
 * <p>The URL must be absolute: in a rule without a scheme "tftp is assumed", and without a
 * server the one from DHCP option 66 is used. OpenProv cannot know how phones reach it, so
 * the base comes from the configuration ({@link CiscoGeneratorConfig#profileBaseUrl()}); when
 * it is not set, the file is served without the rule and every fetch logs a warning.
 *
 * <p>When the endpoint gives phones their fetch access, the phone's own file replaces
 * {@code Profile_Rule} by a rule that fetches that file with its credentials and empties
 * {@code Profile_Rule_B} ({@link CiscoAccess}), so this bootstrap is read at first contact
 * only and never holds a credential.
 */
final class CiscoBootstrapFile {

    private static final Logger LOG = LoggerFactory.getLogger(CiscoBootstrapFile.class);

    private CiscoBootstrapFile() {
    }

    /**
     * @param model the model whose bootstrap is asked for
     * @param family its family
     * @param base the configured base URL, already checked and macro-escaped, if any
     * @return the file
     */
    static String render(ModelInfo model, CiscoFamily family, Optional<String> base) {
        FlatProfile profile = new FlatProfile(family);
        if (base.isPresent()) {
            profile.set("Profile_Rule_B", base.get() + "/$MA.xml");
        } else {
            LOG.warn("Cisco bootstrap for {} served without Profile_Rule_B: set profileBaseUrl"
                    + " in etc/{}.cfg so phones find their own file", model.displayName(),
                    CiscoGenerator.CONFIGURATION_PID);
            profile.comment("profileBaseUrl is not configured: this phone is not pointed at its"
                    + " own file.");
        }
        return profile.render("OpenProv bootstrap for Cisco " + model.displayName()
                + ": it points the phone at its own file, <mac>.xml. No secrets.");
    }
}
