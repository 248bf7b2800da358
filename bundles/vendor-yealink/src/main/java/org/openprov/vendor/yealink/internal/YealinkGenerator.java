package org.openprov.vendor.yealink.internal;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.openprov.api.generator.ConfigGenerator;
import org.openprov.api.generator.FileKind;
import org.openprov.api.generator.FileRequest;
import org.openprov.api.generator.KeyRules;
import org.openprov.api.generator.ModelTable;
import org.openprov.api.generator.RenderedFile;
import org.openprov.api.registry.Device;
import org.openprov.api.settings.DeviceConfig;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes Yealink's files: the common {@code y0000000000XX.cfg} of a firmware family and each
 * phone's {@code <mac>.cfg}. Stateless: the model table is read once and never changes, so
 * any number of requests may render at the same time.
 *
 * <p>When the endpoint gives the phone its fetch access, the device file carries it in
 * Yealink's {@code static.auto_provision.*} parameters ({@link YealinkAccess}); a first-contact
 * bootstrap carries nothing else and asks the phone to check again every
 * {@value YealinkAccess#BOOTSTRAP_MINUTES} minutes, so it fetches its full file without a
 * reboot; the full file keeps a daily check, so a phone picks up rotated credentials
 * without a restart.
 */
@Component(service = ConfigGenerator.class,
        property = ConfigGenerator.VENDOR + "=" + YealinkGenerator.VENDOR_ID)
public final class YealinkGenerator implements ConfigGenerator {

    static final String VENDOR_ID = "yealink";

    private static final Logger LOG = LoggerFactory.getLogger(YealinkGenerator.class);
    private static final String MODEL_TABLE = "yealink-models.tsv";

    private final ModelTable models;
    private final Clock clock;

    /** Used by Declarative Services; time-zone rules are taken at the current instant. */
    public YealinkGenerator() {
        this(Clock.systemUTC());
    }

    /** @param clock the clock whose instant selects the time-zone rules (tests fix it) */
    YealinkGenerator(Clock clock) {
        this.clock = clock;
        this.models = ModelTable.read(Objects.requireNonNull(
                getClass().getResourceAsStream(MODEL_TABLE), MODEL_TABLE + " is missing"));
    }

    @Activate
    void activate() {
        LOG.debug("Yealink generator active with {} models", models.models().size());
    }

    @Override
    public String vendor() {
        return VENDOR_ID;
    }

    @Override
    public String displayName() {
        return "Yealink";
    }

    @Override
    public ModelTable models() {
        return models;
    }

    @Override
    public Optional<FileRequest> recognise(String fileName, String userAgent) {
        return YealinkFileNames.read(fileName, YealinkUserAgent.matches(userAgent, models));
    }

    @Override
    public RenderedFile renderCommon(FileRequest request) {
        require(request, FileKind.COMMON);
        String family = YealinkFileNames.family(request.fileName()).orElseThrow(
                () -> new IllegalArgumentException("Not a Yealink common file name"));
        return RenderedFile.utf8(YealinkCommonFile.render(family), RenderedFile.TEXT_UTF8);
    }

    /** @return every key type, each with its Yealink code, and the label length shown */
    @Override
    public KeyRules keyRules() {
        return YealinkKeyTypes.rules();
    }

    @Override
    public RenderedFile renderDevice(FileRequest request, DeviceConfig config) {
        require(request, FileKind.DEVICE);
        Device device = config.device();
        if (request.mac().isPresent() && !request.mac().get().equals(device.mac())) {
            throw new IllegalArgumentException("Request for " + request.mac().get()
                    + " cannot be answered with device " + device.mac());
        }
        String text = new YealinkDeviceFile(config, models.find(device.model()),
                clock.instant()).render();
        return RenderedFile.utf8(text, RenderedFile.TEXT_UTF8);
    }

    /** @return the common file ({@code XX} = firmware family) and the device file */
    @Override
    public List<String> fileNames() {
        return List.of(YealinkFileNames.COMMON, YealinkFileNames.DEVICE);
    }

    private static void require(FileRequest request, FileKind kind) {
        if (request.kind() != kind) {
            throw new IllegalArgumentException("Expected a " + kind + " request, got "
                    + request.kind() + " for " + request.fileName());
        }
    }
}
