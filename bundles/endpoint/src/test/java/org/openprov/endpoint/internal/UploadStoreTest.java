package org.openprov.endpoint.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.openprov.api.registry.Device;
import org.openprov.api.registry.DeviceRegistry;
import org.openprov.api.registry.Mac;
import org.openprov.endpoint.internal.UploadStore.Limits;
import org.openprov.endpoint.internal.UploadStore.Outcome;
import org.openprov.endpoint.internal.UploadStore.Result;

/** The upload store on a temporary folder: what it accepts, where it writes, what it keeps. */
public class UploadStoreTest {

    static final Mac POLY = Mac.parse("0004f2a00001");
    static final Mac OTHER_POLY = Mac.parse("0004f2a00002");
    static final Mac YEALINK = Mac.parse("001565a00003");
    static final Instant T0 = Instant.parse("2026-03-10T10:00:00Z");

    @Rule
    public TemporaryFolder temp = new TemporaryFolder();

    private final MovableClock clock = new MovableClock(T0);
    private Path outside;
    private Path root;
    private UploadStore store;

    @Before
    public void setUp() throws IOException {
        outside = temp.newFolder("data").toPath();
        root = outside.resolve("uploads");
        store = new UploadStore(registry(), root, new Limits(64, 200, 3), clock);
    }

    @Test
    public void anUploadIsStoredUnderItsMacAndKindOnly() throws IOException {
        Result result = store.accept("0004F2A00001-APP.LOG", 5, body("hello"));

        assertEquals(Outcome.STORED, result.outcome());
        assertEquals("app-log upload of device 0004f2a00001 stored, 5 bytes", result.reason());
        Path expected = root.resolve("0004f2a00001/app-log/20260310T100000000Z-0000.bin");
        assertEquals(List.of(expected), files(outside));
        assertEquals("hello", Files.readString(expected));
        assertEquals(List.of(new StoredUpload(POLY, UploadKind.APP_LOG, expected, 5, T0)),
                store.uploads(POLY));
    }

    @Test
    public void namesThatLeadElsewhereAreRefusedAndWriteNothing() throws IOException {
        Files.createDirectories(outside.resolve("0004f2a00001"));
        for (String name : new String[] {"../0004f2a00001-app.log", "..%2f0004f2a00001-app.log",
            "%2e%2e/0004f2a00001-app.log", "%2e%2e%2f0004f2a00001-app.log",
            "/etc/0004f2a00001-app.log", "/0004f2a00001-app.log", "C:\\0004f2a00001-app.log",
            "0004f2a00001/../../0004f2a00001-app.log", "..\\0004f2a00001-app.log",
            "0004f2a00001-app.log/../x", "00:04:f2:a0:00:01-app.log", "0004f2a00001-app.log.bak",
            "x0004f2a00001-app.log", "0004f2a00001-license.cfg", "0004f2a00001.cfg",
            "0004f2a00001-openprov.cfg", "000000000000-directory.xml", "-app.log", "",
            "0004f2a00001-app.log\u0000.cfg", "0104f2a00001-app.log"}) {
            Result result = store.accept(name, 5, body("hello"));
            assertEquals(name, Outcome.NOT_FOUND, result.outcome());
            assertEquals(name, "not a name Poly phones upload to", result.reason());
        }
        assertEquals(List.of(), files(outside));
        assertEquals(List.of(outside.resolve("0004f2a00001"), root), folders(outside));
    }

    @Test
    public void aLinkPlantedInTheRootIsNotFollowed() throws IOException {
        Path elsewhere = Files.createDirectory(outside.resolve("elsewhere"));
        Files.createSymbolicLink(root.resolve("0004f2a00001"), elsewhere);
        try {
            store.accept("0004f2a00001-app.log", 5, body("hello"));
            fail("the upload went through a link");
        } catch (IOException expected) {
            assertEquals("a link in " + root.resolve("0004f2a00001") + " would lead out of "
                    + root, expected.getMessage());
        }
        assertEquals(List.of(), files(outside));
        assertEquals(List.of(elsewhere, root), folders(outside));
    }

