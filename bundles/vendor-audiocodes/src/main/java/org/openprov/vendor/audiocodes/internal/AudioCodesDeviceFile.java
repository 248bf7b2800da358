package org.openprov.vendor.audiocodes.internal;

import java.time.Instant;
import java.util.Optional;
import java.util.SortedMap;
import java.util.regex.Pattern;
import org.openprov.api.generator.ModelInfo;
import org.openprov.api.registry.Device;
import org.openprov.api.settings.DeviceConfig;
import org.openprov.api.settings.ProvisioningAccess;
import org.openprov.api.settings.SettingKeys;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes one phone's {@code <mac>.cfg} from its resolved configuration, in this order: its
 * lines and SIP proxy ({@link AudioCodesLines}), the device-wide settings
 * ({@link AudioCodesSettings}, {@link AudioCodesTimeZone}), its fetch access when the endpoint
 * gives one ({@link AudioCodesAccess}), the programmable keys ({@link AudioCodesKeys}), and
 * last the raw settings {@code raw.audiocodes.<name>}.
 *
 * <p>A first-contact bootstrap ({@link ProvisioningAccess#bootstrap}) holds the fetch access
 * alone: no line (not even the switched-off ones), no key, no setting.
 *
 * <p>AudioCodes parameter names are paths separated by {@code /}, which a raw setting name
 * cannot hold; a raw name therefore writes {@code .} for {@code /}:
 * {@code raw.audiocodes.voip.line.0.line_mode} sets {@code voip/line/0/line_mode}. A name with
 * an empty part ({@code a..b}, a leading or trailing dot) is no parameter and is left out with a
 * warning. Raw settings win: a raw parameter equal to one written above replaces its line, so
 * the file keeps one line per parameter. A raw value is cleaned like every other value, and a
 * raw setting whose name marks a secret, or that names a parameter holding one
 * ({@link AudioCodesAccess#SECRET_PARAMETERS}), is written only if it can be written exactly.
 */
final class AudioCodesDeviceFile {

    private static final Pattern RAW_NAME =
            Pattern.compile("[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)*");
    private static final Logger LOG = LoggerFactory.getLogger(AudioCodesDeviceFile.class);

    private final DeviceConfig config;
    private final Device device;
    private final Optional<ModelInfo> model;
    private final Instant now;
    private final AudioCodesCfgWriter cfg;

    /**
     * @param config the phone's resolved configuration
     * @param model its row in the model table, if known
     * @param now the instant whose time-zone rules apply
     */
    AudioCodesDeviceFile(DeviceConfig config, Optional<ModelInfo> model, Instant now) {
        this.config = config;
        this.device = config.device();
        this.model = model;
        this.now = now;
        this.cfg = new AudioCodesCfgWriter(device.mac());
    }

    /** @return the whole file */
    String render() {
        Optional<ProvisioningAccess> access = config.access();
        if (access.isPresent() && access.get().bootstrap()) {
            AudioCodesAccess.write(access.get(), device.mac(), cfg);
            return cfg.text();
        }
        config.problems().forEach(problem -> LOG.warn("Device {}: {}", device.mac(), problem));
        new AudioCodesLines(device.mac(), model, cfg).write(config);
        new AudioCodesSettings(config, now, cfg).write();
        access.ifPresent(fetch -> AudioCodesAccess.write(fetch, device.mac(), cfg));
        new AudioCodesKeys(device.mac(), model, cfg).write(config.keys());
        writeRaw(config.raw(AudioCodesGenerator.VENDOR_ID));
        return cfg.text();
    }

    private void writeRaw(SortedMap<String, String> raw) {
        raw.forEach((name, value) -> {
            if (!RAW_NAME.matcher(name).matches()) {
                LOG.warn("Device {}: raw setting name '{}' is not an AudioCodes parameter path;"
                        + " left out", device.mac(), name.replaceAll("\\p{Cc}", "?"));
                return;
            }
            String parameter = name.replace('.', '/');
            boolean secret = SettingKeys.secret(SettingKeys.RAW
                    + AudioCodesGenerator.VENDOR_ID + "." + name)
                    || AudioCodesAccess.SECRET_PARAMETERS.contains(parameter);
            if (cfg.replace(parameter, value, secret)) {
                LOG.debug("Device {}: raw setting {} replaces the generated value",
                        device.mac(), parameter);
            }
        });
    }
}
