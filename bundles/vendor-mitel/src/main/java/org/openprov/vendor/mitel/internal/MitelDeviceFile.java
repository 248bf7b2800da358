package org.openprov.vendor.mitel.internal;

import java.time.Instant;
import java.util.Optional;
import java.util.SortedMap;
import org.openprov.api.generator.ModelInfo;
import org.openprov.api.registry.Device;
import org.openprov.api.settings.DeviceConfig;
import org.openprov.api.settings.ProvisioningAccess;
import org.openprov.api.settings.SettingKeys;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes one phone's {@code <MAC>.cfg} from its resolved configuration, in this order: its
 * SIP lines ({@link MitelLines}), the device-wide settings ({@link MitelSettings}), its fetch
 * access when the endpoint gives one ({@link MitelAccess}), the keys ({@link MitelKeys}), and
 * last the raw settings {@code raw.mitel.<name>}.
 *
 * <p>A first-contact bootstrap ({@link ProvisioningAccess#bootstrap}) holds the fetch access
 * alone: no line, no key, no setting.
 *
 * <p>Mitel parameter names hold spaces ({@code sip line1 screen name}), which a raw setting's
 * name cannot: in a raw name, each {@code _} stands for a space, so
 * {@code raw.mitel.sip_line1_screen_name} sets {@code sip line1 screen name}; dots and dashes
 * stay as they are. A name that would start or end with a space or hold two spaces in a row
 * is left out with a warning. Raw settings win: a raw name equal to a parameter written
 * above (compared in any case, as the phone compares names) replaces that line, so the file
 * keeps one line per parameter. A raw value is written like every other value; one whose
 * name says it is a password is treated as a secret.
 */
final class MitelDeviceFile {

    private static final Logger LOG = LoggerFactory.getLogger(MitelDeviceFile.class);

    private final DeviceConfig config;
    private final Device device;
    private final Optional<ModelInfo> model;
    private final MitelKeyLayout layout;
    private final Instant now;
    private final String owner;
    private final MitelCfgWriter cfg;

    /**
     * @param config the phone's resolved configuration
     * @param model its row in the model table, if known
     * @param layout the key groups of each model
     * @param now the instant whose time-zone rules apply
     */
    MitelDeviceFile(DeviceConfig config, Optional<ModelInfo> model, MitelKeyLayout layout,
            Instant now) {
        this.config = config;
        this.device = config.device();
        this.model = model;
        this.layout = layout;
        this.now = now;
        this.owner = "Device " + device.mac();
        this.cfg = new MitelCfgWriter(owner);
    }

    /** @return the whole file */
    String render() {
        Optional<ProvisioningAccess> access = config.access();
        if (access.isPresent() && access.get().bootstrap()) {
            cfg.comment("OpenProv first-contact file of "
                    + MitelFileNames.deviceFile(device.mac()) + " (" + device.model() + ")");
            MitelAccess.write(access.get(), owner, cfg);
            return cfg.text();
        }
        cfg.comment("OpenProv configuration of " + MitelFileNames.deviceFile(device.mac())
                + " (" + device.model() + ")");
        config.problems().forEach(problem -> LOG.warn("{}: {}", owner, problem));
        new MitelLines(config, owner, model, cfg).write();
        new MitelSettings(config, owner, now, cfg).write();
        access.ifPresent(fetch -> MitelAccess.write(fetch, owner, cfg));
        new MitelKeys(owner, model, layout, cfg).write(config.keys());
        writeRaw(config.raw(MitelGenerator.VENDOR_ID));
        return cfg.text();
    }

    private void writeRaw(SortedMap<String, String> raw) {
        if (raw.isEmpty()) {
            return;
        }
        cfg.blank().comment("Raw settings: written last; each replaces a parameter of the same"
                + " name above.");
        raw.forEach((name, value) -> {
            String parameter = parameter(name);
            if (!MitelCfgWriter.writableName(parameter)) {
                LOG.warn("{}: raw setting name '{}' cannot be a Mitel parameter name; left out",
                        owner, name.replaceAll("\\p{Cc}", "?"));
            } else if (cfg.replace(parameter, value, secret(name))) {
                LOG.debug("{}: raw setting {} replaces the generated value", owner, name);
            }
        });
    }

    /**
     * @param rawName a raw setting's name without {@code raw.mitel.}
     * @return the Mitel parameter it names: each {@code _} a space
     */
    static String parameter(String rawName) {
        return rawName.replace('_', ' ');
    }

    private static boolean secret(String rawName) {
        return SettingKeys.secret(SettingKeys.RAW + MitelGenerator.VENDOR_ID + "." + rawName);
    }
}