    @Test
    public void onlyRegisteredPolyPhonesMayUpload() throws IOException {
        Result unknown = store.accept("0004f2a00009-boot.log", 5, body("hello"));
        Result yealink = store.accept("001565a00003-app.log", 5, body("hello"));

        assertEquals(Outcome.NOT_FOUND, unknown.outcome());
        assertEquals("upload for device 0004f2a00009, which is not registered",
                unknown.reason());
        assertEquals(Outcome.NOT_FOUND, yealink.outcome());
        assertEquals("upload for device 001565a00003, a yealink phone; only Poly phones upload",
                yealink.reason());
        assertEquals(List.of(), files(outside));
        assertEquals(List.of(root), folders(outside));
    }

    @Test
    public void anAnnouncedLengthOverTheCapIsRefusedUnread() throws IOException {
        InputStream untouchable = new InputStream() {
            @Override
            public int read() {
                throw new AssertionError("the body was read");
            }
        };
        Result result = store.accept("0004f2a00001-app.log", 65, untouchable);

        assertEquals(Outcome.TOO_LARGE, result.outcome());
        assertEquals("app-log upload of device 0004f2a00001 refused: 65 bytes announced, more"
                + " than maxFileBytes 64", result.reason());
        assertEquals(List.of(), files(outside));
    }

    @Test
    public void aLongerBodyIsReadOnlyToOneByteOverTheCap() throws IOException {
        CountingBody endless = new CountingBody(10_000);
        Result result = store.accept("0004f2a00001-app.log", -1, endless);

        assertEquals(Outcome.TOO_LARGE, result.outcome());
        assertEquals("app-log upload of device 0004f2a00001 refused: the body passed"
                + " maxFileBytes 64", result.reason());
        assertEquals(65, endless.read);
        assertEquals(List.of(), files(outside));
    }

    @Test
    public void aBodyOfExactlyTheCapIsStored() throws IOException {
        Result result = store.accept("0004f2a00001-directory.xml", -1, new CountingBody(64));

        assertEquals(Outcome.STORED, result.outcome());
        assertEquals(64, store.latest(POLY, UploadKind.DIRECTORY).get().size());
    }

    @Test
    public void onlyTheNewestUploadsOfAKindAreKept() throws IOException {
        for (int i = 1; i <= 5; i++) {
            clock.now = T0.plusSeconds(i);
            assertEquals(Outcome.STORED, store.accept("0004f2a00001-app.log", -1,
                    body("log " + i)).outcome());
        }
        store.accept("0004f2a00001-boot.log", -1, body("boot"));

        assertEquals(List.of("boot", "log 5", "log 4", "log 3"), contents(store.uploads(POLY)));
        assertEquals(List.of(T0.plusSeconds(5), T0.plusSeconds(5), T0.plusSeconds(4),
                T0.plusSeconds(3)), store.uploads(POLY).stream().map(StoredUpload::time)
                        .collect(Collectors.toList()));
        assertEquals(4, files(outside).size());
    }

    @Test
    public void uploadsOfOneMillisecondKeepTheirOrder() throws IOException {
        for (String text : new String[] {"a", "b", "c"}) {
            store.accept("0004f2a00001-calls.xml", -1, body(text));
        }
        List<StoredUpload> kept = store.uploads(POLY);

        assertEquals(List.of("c", "b", "a"), contents(kept));
        assertEquals("20260310T100000000Z-0002.bin", kept.get(0).file().getFileName()
                .toString());
    }

    @Test
    public void aClockThatGoesBackLosesNoNewUpload() throws IOException {
        for (int i = 1; i <= 3; i++) {
            clock.now = T0.plusSeconds(10 + i);
            store.accept("0004f2a00001-app.log", -1, body("log " + i));
        }
        clock.now = T0;
        store.accept("0004f2a00001-app.log", -1, body("after the clock went back"));

        assertEquals(List.of("after the clock went back", "log 3", "log 2"),
                contents(store.uploads(POLY)));
        assertEquals(T0.plusSeconds(13), store.latest(POLY, UploadKind.APP_LOG).get().time());
    }

