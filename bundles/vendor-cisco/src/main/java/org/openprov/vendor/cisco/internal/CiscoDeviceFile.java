package org.openprov.vendor.cisco.internal;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SortedMap;
import org.openprov.api.generator.ModelInfo;
import org.openprov.api.registry.Device;
import org.openprov.api.registry.SipLine;
import org.openprov.api.settings.DeviceConfig;
import org.openprov.api.settings.ProvisioningAccess;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes one phone's {@code <mac>.xml} from its resolved configuration, in the format of the
 * model's family, in this order: its SIP accounts with their per-account settings
 * ({@link CiscoLines}), the device-wide settings ({@link CiscoSettings}), the line keys
 * ({@link CiscoKeys}), and last the raw settings {@code raw.cisco.<name>}.
 *
 * <p>Raw settings win: each is written as {@code <name>value</name>} at the end of the file,
 * and a raw name equal to an element written above replaces it, so the file still has one
 * element per parameter (Cisco would apply the last of two anyway: "the last such occurrence
 * overrides"). Names are compared exactly, as Cisco's tags are case-sensitive; a name that
 * cannot be an XML element name (one starting with a digit, a dot or a dash) is left out with
 * a warning.
 *
 * <p>When the endpoint gives the phone its fetch access ({@code config.access()}), the access
 * is written after the keys and before the raw settings ({@link CiscoAccess}); a raw setting
 * of a profile rule that carries the access is then left out with a warning. A first-contact
 * bootstrap holds the access alone: no account, no setting, no key, no raw setting, whatever
 * the configuration handed over.
 */
final class CiscoDeviceFile {

    private static final Logger LOG = LoggerFactory.getLogger(CiscoDeviceFile.class);

    private final DeviceConfig config;
    private final Device device;
    private final Optional<ModelInfo> model;
    private final CiscoFamily family;
    private final Instant now;
    private final FlatProfile profile;

    /**
     * @param config the phone's resolved configuration
     * @param model its row in the model table, if known
     * @param now the instant whose time-zone rules apply
     */
    CiscoDeviceFile(DeviceConfig config, Optional<ModelInfo> model, Instant now) {
        this.config = config;
        this.device = config.device();
        this.model = model;
        this.family = model.flatMap(CiscoFamily::of).orElseGet(this::guessedFamily);
        this.now = now;
        this.profile = new FlatProfile(family);
    }

    /** @return the whole file */
    String render() {
        Optional<ProvisioningAccess> access = config.access();
        if (access.filter(ProvisioningAccess::bootstrap).isPresent()) {
            CiscoAccess.write(access.get(), profile);
            return profile.render("OpenProv first-contact file of " + device.mac()
                    + ": where to fetch the full configuration, nothing else");
        }
        config.problems().forEach(problem -> LOG.warn("Device {}: {}", device.mac(), problem));
        List<SipLine> lines = new CiscoLines(config, model, family, profile).write();
        new CiscoSettings(config, family, now, profile).write();
        if (model.isPresent()) {
            new CiscoKeys(device.mac(), model.get(), family, lines, profile)
                    .write(config.keys());
        } else if (!config.keys().isEmpty()) {
            LOG.warn("Device {}: its model is not in the Cisco model table, so where its keys"
                    + " go is unknown; {} key(s) left out", device.mac(), config.keys().size());
        }
        access.ifPresent(a -> CiscoAccess.write(a, profile));
        writeRaw(config.raw(CiscoGenerator.VENDOR_ID), access.isPresent());
        return profile.render("OpenProv configuration of " + device.mac() + " ("
                + model.map(ModelInfo::id).orElse("model not in the table") + ", "
                + family.name() + " firmware)");
    }

    /**
     * A model the table no longer has (the bundle was updated) is written in the family its
     * name suggests, so the phone keeps its accounts; its keys are left out.
     */
    private CiscoFamily guessedFamily() {
        CiscoFamily guess = device.model().toUpperCase(Locale.ROOT).startsWith("SPA")
                ? CiscoFamily.SPA : CiscoFamily.MPP;
        LOG.warn("Device {}: model {} is not in the Cisco model table; its file is written for"
                + " {} firmware", device.mac(), device.model().replaceAll("\\p{Cc}", "?"),
                guess.name());
        return guess;
    }

    private void writeRaw(SortedMap<String, String> raw, boolean accessWritten) {
        if (raw.isEmpty()) {
            return;
        }
        profile.blank().comment("Raw settings: written last; each replaces an element of the"
                + " same name above.");
        raw.forEach((name, value) -> {
            if (!FlatProfile.isName(name)) {
                LOG.warn("Device {}: raw setting name '{}' cannot be a Cisco element name;"
                        + " left out", device.mac(), name);
            } else if (accessWritten && CiscoAccess.OWNED.contains(name)) {
                LOG.warn("Device {}: raw setting {} is left out: it carries the phone's fetch"
                        + " access, which OpenProv writes", device.mac(), name);
            } else if (profile.replace(name, value)) {
                LOG.debug("Device {}: raw setting {} replaces the generated value",
                        device.mac(), name);
            }
        });
    }
}
