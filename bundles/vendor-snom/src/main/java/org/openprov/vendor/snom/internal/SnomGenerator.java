package org.openprov.vendor.snom.internal;

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
 * Writes Snom's files: the common {@code snom<model>.htm} of a phone type, and each phone's
 * settings, served both as {@code snom<model>-<MAC>.htm} and as {@code <MAC>.xml}. Stateless:
 * the model table is read once and never changes, so any number of requests may render at the
 * same time.
 *
 * <p>Snom's examples make {@code snom<model>-<MAC>.htm} a {@code <setting-files>} list of
 * absolute URLs to further XML files. A generator does not know the URL under which the
 * endpoint is reached, so the device's {@code .htm} carries the settings document itself: a Snom
 * phone reads a {@code <settings>} document from any file of its fetch sequence (Snom wiki,
 * "Desk Phone Configuration Files": configuration files are UTF-8 XML that apply to a phone
 * type or a MAC). {@code <MAC>.xml} gives the same bytes to phones whose setting server URL
 * names that file. Every file is served {@code text/xml; charset=utf-8}.
 *
 * <p>Fetch access ({@link SnomAccess}): when the endpoint gives the phone's access, the device
 * file sets {@code setting_server} to the access URL and, when fetches need a password,
 * {@code http_client_user} and {@code http_client_pass}. A first-contact bootstrap holds only
 * these and {@code settings_refresh_timer} 300, so the phone fetches its full file five minutes
 * later with its credentials; the full file sets it to 86400, a daily reload, so rotated
 * credentials arrive without a restart. Assumptions a real phone
 * must confirm: that {@code http_client_user}/{@code http_client_pass} are what the phone
 * answers a provisioning server's challenge with (Digest, or Basic over TLS), and that a
 * changed {@code setting_server} is used from the next reload on without a restart.
 */
@Component(service = ConfigGenerator.class,
        property = ConfigGenerator.VENDOR + "=" + SnomGenerator.VENDOR_ID)
public final class SnomGenerator implements ConfigGenerator {

    static final String VENDOR_ID = "snom";

    private static final Logger LOG = LoggerFactory.getLogger(SnomGenerator.class);
    private static final String MODEL_TABLE = "snom-models.tsv";

    private final ModelTable models;
    private final Clock clock;

    /** Used by Declarative Services; time-zone rules are taken at the current instant. */
    public SnomGenerator() {
        this(Clock.systemUTC());
    }

    /** @param clock the clock whose instant selects the time-zone rules (tests fix it) */
    SnomGenerator(Clock clock) {
        this.clock = clock;
        this.models = ModelTable.read(Objects.requireNonNull(
                getClass().getResourceAsStream(MODEL_TABLE), MODEL_TABLE + " is missing"));
    }

    @Activate
    void activate() {
        LOG.debug("Snom generator active with {} models", models.models().size());
    }

    @Override
    public String vendor() {
        return VENDOR_ID;
    }

    @Override
    public String displayName() {
        return "Snom";
    }

    @Override
    public ModelTable models() {
        return models;
    }

    @Override
    public Optional<FileRequest> recognise(String fileName, String userAgent) {
        return SnomFileNames.read(fileName, SnomUserAgent.matches(userAgent));
    }

    @Override
    public RenderedFile renderCommon(FileRequest request) {
        require(request, FileKind.COMMON);
        String model = SnomFileNames.model(request.fileName()).orElseThrow(
                () -> new IllegalArgumentException("Not a Snom common file name"));
        return RenderedFile.utf8(SnomCommonFile.render(model), RenderedFile.XML_UTF8);
    }

    /**
     * Line, BLF, speed dial, park, DND, voicemail, intercom, transfer, forward, conference, URL
     * and empty keys, with labels of {@value SnomKeys#LABEL_LENGTH} characters; see
     * {@link SnomKeys} for what each becomes.
     */
    @Override
    public KeyRules keyRules() {
        return new KeyRules(SnomKeys.TYPES, SnomKeys.LABEL_LENGTH);
    }

    @Override
    public RenderedFile renderDevice(FileRequest request, DeviceConfig config) {
        require(request, FileKind.DEVICE);
        Device device = config.device();
        if (request.mac().isPresent() && !request.mac().get().equals(device.mac())) {
            throw new IllegalArgumentException("Request for " + request.mac().get()
                    + " cannot be answered with device " + device.mac());
        }
        String text = new SnomDeviceFile(config, models.find(device.model()), clock.instant())
                .render();
        return RenderedFile.utf8(text, RenderedFile.XML_UTF8);
    }

    /**
     * @return the common file ({@code <model>} as in {@code snomD785.htm}) and the device's two
     *         names; Snom writes the MAC in upper case, and names are matched in any case
     */
    @Override
    public List<String> fileNames() {
        return List.of(SnomFileNames.COMMON, SnomFileNames.DEVICE_HTM, SnomFileNames.DEVICE_XML);
    }

    private static void require(FileRequest request, FileKind kind) {
        if (request.kind() != kind) {
            throw new IllegalArgumentException("Expected a " + kind + " request, got "
                    + request.kind() + " for " + request.fileName());
        }
    }
}
