package org.openprov.vendor.fanvil.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.openprov.api.generator.ModelInfo;
import org.openprov.api.registry.SipLine;
import org.openprov.api.settings.DeviceConfig;
import org.openprov.api.settings.ProvisioningAccess;

/**
 * Writes one phone's {@code <mac>.cfg} in Fanvil's sectioned text format
 * ({@link FanvilCfgWriter}). A setting the device does not have gives no parameter, so the
 * phone keeps what it has.
 *
 * <p>The file holds, module by module in the order of the phone's export: the lines
 * ({@link FanvilLines}), the device-wide settings ({@link FanvilSettings},
 * {@link FanvilTimeZone}), the keys ({@link FanvilKeys}), digest comparison
 * ({@link FanvilCommonFile#DIGEST}), the fetch access when the endpoint gives one
 * ({@link FanvilAccess}), and last the raw settings ({@link FanvilRaw}).
 *
 * <p>A first-contact bootstrap ({@link ProvisioningAccess#bootstrap}) holds the fetch access
 * and digest comparison alone: no line, no key, no setting. Digest comparison stays, since
 * without it the phone would not apply the bootstrap (see below).
 *
 * <p>Version: the first line always carries {@code Version:2.0000000000}. Fanvil applies a
 * file whose version is higher than the running one, or, with digest comparison on, a file
 * that differs from the running one. OpenProv renders the same bytes for the same
 * configuration, so the version cannot rise with each change; the common file and this file
 * switch digest comparison on instead. A phone that already runs a configuration version above
 * 2.0000000000 from another server ignores the first OpenProv file until it is reset to
 * factory settings (unsure: the factory version is not documented at hand).
 */
final class FanvilDeviceFile {

    private final DeviceConfig config;
    private final Optional<ModelInfo> model;
    private final FanvilKeyLayout layout;
    private final Instant now;
    private final DeviceLog log;

    /**
     * @param config the device's resolved configuration
     * @param model its row of the model table, if any
     * @param layout the key pages of every model
     * @param now the instant whose time-zone rules apply
     */
    FanvilDeviceFile(DeviceConfig config, Optional<ModelInfo> model, FanvilKeyLayout layout,
            Instant now) {
        this.config = config;
        this.model = model;
        this.layout = layout;
        this.now = now;
        this.log = new DeviceLog(config.device().mac());
    }

    /** @return the whole file */
    String render() {
        FanvilCfgWriter cfg = new FanvilCfgWriter();
        Optional<ProvisioningAccess> access = config.access();
        if (access.isPresent() && access.get().bootstrap()) {
            FanvilCommonFile.digest(cfg);
            FanvilAccess.write(access.get(), config.device().mac(), cfg);
            return cfg.render();
        }
        // A line without a server and a stored key that no longer reads are left out by
        // DeviceConfig itself; say so, as for everything else this file leaves out.
        config.problems().forEach(log::warn);
        List<SipLine> lines = config.lines();
        new FanvilLines(config, cfg, log).write(lines, model);
        new FanvilSettings(config, cfg, log, now).write();
        new FanvilKeys(cfg, log, model, layout, lines).write(config.keys());
        FanvilCommonFile.digest(cfg);
        access.ifPresent(fetch -> FanvilAccess.write(fetch, config.device().mac(), cfg));
        FanvilRaw.write(config.raw(FanvilGenerator.VENDOR_ID), cfg, log);
        cfg.cleaned().forEach(name -> log.info("the value of " + name + " held a line break"
                + " or another control character, which a Fanvil file cannot carry; each is"
                + " written as a space"));
        return cfg.render();
    }
}
