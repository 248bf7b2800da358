package org.openprov.vendor.polycom.internal;

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
 * Writes Poly's files: the default master {@code 000000000000.cfg} and each phone's
 * {@code <mac>-openprov.cfg}. Stateless: the model table is read once and never changes, so
 * any number of requests may render at the same time.
 *
 * <p>When the endpoint gives the phone its fetch access, the device file carries it in Poly's
 * {@code device.prov.*} parameters ({@link PolycomAccess}); a first-contact bootstrap carries
 * nothing else. Poly has no check within minutes (its relative polling period must exceed an
 * hour), and needs none: a changed {@code device.*} parameter restarts the phone, which then
 * fetches its full file with the new access. The full file also turns on a daily poll
 * ({@code prov.polling.*}), so rotated credentials arrive without a restart.
 * {@code device.prov.password} holds the fetch password: in a masked configuration it shows
 * the mask.
 */
@Component(service = ConfigGenerator.class,
        property = ConfigGenerator.VENDOR + "=" + PolycomGenerator.VENDOR_ID)
public final class PolycomGenerator implements ConfigGenerator {

    static final String VENDOR_ID = "polycom";

    private static final Logger LOG = LoggerFactory.getLogger(PolycomGenerator.class);
    private static final String MODEL_TABLE = "polycom-models.tsv";

    private final ModelTable models;
    private final Clock clock;
    private final RenderNotes notes;

    /** Used by Declarative Services; time-zone rules are taken at the current instant. */
    public PolycomGenerator() {
        this(Clock.systemUTC(), RenderNotes.log());
    }

    /**
     * @param clock the clock whose instant selects the time-zone rules (tests fix it)
     * @param notes where renderings report what they changed or left out (tests read them)
     */
    PolycomGenerator(Clock clock, RenderNotes notes) {
        this.clock = clock;
        this.notes = notes;
        this.models = ModelTable.read(Objects.requireNonNull(
                getClass().getResourceAsStream(MODEL_TABLE), MODEL_TABLE + " is missing"));
    }

    @Activate
    void activate() {
        LOG.debug("Poly generator active with {} models", models.models().size());
    }

    @Override
    public String vendor() {
        return VENDOR_ID;
    }

    @Override
    public String displayName() {
        return "Poly";
    }

    @Override
    public ModelTable models() {
        return models;
    }

    @Override
    public Optional<FileRequest> recognise(String fileName, String userAgent) {
        return PolycomFileNames.read(fileName, PolycomUserAgent.matches(userAgent));
    }

    @Override
    public RenderedFile renderCommon(FileRequest request) {
        require(request, FileKind.COMMON);
        return RenderedFile.utf8(PolycomMasterFile.render(), RenderedFile.XML_UTF8);
    }

    /**
     * Line, BLF and speed-dial keys, with labels of {@value PolycomKeys#LABEL_LENGTH}
     * characters; see {@link PolycomKeys} for how each is written and what it needs.
     */
    @Override
    public KeyRules keyRules() {
        return new KeyRules(PolycomKeys.TYPES, PolycomKeys.LABEL_LENGTH);
    }

    @Override
    public RenderedFile renderDevice(FileRequest request, DeviceConfig config) {
        require(request, FileKind.DEVICE);
        Device device = config.device();
        if (request.mac().isPresent() && !request.mac().get().equals(device.mac())) {
            throw new IllegalArgumentException("Request for " + request.mac().get()
                    + " cannot be answered with device " + device.mac());
        }
        String text = new PolycomDeviceFile(config, models.find(device.model()),
                clock.instant(), notes).render();
        return RenderedFile.utf8(text, RenderedFile.XML_UTF8);
    }

    @Override
    public List<String> fileNames() {
        return List.of(PolycomFileNames.MASTER, PolycomFileNames.DEVICE);
    }

    private static void require(FileRequest request, FileKind kind) {
        if (request.kind() != kind) {
            throw new IllegalArgumentException("Expected a " + kind + " request, got "
                    + request.kind() + " for " + request.fileName());
        }
    }
}
