package org.openprov.vendor.audiocodes.internal;

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
 * Writes the one file an AudioCodes 400HD phone fetches, its own {@code <mac>.cfg} (also asked
 * for as {@code <MODEL>_<mac>_conf.cfg}). These phones fetch no common configuration file, so
 * this generator never recognises a common one. Stateless: the model table is read once and
 * never changes, so any number of requests may render at the same time.
 *
 * <p>Fetch access ({@link AudioCodesAccess}): when the endpoint gives the phone's access, the
 * device file sets {@code provisioning/method=STATIC} and {@code provisioning/configuration/url}
 * to the access URL, with the user name and password inside it when fetches need them. A
 * first-contact bootstrap holds only these and {@code provisioning/period/type=EVERY5MINUTES},
 * so the phone checks again within five minutes and receives its full file, which sets the
 * period back to the phone's default, {@code DAILY}. Assumptions a real phone must confirm:
 * that the 400HD takes credentials inside the URL (and answers a Digest challenge with them, or
 * sends them as Basic over TLS), that a static URL replaces the DHCP one from the next check
 * without a restart, and that the upper-case period names are read as the manual's lower-case
 * ones.
 */
@Component(service = ConfigGenerator.class,
        property = ConfigGenerator.VENDOR + "=" + AudioCodesGenerator.VENDOR_ID)
public final class AudioCodesGenerator implements ConfigGenerator {

    static final String VENDOR_ID = "audiocodes";

    private static final Logger LOG = LoggerFactory.getLogger(AudioCodesGenerator.class);
    private static final String MODEL_TABLE = "audiocodes-models.tsv";

    private final ModelTable models;
    private final Clock clock;

    /** Used by Declarative Services; time-zone rules are taken at the current instant. */
    public AudioCodesGenerator() {
        this(Clock.systemUTC());
    }

    /** @param clock the clock whose instant selects the time-zone rules (tests fix it) */
    AudioCodesGenerator(Clock clock) {
        this.clock = clock;
        this.models = ModelTable.read(Objects.requireNonNull(
                getClass().getResourceAsStream(MODEL_TABLE), MODEL_TABLE + " is missing"));
    }

    @Activate
    void activate() {
        LOG.debug("AudioCodes generator active with {} models", models.models().size());
    }

    @Override
    public String vendor() {
        return VENDOR_ID;
    }

    @Override
    public String displayName() {
        return "AudioCodes";
    }

    @Override
    public ModelTable models() {
        return models;
    }

    @Override
    public Optional<FileRequest> recognise(String fileName, String userAgent) {
        return AudioCodesFileNames.read(fileName, AudioCodesUserAgent.read(userAgent).vendor());
    }

    /**
     * @throws IllegalArgumentException always: no common AudioCodes file exists, and
     *         {@link #recognise} never returns a common request
     */
    @Override
    public RenderedFile renderCommon(FileRequest request) {
        throw new IllegalArgumentException("AudioCodes phones fetch no common configuration"
                + " file; " + request.fileName() + " is not one of OpenProv's");
    }

    /** @return speed-dial and blf keys, and the label length shown */
    @Override
    public KeyRules keyRules() {
        return AudioCodesKeys.rules();
    }

    @Override
    public RenderedFile renderDevice(FileRequest request, DeviceConfig config) {
        if (request.kind() != FileKind.DEVICE) {
            throw new IllegalArgumentException("Expected a DEVICE request, got "
                    + request.kind() + " for " + request.fileName());
        }
        Device device = config.device();
        if (request.mac().isPresent() && !request.mac().get().equals(device.mac())) {
            throw new IllegalArgumentException("Request for " + request.mac().get()
                    + " cannot be answered with device " + device.mac());
        }
        String text = new AudioCodesDeviceFile(config, models.find(device.model()),
                clock.instant()).render();
        return RenderedFile.utf8(text, RenderedFile.TEXT_UTF8);
    }

    /** @return the device file under its default name and under the option 160 example */
    @Override
    public List<String> fileNames() {
        return List.of(AudioCodesFileNames.DEVICE, AudioCodesFileNames.DEVICE_WITH_MODEL);
    }
}
