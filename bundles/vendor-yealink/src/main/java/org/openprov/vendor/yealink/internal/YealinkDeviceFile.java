package org.openprov.vendor.yealink.internal;

import java.time.Instant;
import java.util.Optional;
import java.util.SortedMap;
import java.util.regex.Pattern;
import org.openprov.api.generator.ModelInfo;
import org.openprov.api.registry.Device;
import org.openprov.api.settings.DeviceConfig;
import org.openprov.api.settings.ProvisioningAccess;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes one phone's {@code <mac>.cfg} from its resolved configuration, in this order: its SIP
 * accounts with their per-account settings ({@link YealinkAccounts}), the device-wide settings
 * ({@link YealinkSettings}), the line keys ({@link YealinkKeys}), and last the raw settings
 * {@code raw.yealink.<name>}.
 *
 * <p>Raw settings win: each is written as {@code <name> = <value>} at the end of the file, and
 * a raw name equal to a parameter written above replaces that line, so the file still has one
 * line per parameter (Yealink would apply the last of two anyway; the file stays readable).
 * Names are compared exactly as written. A raw value is cleaned like every other value.
 *
 * <p>When the endpoint gives the phone its fetch access ({@code config.access()}), the access
 * is written after the keys and before the raw settings ({@link YealinkAccess}); a raw setting
 * of a parameter that carries the access is then left out with a warning. A first-contact
 * bootstrap holds the access alone: no account, no setting, no key, no raw setting, whatever
 * the configuration handed over.
 */
final class YealinkDeviceFile {

    /** The raw names the API accepts; checked again because a name becomes a file line. */
    private static final Pattern RAW_NAME = Pattern.compile("[A-Za-z0-9._-]{1,128}");

    private static final Logger LOG = LoggerFactory.getLogger(YealinkDeviceFile.class);

    private final DeviceConfig config;
    private final Device device;
    private final Optional<ModelInfo> model;
    private final Instant now;
    private final YealinkCfgWriter cfg = new YealinkCfgWriter();

    /**
     * @param config the phone's resolved configuration
     * @param model its row in the model table, if known
     * @param now the instant whose time-zone rules apply
     */
    YealinkDeviceFile(DeviceConfig config, Optional<ModelInfo> model, Instant now) {
        this.config = config;
        this.device = config.device();
        this.model = model;
        this.now = now;
    }

    /** @return the whole file */
    String render() {
        Optional<ProvisioningAccess> access = config.access();
        if (access.filter(ProvisioningAccess::bootstrap).isPresent()) {
            return renderBootstrap(access.get());
        }
        cfg.comment("OpenProv configuration of " + device.mac() + " (" + device.model() + ")");
        config.problems().forEach(problem -> LOG.warn("Device {}: {}", device.mac(), problem));
        new YealinkAccounts(config, model, cfg).write();
        new YealinkSettings(config, now, cfg).write();
        new YealinkKeys(device.mac(), model, YealinkKeyTypes.CODES,
                YealinkKeyTypes.LABEL_LENGTH, cfg).write(config.keys());
        access.ifPresent(a -> YealinkAccess.write(a, cfg));
        writeRaw(config.raw(YealinkGenerator.VENDOR_ID), access.isPresent());
        return cfg.text();
    }

    private String renderBootstrap(ProvisioningAccess access) {
        cfg.comment("OpenProv first-contact file of " + device.mac() + " (" + device.model()
                + "): where to fetch the full configuration, nothing else.");
        YealinkAccess.write(access, cfg);
        return cfg.text();
    }

    private void writeRaw(SortedMap<String, String> raw, boolean accessWritten) {
        if (raw.isEmpty()) {
            return;
        }
        cfg.blank().comment("Raw settings: written last; each replaces a parameter of the same"
                + " name above.");
        raw.forEach((name, value) -> {
            if (!RAW_NAME.matcher(name).matches()) {
                LOG.warn("Device {}: raw setting name '{}' is not a Yealink parameter name;"
                        + " left out", device.mac(), name.replaceAll("\\p{Cc}", "?"));
            } else if (accessWritten && YealinkAccess.OWNED.contains(name)) {
                LOG.warn("Device {}: raw setting {} is left out: it carries the phone's fetch"
                        + " access, which OpenProv writes", device.mac(), name);
            } else if (cfg.replace(name, value)) {
                LOG.debug("Device {}: raw setting {} replaces the generated value", device.mac(),
                        name);
            }
        });
    }
}