    @Test
    public void overTheDeviceCapTheOldestUploadsGoFirst() throws IOException {
        String sixty = "x".repeat(60);
        String[] names = {"boot.log", "app.log", "phone.cfg", "directory.xml"};
        for (int i = 0; i < names.length; i++) {
            clock.now = T0.plusSeconds(i);
            store.accept("0004f2a00001-" + names[i], -1, body(i + sixty));
        }
        store.accept("0004f2a00002-app.log", -1, body(sixty));

        List<StoredUpload> kept = store.uploads(POLY);
        assertEquals(List.of(UploadKind.DIRECTORY, UploadKind.PHONE_CFG, UploadKind.APP_LOG),
                kept.stream().map(StoredUpload::kind).collect(Collectors.toList()));
        assertEquals(183, kept.stream().mapToLong(StoredUpload::size).sum());
        assertEquals(1, store.uploads(OTHER_POLY).size());
    }

    @Test
    public void aReaderNeverSeesHalfAFile() throws IOException {
        store.accept("0004f2a00001-web.cfg", -1, body("before"));
        Path folder = root.resolve("0004f2a00001/web-cfg");
        InputStream slow = new ByteArrayInputStream("after".getBytes(StandardCharsets.UTF_8)) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                try {
                    List<String> names = names(folder);
                    assertEquals(2, names.size());
                    assertTrue(names.toString(), names.contains("20260310T100000000Z-0000.bin"));
                    assertTrue(names.toString(), names.stream().anyMatch(n -> n.matches(
                            "\\.upload-.*\\.tmp")));
                } catch (IOException e) {
                    throw new AssertionError(e);
                }
                return super.read(b, off, Math.min(len, 1));
            }
        };
        clock.now = T0.plusSeconds(1);

        assertEquals(Outcome.STORED, store.accept("0004f2a00001-web.cfg", -1, slow).outcome());
        assertEquals(List.of("20260310T100000000Z-0000.bin", "20260310T100001000Z-0000.bin"),
                names(folder));
        assertEquals(List.of("after", "before"), contents(store.uploads(POLY)));
    }

    @Test
    public void aBodyThatBreaksOffLeavesNothingBehind() throws IOException {
        store.accept("0004f2a00001-boot.log", -1, body("first"));
        InputStream broken = new InputStream() {
            private int sent;

            @Override
            public int read() throws IOException {
                if (sent++ < 3) {
                    return 'x';
                }
                throw new IOException("early EOF");
            }
        };

        Result result = store.accept("0004f2a00001-boot.log", 10, broken);

        assertEquals(Outcome.BAD_BODY, result.outcome());
        assertEquals("boot-log upload of device 0004f2a00001 refused: the body broke off"
                + " (java.io.IOException: early EOF)", result.reason());
        assertEquals(List.of("20260310T100000000Z-0000.bin"),
                names(root.resolve("0004f2a00001/boot-log")));
        assertEquals(List.of("first"), contents(store.uploads(POLY)));
    }

    @Test
    public void foldersAndFilesAreTheKarafUsersOnly() throws IOException {
        store.accept("0004f2a00001-phone.cfg", -1, body("reg.1.auth.password=\"s\""));
        Path file = store.latest(POLY, UploadKind.PHONE_CFG).get().file();

        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(
                file)));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(
                file.getParent())));
    }

    @Test
    public void theRootDefaultsToTheKarafDataFolder() throws IOException {
        String before = System.getProperty("karaf.data");
        System.setProperty("karaf.data", outside.toString());
        try {
            UploadStore configured = new UploadStore(registry(), config(""));
            assertEquals(outside.resolve("openprov/uploads"), configured.root());
            assertEquals(1024 * 1024, configured.maxFileBytes());
        } finally {
            if (before == null) {
                System.clearProperty("karaf.data");
            } else {
                System.setProperty("karaf.data", before);
            }
        }
    }

    @Test
    public void limitsThatContradictEachOtherAreRefused() throws IOException {
        assertEquals("maxDeviceBytes 10 is below maxFileBytes 64",
                UploadStore.problem(new Limits(64, 10, 5)));
        assertEquals("keepPerKind must be at least 1", UploadStore.problem(new Limits(64, 64, 0)));
        assertEquals("maxFileBytes 0 is not between 1 and 2147483646",
                UploadStore.problem(new Limits(0, 64, 1)));
        assertEquals(null, UploadStore.problem(new Limits(64, 64, 1)));
        try {
            new UploadStore(registry(), root, new Limits(64, 10, 5), clock);
            fail("contradicting limits were accepted");
        } catch (IllegalArgumentException expected) {
            assertEquals("Uploads are refused: maxDeviceBytes 10 is below maxFileBytes 64; fix"
                    + " etc/org.openprov.uploads.cfg", expected.getMessage());
        }
    }

    @Test
    public void theDefaultsAreOneMiBPerFileEightPerPhoneAndFivePerKind() throws Exception {
        assertEquals("", UploadConfig.class.getMethod("root").getDefaultValue());
        assertEquals(1_048_576L, UploadConfig.class.getMethod("maxFileBytes").getDefaultValue());
        assertEquals(8_388_608L, UploadConfig.class.getMethod("maxDeviceBytes")
                .getDefaultValue());
        assertEquals(5, UploadConfig.class.getMethod("keepPerKind").getDefaultValue());
    }

    @Test
    public void kindsAreReadFromTheirSuffixAndId() {
        assertEquals(Optional.of(UploadKind.WEB_CFG), UploadKind.ofFileName("x-WEB.cfg"));
        assertEquals(Optional.empty(), UploadKind.ofFileName("x-user.cfg"));
        assertEquals(Optional.of(UploadKind.CALLS), UploadKind.ofId("Calls"));
        assertEquals(Optional.empty(), UploadKind.ofId("-calls.xml"));
        assertFalse(UploadKind.APP_LOG.secret());
        assertTrue(UploadKind.PHONE_CFG.secret());
    }

    static InputStream body(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    static List<String> contents(List<StoredUpload> uploads) throws IOException {
        List<String> texts = new java.util.ArrayList<>();
        for (StoredUpload u : uploads) {
            texts.add(Files.readString(u.file()));
        }
        return texts;
    }

    /** @return every regular file under a folder, sorted */
    static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> all = Files.walk(folder)) {
            return all.filter(Files::isRegularFile).sorted().collect(Collectors.toList());
        }
    }

    private static List<Path> folders(Path folder) throws IOException {
        try (Stream<Path> all = Files.walk(folder)) {
            return all.filter(p -> !p.equals(folder)
                    && Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)).sorted()
                    .collect(Collectors.toList());
        }
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> all = Files.list(folder)) {
            return all.map(p -> p.getFileName().toString()).sorted()
                    .collect(Collectors.toList());
        }
    }

    /** Two Poly phones and a Yealink. */
    static DeviceRegistry registry() {
        Map<Mac, Device> devices = new HashMap<>();
        devices.put(POLY, device(POLY, "polycom"));
        devices.put(OTHER_POLY, device(OTHER_POLY, "polycom"));
        devices.put(YEALINK, device(YEALINK, "yealink"));
        return (DeviceRegistry) Proxy.newProxyInstance(UploadStoreTest.class.getClassLoader(),
                new Class<?>[] {DeviceRegistry.class}, (proxy, method, args) -> {
                    if (method.getName().equals("device")) {
                        return Optional.ofNullable(devices.get(args[0]));
                    }
                    if (method.getName().equals("changeStamp")) {
                        return devices.containsKey(args[0]) ? java.util.OptionalLong.of(1)
                                : java.util.OptionalLong.empty();
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    private static Device device(Mac mac, String vendor) {
        return new Device(mac, "p", "c", vendor, "VVX500", "", T0, false, Optional.empty(),
                List.of(), Map.of());
    }

    private static UploadConfig config(String root) {
        return new UploadConfig() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return UploadConfig.class;
            }

            @Override
            public String root() {
                return root;
            }

            @Override
            public long maxFileBytes() {
                return 1024 * 1024;
            }

            @Override
            public long maxDeviceBytes() {
                return 8 * 1024 * 1024;
            }

            @Override
            public int keepPerKind() {
                return 5;
            }
        };
    }

    /** A body of a given length, which counts what was read of it. */
    static final class CountingBody extends InputStream {

        private final long length;
        long read;

        CountingBody(long length) {
            this.length = length;
        }

        @Override
        public int read() {
            if (read == length) {
                return -1;
            }
            read++;
            return 'a';
        }
    }

    /** A clock a test moves by hand. */
    static final class MovableClock extends Clock {

        volatile Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
