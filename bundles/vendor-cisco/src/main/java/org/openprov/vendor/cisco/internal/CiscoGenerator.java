package org.openprov.vendor.cisco.internal;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
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
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes Cisco's files: the bootstrap each model fetches through its factory profile rule
 * ({@code spa504G.cfg}, {@code 8841-3PCC.xml}, {@code CP-8841-3PCC.xml}, {@code ata191.cfg})
 * and each phone's {@code <mac>.xml}, in the SPA or the multiplatform (MPP) dialect of Cisco's
 * flat-profile XML as the model table's family column says. All files are XML, served as
 * {@code text/xml; charset=utf-8} ("Only the UTF-8 charset is supported"), whatever their
 * extension: the SPA factory rule asks for a {@code .cfg} name, and deployed servers answer it
 * with the open XML format, which the phones accept alongside the compiled binary one.
 *
 * <p>When the endpoint gives the phone its fetch access, the device file carries it in
 * {@code Profile_Rule}, which then fetches the phone's own file with its credentials and
 * replaces the model bootstrap in later resyncs ({@link CiscoAccess}); a first-contact
 * bootstrap carries nothing else and sets {@code Resync_Periodic} to
 * {@value CiscoAccess#BOOTSTRAP_SECONDS} seconds, so the phone fetches its full file without
 * a reboot; the full file sets it back to Cisco's default, an hour. {@code Profile_Rule} holds
 * the fetch password: in a masked configuration it shows the mask.
 *
 * <p>Stateless apart from its configuration: the model table is read once and never changes,
 * so any number of requests may render at the same time. A changed configuration restarts
 * the component.
 */
@Component(service = ConfigGenerator.class,
        property = ConfigGenerator.VENDOR + "=" + CiscoGenerator.VENDOR_ID,
        configurationPid = CiscoGenerator.CONFIGURATION_PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = CiscoGeneratorConfig.class)
public final class CiscoGenerator implements ConfigGenerator {

    static final String VENDOR_ID = "cisco";
    /** The configuration's PID, read from {@code etc/org.openprov.vendor.cisco.cfg}. */
    static final String CONFIGURATION_PID = "org.openprov.vendor.cisco";

    private static final Logger LOG = LoggerFactory.getLogger(CiscoGenerator.class);
    private static final String MODEL_TABLE = "cisco-models.tsv";
    /** An http or https URL without spaces, query or fragment, as a profile rule takes it. */
    private static final Pattern BASE_URL = Pattern.compile("(?i)https?://[^\\s?#\"<>]+");

    private final ModelTable models;
    private final Clock clock;
    private final Optional<String> profileBase;

    /**
     * Used by Declarative Services; time-zone rules are taken at the current instant.
     *
     * @param config the configuration
     */
    @Activate
    public CiscoGenerator(CiscoGeneratorConfig config) {
        this(Clock.systemUTC(), config.profileBaseUrl());
    }

    /**
     * @param clock the clock whose instant selects the time-zone rules (tests fix it)
     * @param profileBaseUrl the URL bootstraps point phones under, empty for none
     */
    CiscoGenerator(Clock clock, String profileBaseUrl) {
        this.clock = clock;
        this.profileBase = base(profileBaseUrl);
        this.models = ModelTable.read(Objects.requireNonNull(
                getClass().getResourceAsStream(MODEL_TABLE), MODEL_TABLE + " is missing"));
        LOG.debug("Cisco generator active with {} models", models.models().size());
    }

    /**
     * @param url the configured base URL
     * @return it without a trailing slash and with each {@code $} written {@code $$}, since
     *         profile rules undergo macro expansion; empty if unset or not an http(s) URL
     */
    static Optional<String> base(String url) {
        String trimmed = url == null ? "" : url.strip().replaceAll("/+$", "");
        if (trimmed.isEmpty()) {
            return Optional.empty();
        }
        if (!BASE_URL.matcher(trimmed).matches()) {
            LOG.warn("profileBaseUrl in etc/{}.cfg is not an http or https URL without spaces,"
                    + " query or fragment; Cisco bootstraps carry no Profile_Rule_B",
                    CONFIGURATION_PID);
            return Optional.empty();
        }
        return Optional.of(trimmed.replace("$", "$$"));
    }

    @Override
    public String vendor() {
        return VENDOR_ID;
    }

    @Override
    public String displayName() {
        return "Cisco";
    }

    @Override
    public ModelTable models() {
        return models;
    }

    @Override
    public Optional<FileRequest> recognise(String fileName, String userAgent) {
        return CiscoFileNames.read(fileName, CiscoUserAgent.read(userAgent, models), models);
    }

    @Override
    public RenderedFile renderCommon(FileRequest request) {
        require(request, FileKind.COMMON);
        ModelInfo model = CiscoFileNames.bootstrapModel(request.fileName(), models)
                .orElseThrow(() -> new IllegalArgumentException("Not a Cisco bootstrap name"));
        CiscoFamily family = CiscoFamily.of(model).orElseThrow();
        return RenderedFile.utf8(CiscoBootstrapFile.render(model, family, profileBase),
                RenderedFile.XML_UTF8);
    }

    /**
     * @return line, BLF, speed-dial, pickup and empty keys on both families, and park, DND and
     *         XML-service keys on MPP; labels of {@value CiscoKeyTypes#LABEL_LENGTH}
     *         characters. See {@link CiscoKeyTypes}.
     */
    @Override
    public KeyRules keyRules() {
        return CiscoKeyTypes.rules();
    }

    @Override
    public RenderedFile renderDevice(FileRequest request, DeviceConfig config) {
        require(request, FileKind.DEVICE);
        Device device = config.device();
        if (request.mac().isPresent() && !request.mac().get().equals(device.mac())) {
            throw new IllegalArgumentException("Request for " + request.mac().get()
                    + " cannot be answered with device " + device.mac());
        }
        String text = new CiscoDeviceFile(config, models.find(device.model()),
                clock.instant()).render();
        return RenderedFile.utf8(text, RenderedFile.XML_UTF8);
    }

    /** @return the bootstraps (SPA, MPP in both forms, ATA191) and the device file */
    @Override
    public List<String> fileNames() {
        return CiscoFileNames.all();
    }

    private static void require(FileRequest request, FileKind kind) {
        if (request.kind() != kind) {
            throw new IllegalArgumentException("Expected a " + kind + " request, got "
                    + request.kind() + " for " + request.fileName());
        }
    }
}
