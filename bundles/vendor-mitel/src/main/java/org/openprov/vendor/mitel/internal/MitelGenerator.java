package org.openprov.vendor.mitel.internal;

import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.openprov.api.generator.ConfigGenerator;
import org.openprov.api.generator.FileKind;
import org.openprov.api.generator.FileRequest;
import org.openprov.api.generator.KeyRules;
import org.openprov.api.generator.ModelInfo;
import org.openprov.api.generator.ModelTable;
import org.openprov.api.generator.RenderedFile;
import org.openprov.api.registry.Device;
import org.openprov.api.settings.DeviceConfig;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the files of Mitel (formerly Aastra) SIP phones, 67xxi, 68xxi and 69xx: the shared
 * {@code aastra.cfg} and {@code <model>.cfg}, and each phone's {@code <MAC>.cfg}, all plain
 * text ({@code text/plain; charset=utf-8}, as other provisioning servers serve Aastra
 * {@code .cfg} files). Stateless: the tables are read once and never change, so any number
 * of requests may render at the same time.
 *
 * <p>Fetch access ({@link MitelAccess}): when the endpoint gives the phone's access, the
 * device file names the configuration server in parts ({@code download protocol} and the
 * {@code http} or {@code https} {@code server}, {@code path} and {@code port}) and, when
 * fetches need a password, {@code http digest username} and {@code http digest password}. A
 * first-contact bootstrap holds only these. Mitel phones check their server again only at a
 * time of day, never after a few minutes, so a bootstrap cannot ask for an early fetch; and
 * the guide asks for a restart after the digest parameters change. A phone therefore fetches
 * its full file, with its new access, at its next start. The full file turns the daily
 * resync on ({@code auto resync mode} 1), so rotated credentials arrive without waiting for
 * a restart. Assumptions a real phone must
 * confirm: that a path with several segments ({@code prov/t/<token>}) is taken as written,
 * and that the digest parameters also answer a Basic challenge over TLS.
 */
@Component(service = ConfigGenerator.class,
        property = ConfigGenerator.VENDOR + "=" + MitelGenerator.VENDOR_ID)
public final class MitelGenerator implements ConfigGenerator {

    static final String VENDOR_ID = "mitel";

    private static final Logger LOG = LoggerFactory.getLogger(MitelGenerator.class);
    private static final String MODEL_TABLE = "mitel-models.tsv";
    private static final String KEY_LAYOUT = "mitel-keys.tsv";

    private final ModelTable models;
    private final MitelKeyLayout layout;
    private final Clock clock;

    /** Used by Declarative Services; time-zone rules are taken at the current instant. */
    public MitelGenerator() {
        this(Clock.systemUTC());
    }

    /** @param clock the clock whose instant selects the time-zone rules (tests fix it) */
    MitelGenerator(Clock clock) {
        this.clock = clock;
        this.models = ModelTable.read(resource(MODEL_TABLE));
        this.layout = MitelKeyLayout.read(resource(KEY_LAYOUT));
    }

    private InputStream resource(String name) {
        return Objects.requireNonNull(getClass().getResourceAsStream(name), name
                + " is missing");
    }

    @Activate
    void activate() {
        LOG.debug("Mitel generator active with {} models", models.models().size());
    }

    @Override
    public String vendor() {
        return VENDOR_ID;
    }

    @Override
    public String displayName() {
        return "Mitel (Aastra)";
    }

    @Override
    public ModelTable models() {
        return models;
    }

    /** @return the key groups of each model, in the order key positions fill them */
    MitelKeyLayout layout() {
        return layout;
    }

    @Override
    public Optional<FileRequest> recognise(String fileName, String userAgent) {
        return MitelFileNames.read(fileName, MitelUserAgent.matches(userAgent, models),
                models);
    }

    @Override
    public RenderedFile renderCommon(FileRequest request) {
        require(request, FileKind.COMMON);
        Optional<ModelInfo> model = MitelFileNames.model(request.fileName(), models);
        String text;
        if (model.isPresent()) {
            text = MitelCommonFile.model(model.get().id());
        } else if (MitelFileNames.COMMON.equalsIgnoreCase(request.fileName())) {
            text = MitelCommonFile.common();
        } else {
            throw new IllegalArgumentException("Not a Mitel common file name");
        }
        return RenderedFile.utf8(text, RenderedFile.TEXT_UTF8);
    }

    /** @return the key types with a Mitel type, and the label length shown */
    @Override
    public KeyRules keyRules() {
        return MitelKeyTypes.rules();
    }

    @Override
    public RenderedFile renderDevice(FileRequest request, DeviceConfig config) {
        require(request, FileKind.DEVICE);
        Device device = config.device();
        if (request.mac().isPresent() && !request.mac().get().equals(device.mac())) {
            throw new IllegalArgumentException("Request for " + request.mac().get()
                    + " cannot be answered with device " + device.mac());
        }
        String text = new MitelDeviceFile(config, models.find(device.model()), layout,
                clock.instant()).render();
        return RenderedFile.utf8(text, RenderedFile.TEXT_UTF8);
    }

    /** @return the shared file, the model file and the device file (MAC in upper case) */
    @Override
    public List<String> fileNames() {
        return List.of(MitelFileNames.COMMON, MitelFileNames.MODEL, MitelFileNames.DEVICE);
    }

    private static void require(FileRequest request, FileKind kind) {
        if (request.kind() != kind) {
            throw new IllegalArgumentException("Expected a " + kind + " request, got "
                    + request.kind() + " for " + request.fileName());
        }
    }
}
