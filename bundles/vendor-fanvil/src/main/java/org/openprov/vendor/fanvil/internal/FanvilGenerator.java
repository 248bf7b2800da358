package org.openprov.vendor.fanvil.internal;

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
 * Writes Fanvil's files: the common file every phone reads first ({@code f0<hardware id>.cfg})
 * and each phone's {@code <mac>.cfg}, both in Fanvil's sectioned text format and served as
 * {@code text/plain; charset=utf-8}. Stateless: the tables are read once and never change, so
 * any number of requests may render at the same time.
 *
 * <p>Fetch access ({@link FanvilAccess}): when the endpoint gives the phone's access, the
 * device file names the provisioning server in the auto-update module ({@code Flash Server IP},
 * {@code Flash File Name}, {@code Flash Protocol}, {@code Flash Mode}) and, when fetches need a
 * password, {@code Default Username} and {@code Default Password}. A first-contact bootstrap
 * holds only these and digest comparison. Fanvil documents no check at an interval of minutes,
 * so a bootstrap cannot ask the phone to come back soon: it fetches its full file at its next
 * start. Assumptions a real phone must confirm are listed in {@link FanvilAccess}: the protocol
 * and mode codes, the meaning of the two credential parameters, and whether a phone still
 * given a server by DHCP option 66 uses the stored one.
 */
@Component(service = ConfigGenerator.class,
        property = ConfigGenerator.VENDOR + "=" + FanvilGenerator.VENDOR_ID)
public final class FanvilGenerator implements ConfigGenerator {

    static final String VENDOR_ID = "fanvil";

    private static final Logger LOG = LoggerFactory.getLogger(FanvilGenerator.class);
    private static final String MODEL_TABLE = "fanvil-models.tsv";

    private final ModelTable models;
    private final FanvilKeyLayout layout;
    private final Clock clock;

    /** Used by Declarative Services; time-zone rules are taken at the current instant. */
    public FanvilGenerator() {
        this(Clock.systemUTC());
    }

    /** @param clock the clock whose instant selects the time-zone rules (tests fix it) */
    FanvilGenerator(Clock clock) {
        this.clock = clock;
        this.models = ModelTable.read(Objects.requireNonNull(
                getClass().getResourceAsStream(MODEL_TABLE), MODEL_TABLE + " is missing"));
        this.layout = FanvilKeyLayout.load();
    }

    @Activate
    void activate() {
        LOG.debug("Fanvil generator active with {} models", models.models().size());
    }

    @Override
    public String vendor() {
        return VENDOR_ID;
    }

    @Override
    public String displayName() {
        return "Fanvil";
    }

    @Override
    public ModelTable models() {
        return models;
    }

    @Override
    public Optional<FileRequest> recognise(String fileName, String userAgent) {
        return FanvilFileNames.read(fileName, FanvilUserAgent.matches(userAgent));
    }

    @Override
    public RenderedFile renderCommon(FileRequest request) {
        require(request, FileKind.COMMON);
        return RenderedFile.utf8(FanvilCommonFile.render(), RenderedFile.TEXT_UTF8);
    }

    /**
     * Line, BLF, speed-dial, call-park, DND and empty keys, with titles of
     * {@value FanvilKeys#LABEL_LENGTH} characters; see {@link FanvilKeys}.
     */
    @Override
    public KeyRules keyRules() {
        return new KeyRules(FanvilKeys.TYPES, FanvilKeys.LABEL_LENGTH);
    }

    @Override
    public RenderedFile renderDevice(FileRequest request, DeviceConfig config) {
        require(request, FileKind.DEVICE);
        Device device = config.device();
        if (request.mac().isPresent() && !request.mac().get().equals(device.mac())) {
            throw new IllegalArgumentException("Request for " + request.mac().get()
                    + " cannot be answered with device " + device.mac());
        }
        String text = new FanvilDeviceFile(config, models.find(device.model()), layout,
                clock.instant()).render();
        return RenderedFile.utf8(text, RenderedFile.TEXT_UTF8);
    }

    @Override
    public List<String> fileNames() {
        return List.of(FanvilFileNames.COMMON, FanvilFileNames.DEVICE);
    }

    private static void require(FileRequest request, FileKind kind) {
        if (request.kind() != kind) {
            throw new IllegalArgumentException("Expected a " + kind + " request, got "
                    + request.kind() + " for " + request.fileName());
        }
    }
}
