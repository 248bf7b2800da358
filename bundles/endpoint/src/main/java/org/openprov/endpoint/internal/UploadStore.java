package org.openprov.endpoint.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.openprov.api.registry.Device;
import org.openprov.api.registry.DeviceRegistry;
import org.openprov.api.registry.Mac;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the files registered Poly phones upload with {@code PUT}: logs, settings changed on the
 * phone, contacts and call lists. A file lands at
 * {@code <root>/<mac>/<kind>/<time>-<seq>.bin}, a path built from the parsed MAC and the kind
 * alone, never from the name the phone sent. Each file is written to a temporary file in its
 * folder first and then moved into place in one step, so a reader never sees half a file.
 *
 * <p>Limits: one file may not pass {@code maxFileBytes}; of each kind a phone keeps its newest
 * {@code keepPerKind} files; when all of a phone's files pass {@code maxDeviceBytes}, its oldest
 * are deleted first. The files stay on this node's disk: on several nodes behind a load
 * balancer, each node holds the uploads that reached it.
 */
@Component(service = UploadStore.class, configurationPid = UploadStore.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = UploadConfig.class)
public final class UploadStore {

    /** The configuration pid. */
    static final String PID = "org.openprov.uploads";

    /** The vendor id of Poly phones, the only phones that upload. */
    static final String VENDOR = "polycom";

    private static final Logger LOG = LoggerFactory.getLogger(UploadStore.class);

