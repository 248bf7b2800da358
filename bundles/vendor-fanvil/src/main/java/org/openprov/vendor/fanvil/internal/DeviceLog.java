package org.openprov.vendor.fanvil.internal;

import org.openprov.api.registry.Mac;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where one rendering tells the operator what it changed or left out. Every line names the
 * device; callers name the setting, line or key and never pass a secret value.
 */
final class DeviceLog {

    private static final Logger LOG = LoggerFactory.getLogger(FanvilDeviceFile.class);

    private final String device;

    /** @param mac the device the lines are about */
    DeviceLog(Mac mac) {
        this.device = "Device " + mac.hex();
    }

    /** @param message a change worth knowing of: a label fitted, a setting left out */
    void info(String message) {
        LOG.info("{}: {}", device, message);
    }

    /** @param message something asked for that the file does not carry */
    void warn(String message) {
        LOG.warn("{}: {}", device, message);
    }

    /**
     * @param setting the setting's name, e.g. {@code date.format}
     * @param why the reason, without the value if the setting is secret
     */
    void omitted(String setting, String why) {
        info("setting " + setting + " is left out: " + why);
    }
}
