package org.openprov.vendor.snom.internal;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openprov.api.generator.ModelInfo;
import org.openprov.api.registry.Device;
import org.openprov.api.registry.SipLine;
import org.openprov.api.settings.DeviceConfig;
import org.openprov.api.settings.ProvisioningAccess;
import org.openprov.api.settings.Setting;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes one phone's settings document from its resolved configuration, in this order: its
 * identities ({@link SnomIdentities}), the device-wide settings ({@link SnomSettings}), its
 * fetch access when the endpoint gives one ({@link SnomAccess}), the function keys
 * ({@link SnomKeys}), and last the raw settings {@code raw.snom.<name>}.
 *
 * <p>A first-contact bootstrap ({@link ProvisioningAccess#bootstrap}) holds the fetch access
 * alone: no identity, no key, no setting.
 *
 * <p>A raw name is a Snom setting name, or a name, a dot and an identity for a per-identity
 * setting: {@code raw.snom.user_srtp.2} is written {@code <user_srtp idx="2" ...>}. Raw
 * settings are written at the end of {@code <phone-settings>}; one whose name and identity equal
 * a setting written above replaces it, so the document still holds one element per setting.
 * A raw name Snom cannot hold (a dash, a dot elsewhere, a leading digit) is left out with a
 * warning. Raw settings reach {@code <phone-settings>} only, not function keys.
 */
final class SnomDeviceFile {

    /** A raw name: a Snom setting name, optionally {@code .<identity>}. */
    private static final Pattern RAW_NAME = Pattern.compile("([^.]+)(?:\\.([1-9][0-9]{0,2}))?");

    private static final Logger LOG = LoggerFactory.getLogger(SnomDeviceFile.class);

    private final DeviceConfig config;
    private final Device device;
    private final Optional<ModelInfo> model;
    private final Instant now;
    private final SnomXmlWriter xml = new SnomXmlWriter();

    /**
     * @param config the phone's resolved configuration
     * @param model its row in the model table, if known
     * @param now the instant whose time-zone rules apply
     */
    SnomDeviceFile(DeviceConfig config, Optional<ModelInfo> model, Instant now) {
        this.config = config;
        this.device = config.device();
        this.model = model;
        this.now = now;
    }

    /** @return the whole document */
    String render() {
        Optional<ProvisioningAccess> access = config.access();
        if (access.isPresent() && access.get().bootstrap()) {
            SnomAccess.write(access.get(), xml);
            return xml.render("OpenProv first-contact settings of " + device.mac().upper());
        }
        config.problems().forEach(problem -> LOG.warn("Device {}: {}", device.mac(), problem));
        Map<Integer, SipLine> lines = new SnomIdentities(config, model, xml).write();
        new SnomSettings(config, now, xml).write();
        access.ifPresent(fetch -> SnomAccess.write(fetch, xml));
        new SnomKeys(device.mac(), model, lines, config.value(Setting.VOICEMAIL_NUMBER), xml)
                .write(config.keys());
        writeRaw(config.raw(SnomGenerator.VENDOR_ID));
        return xml.render("OpenProv settings of " + device.mac().upper());
    }

    private void writeRaw(SortedMap<String, String> raw) {
        raw.forEach((name, value) -> {
            Matcher parts = RAW_NAME.matcher(name);
            if (!parts.matches() || !SnomXmlWriter.isName(parts.group(1))) {
                LOG.warn("Device {}: raw setting name '{}' cannot be a Snom setting name; left"
                        + " out", device.mac(), name.replaceAll("\\p{Cc}", "?"));
                return;
            }
            int idx = parts.group(2) == null ? 0 : Integer.parseInt(parts.group(2));
            if (xml.replace(parts.group(1), idx, value)) {
                LOG.debug("Device {}: raw setting {} replaces the generated value", device.mac(),
                        name);
            }
        });
    }
}
