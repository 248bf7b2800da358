package org.openprov.vendor.grandstream.internal;

import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
 * Writes Grandstream's files: the common {@code cfg<model>.xml} and {@code cfg.xml}, and each
 * phone's {@code cfg<mac>.xml}, all in the XML "P-value" format, served as
 * {@value RenderedFile#XML_UTF8}. Stateless: the model table and key layouts are read once and
 * never change, so any number of requests may render at the same time.
 *
 * <p>When the endpoint gives the phone its fetch access, the device file carries it in
 * Grandstream's provisioning P-values ({@link GrandstreamAccess}: P212, P237, P1360, P1361,
 * P145); a first-contact bootstrap carries nothing else and turns the automatic check on
 * (P194, P193) at the shortest interval Grandstream allows, an hour, so the phone fetches its
 * full file without a reboot; the full file keeps it on, daily, so rotated credentials arrive
 * without a restart. P1361 holds the fetch password: in a masked configuration it shows the mask.
 */
@Component(service = ConfigGenerator.class,
        property = ConfigGenerator.VENDOR + "=" + GrandstreamGenerator.VENDOR_ID)
public final class GrandstreamGenerator implements ConfigGenerator {

    static final String VENDOR_ID = "grandstream";

    private static final Logger LOG = LoggerFactory.getLogger(GrandstreamGenerator.class);
    private static final String MODEL_TABLE = "grandstream-models.tsv";
    private static final String KEY_LAYOUTS = "grandstream-key-layouts.tsv";

    private final ModelTable models;
    private final Map<String, KeyLayout> layouts;
    private final GrandstreamFileNames names;
    private final Clock clock;

    /** Used by Declarative Services; time-zone rules are taken at the current instant. */
    public GrandstreamGenerator() {
        this(Clock.systemUTC());
    }

    /** @param clock the clock whose instant selects the time-zone rules (tests fix it) */
    GrandstreamGenerator(Clock clock) {
        this.clock = clock;
        this.models = ModelTable.read(resource(MODEL_TABLE));
        this.layouts = KeyLayout.read(resource(KEY_LAYOUTS));
        this.names = new GrandstreamFileNames(models);
    }

    @Activate
    void activate() {
        LOG.debug("Grandstream generator active with {} models", models.models().size());
    }

    @Override
    public String vendor() {
        return VENDOR_ID;
    }

    @Override
    public String displayName() {
        return "Grandstream";
    }

    @Override
    public ModelTable models() {
        return models;
    }

    /**
     * Recognises {@code cfg<mac>.xml}, {@code cfg<model>.xml} and {@code cfg.xml}. The legacy
     * binary {@code cfg<mac>} (or {@code cfg<mac>.bin}) is Grandstream's too, but OpenProv
     * does not write that format: it is recognised and answered as not served (empty, so 404),
     * and the phone then asks for the XML file.
     */
    @Override
    public Optional<FileRequest> recognise(String fileName, String userAgent) {
        if (GrandstreamFileNames.binary(fileName)) {
            LOG.debug("{} is Grandstream's legacy binary file, which OpenProv does not serve",
                    fileName);
            return Optional.empty();
        }
        return names.read(fileName, GrandstreamUserAgent.matches(userAgent, models));
    }

    @Override
    public RenderedFile renderCommon(FileRequest request) {
        require(request, FileKind.COMMON);
        return RenderedFile.utf8(GrandstreamCommonFile.render(names.model(request.fileName())),
                RenderedFile.XML_UTF8);
    }

    /**
     * @return line, BLF, speed dial, call park, voicemail, transfer, intercom and blank keys,
     *         with labels of {@value GrandstreamKeys#LABEL_LENGTH} characters
     */
    @Override
    public KeyRules keyRules() {
        return GrandstreamKeys.rules();
    }

    @Override
    public RenderedFile renderDevice(FileRequest request, DeviceConfig config) {
        require(request, FileKind.DEVICE);
        Device device = config.device();
        if (request.mac().isPresent() && !request.mac().get().equals(device.mac())) {
            throw new IllegalArgumentException("Request for " + request.mac().get()
                    + " cannot be answered with device " + device.mac());
        }
        Optional<ModelInfo> model = models.find(device.model());
        Optional<KeyLayout> layout = model.flatMap(this::layout);
        String text = new GrandstreamDeviceFile(config, model, layout, clock.instant()).render();
        return RenderedFile.utf8(text, RenderedFile.XML_UTF8);
    }

    /** @return the device file and the two common files, {@code <mac>} in lower case */
    @Override
    public List<String> fileNames() {
        return List.of(GrandstreamFileNames.DEVICE, GrandstreamFileNames.MODEL,
                GrandstreamFileNames.COMMON);
    }

    /**
     * @param model a model of the table
     * @return its key layout, if OpenProv writes keys for it
     */
    Optional<KeyLayout> layout(ModelInfo model) {
        return Optional.ofNullable(layouts.get(model.id().toUpperCase(Locale.ROOT)));
    }

    private InputStream resource(String name) {
        return Objects.requireNonNull(getClass().getResourceAsStream(name), name + " is missing");
    }

    private static void require(FileRequest request, FileKind kind) {
        if (request.kind() != kind) {
            throw new IllegalArgumentException("Expected a " + kind + " request, got "
                    + request.kind() + " for " + request.fileName());
        }
    }
}