    /** UTC to the millisecond, fixed width, so names sort by time. */
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmssSSS'Z'").withZone(ZoneOffset.UTC);
    private static final Pattern STORED = Pattern.compile("\\d{8}T\\d{9}Z-\\d{4,}\\.bin");
    private static final Pattern HEX_MAC = Pattern.compile("[0-9A-Fa-f]{12}");
    private static final int CHUNK = 8192;
    /** Settings files may hold passwords: folders only the Karaf user reads, where it can. */
    private static final FileAttribute<?>[] PRIVATE = FileSystems.getDefault()
            .supportedFileAttributeViews().contains("posix")
            ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(
                    PosixFilePermissions.fromString("rwx------"))}
            : new FileAttribute<?>[0];

    /** By file name, which starts with the time; the root and kind folders do not matter. */
    private static final Comparator<StoredUpload> NEWEST_FIRST = Comparator
            .comparing((StoredUpload u) -> u.file().getFileName().toString()).reversed();

    /** What became of an upload. */
    enum Outcome {
        /** Kept. */
        STORED,
        /** Not a registered Poly phone's upload: an unknown name, MAC, device or vendor. */
        NOT_FOUND,
        /** Larger than {@code maxFileBytes}. */
        TOO_LARGE,
        /** The body ended before its announced end, or its framing was broken. */
        BAD_BODY
    }

    /**
     * @param outcome what became of the upload
     * @param reason why, for the one log line of the request; never the content
     */
    record Result(Outcome outcome, String reason) {
    }

    /**
     * @param maxFileBytes the largest file accepted
     * @param maxDeviceBytes the most bytes kept per phone
     * @param keepPerKind the newest files kept per phone and kind
     */
    record Limits(long maxFileBytes, long maxDeviceBytes, int keepPerKind) {
    }

    private final DeviceRegistry registry;
    private final Path root;
    private final Path realRoot;
    private final Limits limits;
    private final Object commitLock = new Object();
    private String lastStamp = "";
    private int lastSeq;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile Clock clock;

    /**
     * @param registry where phones are looked up
     * @param config the folder and the limits
     * @throws IOException if the folder cannot be created
     */
    @Activate
    public UploadStore(@Reference DeviceRegistry registry, UploadConfig config)
            throws IOException {
        this(registry, rootOf(config), limitsOf(config), null);
        LOG.debug("Uploads of Poly phones are kept in {}, {}", root, limits);
    }

    UploadStore(DeviceRegistry registry, Path root, Limits limits, Clock clock)
            throws IOException {
        String problem = problem(limits);
        if (problem != null) {
            throw new IllegalArgumentException("Uploads are refused: " + problem
                    + "; fix etc/" + PID + ".cfg");
        }
        this.registry = registry;
        this.root = root.toAbsolutePath().normalize();
        this.limits = limits;
        this.clock = clock;
        Files.createDirectories(this.root, PRIVATE);
        this.realRoot = this.root.toRealPath();
    }

    private static Path rootOf(UploadConfig config) {
        if (!config.root().isBlank()) {
            return Paths.get(config.root().trim());
        }
        String data = System.getProperty("karaf.data");
        if (data == null || data.isBlank()) {
            throw new IllegalArgumentException("Uploads are refused: root is empty and the"
                    + " system property karaf.data is not set; set root in etc/" + PID + ".cfg");
        }
        return Paths.get(data, "openprov", "uploads");
    }

    private static Limits limitsOf(UploadConfig config) {
        return new Limits(config.maxFileBytes(), config.maxDeviceBytes(), config.keepPerKind());
    }

    /** @return what is wrong with the limits, or null when they can be used */
    static String problem(Limits limits) {
        if (limits.maxFileBytes() < 1 || limits.maxFileBytes() >= Integer.MAX_VALUE) {
            return "maxFileBytes " + limits.maxFileBytes() + " is not between 1 and "
                    + (Integer.MAX_VALUE - 1);
        }
        if (limits.maxDeviceBytes() < limits.maxFileBytes()) {
            return "maxDeviceBytes " + limits.maxDeviceBytes() + " is below maxFileBytes "
                    + limits.maxFileBytes();
        }
        return limits.keepPerKind() < 1 ? "keepPerKind must be at least 1" : null;
    }

    /** @return the folder every upload is kept under */
    public Path root() {
        return root;
    }

    /** @return the largest file accepted, in bytes */
    long maxFileBytes() {
        return limits.maxFileBytes();
    }

    /**
     * Stores what a phone uploads under a name. The name and the phone are checked before a
     * byte of the body is read, and at most {@code maxFileBytes + 1} bytes are ever read.
     *
     * @param fileName the name the phone uploads to, without {@code /prov/}
     * @param declaredLength the announced length of the body, or -1 when unknown
     * @param body the body
     * @return what became of it
     * @throws IOException when the disk fails; never for a bad request
     */
    Result accept(String fileName, long declaredLength, InputStream body) throws IOException {
        Optional<UploadKind> kind = UploadKind.ofFileName(fileName);
        Optional<Mac> mac = kind.flatMap(k -> macOf(fileName, k));
        if (mac.isEmpty()) {
            return new Result(Outcome.NOT_FOUND, "not a name Poly phones upload to");
        }
        String refusal = refusal(mac.get());
        if (refusal != null) {
            return new Result(Outcome.NOT_FOUND, refusal);
        }
        String what = kind.get().id() + " upload of device " + mac.get();
        if (declaredLength > limits.maxFileBytes()) {
            return tooLarge(what, declaredLength + " bytes announced, more than");
        }
        return receive(mac.get(), kind.get(), what, body);
    }

    /**
     * @param fileName a file name a phone PUTs
     * @return the MAC of an upload name Poly phones use, or empty for any other name
     */
    static Optional<Mac> uploadMac(String fileName) {
        return UploadKind.ofFileName(fileName).flatMap(k -> macOf(fileName, k));
    }

    /** @return the MAC before the kind's suffix: 12 hex digits, as Poly writes it, or empty */
    private static Optional<Mac> macOf(String fileName, UploadKind kind) {
        String mac = fileName.substring(0, fileName.length() - kind.suffix().length());
        return HEX_MAC.matcher(mac).matches() ? Mac.tryParse(mac) : Optional.empty();
    }

    /** @return why a MAC may not upload, or null when it may */
    private String refusal(Mac mac) {
        Optional<Device> device = registry.device(mac);
        if (device.isEmpty()) {
            return "upload for device " + mac + ", which is not registered";
        }
        if (!VENDOR.equals(device.get().vendor())) {
            return "upload for device " + mac + ", a " + device.get().vendor()
                    + " phone; only Poly phones upload";
        }
        return null;
    }

    private Result tooLarge(String what, String size) {
        return new Result(Outcome.TOO_LARGE, what + " refused: " + size + " maxFileBytes "
                + limits.maxFileBytes());
    }

    private Result receive(Mac mac, UploadKind kind, String what, InputStream body)
            throws IOException {
        Path folder = folder(mac, kind);
        // A temporary file is readable by its owner alone where the file system allows it.
        Path temp = Files.createTempFile(folder, ".upload-", ".tmp");
        try {
            long size = copy(body, temp);
            if (size > limits.maxFileBytes()) {
                return tooLarge(what, "the body passed");
            }
            commit(mac, kind, folder, temp);
            return new Result(Outcome.STORED, what + " stored, " + size + " bytes");
        } catch (BrokenBody e) {
            return new Result(Outcome.BAD_BODY, what + " refused: the body broke off ("
                    + PhoneDispatcher.printable(e.getCause().toString()) + ")");
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * @return the kind's folder of the phone, created, and checked to be under the root: a
     *         link planted in the root is refused before anything is created through it
     */
    private Path folder(Mac mac, UploadKind kind) throws IOException {
        Path device = root.resolve(mac.hex());
        if (Files.isSymbolicLink(device) || Files.isSymbolicLink(device.resolve(kind.id()))) {
            throw new IOException("a link in " + device + " would lead out of " + root);
        }
        Path folder = Files.createDirectories(device.resolve(kind.id()), PRIVATE);
        if (!folder.toRealPath().startsWith(realRoot)) {
            throw new IOException(folder + " leads out of " + realRoot);
        }
        return folder;
    }

    /** @return the bytes copied, or {@code maxFileBytes + 1} when the body is longer */
    private long copy(InputStream body, Path temp) throws IOException {
        long limit = limits.maxFileBytes() + 1;
        byte[] chunk = new byte[CHUNK];
        long size = 0;
        try (OutputStream out = Files.newOutputStream(temp)) {
            while (size < limit) {
                int n = read(body, chunk, (int) Math.min(chunk.length, limit - size));
                if (n < 0) {
                    break;
                }
                out.write(chunk, 0, n);
                size += n;
            }
        }
        return size;
    }

    private static int read(InputStream body, byte[] chunk, int length) {
        try {
            return body.read(chunk, 0, length);
        } catch (IOException | RuntimeException e) {
            // Whatever the server's reader throws is the client's doing: a body cut short or a
            // chunk that does not parse. It is answered 400, never 5xx.
            throw new BrokenBody(e);
        }
    }

    /** Moves the complete file into place, then enforces the limits of the phone. */
    private void commit(Mac mac, UploadKind kind, Path folder, Path temp) throws IOException {
        synchronized (commitLock) {
            Path stored = folder.resolve(nextName(folder));
            Files.move(temp, stored, StandardCopyOption.ATOMIC_MOVE);
            LOG.debug("Stored the {} upload of device {}", kind.id(), mac);
            keepNewest(mac, kind);
            keepUnderDeviceCap(mac, stored);
        }
    }

    /**
     * Names sort by time, then by a sequence that tells uploads of the same millisecond apart.
     * The time never goes back, even when the clock does, so the newest upload never sorts
     * among the old ones and is deleted as one of them.
     */
    private String nextName(Path folder) {
        String now = STAMP.format(now());
        String stamp = now.compareTo(lastStamp) < 0 ? lastStamp : now;
        int seq = stamp.equals(lastStamp) ? lastSeq + 1 : 0;
        while (Files.exists(folder.resolve(name(stamp, seq)))) {
            seq++;
        }
        lastStamp = stamp;
        lastSeq = seq;
        return name(stamp, seq);
    }

    private static String name(String stamp, int seq) {
        return stamp + "-" + String.format("%04d", seq) + ".bin";
    }

    private Instant now() {
        Clock current = clock;
        return (current == null ? Clock.systemUTC() : current).instant();
    }

    private void keepNewest(Mac mac, UploadKind kind) throws IOException {
        List<StoredUpload> uploads = list(mac, kind);
        for (StoredUpload old : uploads.subList(Math.min(limits.keepPerKind(), uploads.size()),
                uploads.size())) {
            Files.deleteIfExists(old.file());
            LOG.debug("Deleted an old {} upload of device {}: only the newest {} are kept",
                    kind.id(), mac, limits.keepPerKind());
        }
    }

    private void keepUnderDeviceCap(Mac mac, Path keep) throws IOException {
        List<StoredUpload> uploads = new ArrayList<>(uploads(mac));
        long total = uploads.stream().mapToLong(StoredUpload::size).sum();
        List<String> deleted = new ArrayList<>();
        for (int i = uploads.size() - 1; i >= 0 && total > limits.maxDeviceBytes(); i--) {
            StoredUpload oldest = uploads.get(i);
            if (!oldest.file().equals(keep)) {
                Files.deleteIfExists(oldest.file());
                total -= oldest.size();
                deleted.add(oldest.kind().id());
            }
        }
        if (!deleted.isEmpty()) {
            LOG.info("Uploads of device {} passed maxDeviceBytes {}: deleted the {} oldest"
                    + " ({}); {} bytes remain", mac, limits.maxDeviceBytes(), deleted.size(),
                    String.join(", ", deleted), total);
        }
    }

    /**
     * @param mac a phone
     * @return what it uploaded and is still kept, newest first
     * @throws IOException when the folder cannot be read
     */
    public List<StoredUpload> uploads(Mac mac) throws IOException {
        List<StoredUpload> all = new ArrayList<>();
        for (UploadKind kind : UploadKind.values()) {
            all.addAll(list(mac, kind));
        }
        all.sort(NEWEST_FIRST);
        return all;
    }

    /**
     * @param mac a phone
     * @param kind a kind
     * @return its newest upload of that kind, if one is kept
     * @throws IOException when the folder cannot be read
     */
    public Optional<StoredUpload> latest(Mac mac, UploadKind kind) throws IOException {
        return list(mac, kind).stream().findFirst();
    }

    private List<StoredUpload> list(Mac mac, UploadKind kind) throws IOException {
        Path folder = root.resolve(mac.hex()).resolve(kind.id());
        List<StoredUpload> found = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return found;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                if (STORED.matcher(name).matches()) {
                    sizeOf(file).ifPresent(size -> found.add(new StoredUpload(mac, kind, file,
                            size, Instant.from(STAMP.parse(name.substring(0, 19))))));
                }
            }
        }
        found.sort(NEWEST_FIRST);
        return found;
    }

    /** @return the size, or empty when the file was deleted meanwhile */
    private static Optional<Long> sizeOf(Path file) throws IOException {
        try {
            return Optional.of(Files.size(file));
        } catch (NoSuchFileException deleted) {
            return Optional.empty();
        }
    }

    /** A failure to read the body, told apart from a failure to write the disk. */
    private static final class BrokenBody extends RuntimeException {

        private static final long serialVersionUID = 1L;

        BrokenBody(Exception cause) {
            super(cause);
        }
    }
}
