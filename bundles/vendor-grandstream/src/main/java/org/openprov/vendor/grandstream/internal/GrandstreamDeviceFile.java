package org.openprov.vendor.grandstream.internal;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.SortedMap;
import org.openprov.api.generator.ModelInfo;
import org.openprov.api.registry.Device;
import org.openprov.api.settings.DeviceConfig;
import org.openprov.api.settings.ProvisioningAccess;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes one phone's {@code cfg<mac>.xml} from its resolved configuration, in this order: its
 * accounts ({@link GrandstreamAccounts}), the device-wide settings
 * ({@link GrandstreamSettings}), the keys ({@link GrandstreamKeys}), and last the raw settings
 * {@code raw.grandstream.<name>}.
 *
 * <p>A raw setting is a P-value: its name is {@code P} and the parameter number, e.g.
 * {@code raw.grandstream.P290} for the dial plan of account 1. It is written at the end of the
 * file; one whose name equals a parameter written above replaces it, so each parameter appears
 * once. A raw name that is not a P-value (the named items of {@code config version="2"},
 * such as {@code users.admin.password}, cannot be mixed into a version 1 file) is left out with
 * a warning.
 *
 * <p>When the endpoint gives the phone its fetch access ({@code config.access()}), the access
 * is written after the keys and before the raw settings ({@link GrandstreamAccess}); a raw
 * setting of a parameter that carries the access is then left out with a warning. A
 * first-contact bootstrap holds the access alone: no account, no setting, no key, no raw
 * setting, whatever the configuration handed over.
 */
final class GrandstreamDeviceFile {

    private static final Logger LOG = LoggerFactory.getLogger(GrandstreamDeviceFile.class);

    private final DeviceConfig config;
    private final Device device;
    private final Optional<ModelInfo> model;
    private final Optional<KeyLayout> layout;
    private final Instant now;
    private final PValueFile file = new PValueFile();

    /**
     * @param config the phone's resolved configuration
     * @param model its row in the model table, if known
     * @param layout its key layout, if known
     * @param now the instant whose time-zone rules apply
     */
    GrandstreamDeviceFile(DeviceConfig config, Optional<ModelInfo> model,
            Optional<KeyLayout> layout, Instant now) {
        this.config = config;
        this.device = config.device();
        this.model = model;
        this.layout = layout;
        this.now = now;
    }

    /** @return the whole file */
    String render() {
        Optional<ProvisioningAccess> access = config.access();
        if (access.filter(ProvisioningAccess::bootstrap).isPresent()) {
            GrandstreamAccess.write(access.get(), device.mac(), file);
            return file.render("OpenProv first-contact file of " + device.mac().hex()
                    + ": where to fetch the full configuration, nothing else",
                    Optional.of(device.mac()));
        }
        config.problems().forEach(problem -> LOG.warn("Device {}: {}", device.mac(), problem));
        if (model.isEmpty()) {
            LOG.warn("Device {}: model {} is not in the Grandstream model table; its lines are"
                    + " written as accounts 1 to {} at most, and no key", device.mac(),
                    device.model(), AccountParameters.MAX_ACCOUNT);
        }
        Set<Integer> lines = new GrandstreamAccounts(config, model, file).write();
        new GrandstreamSettings(config, model, now, file).write();
        new GrandstreamKeys(device.mac(), model, layout, lines, file).write(config.keys());
        boolean accessWritten = access.isPresent()
                && GrandstreamAccess.write(access.get(), device.mac(), file);
        writeRaw(accessWritten);
        return file.render("OpenProv configuration of " + device.mac().hex(),
                Optional.of(device.mac()));
    }

    private void writeRaw(boolean accessWritten) {
        SortedMap<String, String> raw = config.raw(GrandstreamGenerator.VENDOR_ID);
        if (raw.isEmpty()) {
            return;
        }
        file.comment("raw settings: written last, each replaces a parameter of the same name");
        raw.forEach((name, value) -> {
            OptionalInt number = PValueFile.parameter(name);
            if (number.isEmpty()) {
                LOG.warn("Device {}: raw.{}.{} is left out: a Grandstream parameter is named P"
                        + " and its number, e.g. P290", device.mac(),
                        GrandstreamGenerator.VENDOR_ID, name.replaceAll("\\p{Cc}", "?"));
            } else if (accessWritten && GrandstreamAccess.OWNED.contains(number.getAsInt())) {
                LOG.warn("Device {}: raw setting {} is left out: it carries the phone's fetch"
                        + " access, which OpenProv writes", device.mac(), name);
            } else if (file.replace(number.getAsInt(), value)) {
                LOG.debug("Device {}: raw setting {} replaces the generated value", device.mac(),
                        name);
            }
        });
    }
}
