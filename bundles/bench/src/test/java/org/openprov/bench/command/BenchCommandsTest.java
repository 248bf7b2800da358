package org.openprov.bench.command;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.management.MemoryUsage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.apache.karaf.shell.support.CommandException;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.openprov.api.generator.ConfigGenerator;
import org.openprov.api.registry.Device;
import org.openprov.bench.internal.FakeRegistry;
import org.openprov.bench.internal.StubGenerator;

public class BenchCommandsTest {

    @Rule
    public TemporaryFolder temp = new TemporaryFolder();

    private final FakeRegistry fake = new FakeRegistry();
    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final AtomicInteger released = new AtomicInteger();
    private final Map<String, ConfigGenerator> installed = Map.of(
            "yealink", new StubGenerator("yealink", "y000000000096.cfg", "([0-9a-f]{12})\\.cfg"),
            "polycom", new StubGenerator("polycom", "000000000000.cfg",
                    "([0-9a-f]{12})-openprov\\.cfg"));

    @Test
    public void registerPrintsWhatItAddedAndTheRateButNoPassword() throws Exception {
        BenchRegisterCommand command = register("yealink,polycom");
        command.count = 4;
        command.providers = 2;
        command.customers = 1;

        command.execute();

        String[] lines = printed().split("\n");
        assertEquals("Registering 4 phones (yealink,polycom) for 2 providers of 1 customers each"
                + " (4 providers and customers added first), on 1 thread(s)...", lines[0]);
        assertTrue(lines[1], lines[1].matches("Registered 4 phones in \\d+\\.\\d{3} s:"
                + " \\d+\\.\\d phones/s"));
        assertEquals(2, lines.length);
        assertEquals(4, fake.devices.size());
        for (Device device : fake.devices.values()) {
            assertFalse(printed().contains(device.lines().get(0).password()));
        }
        assertEquals(1, released.get());
    }

    @Test
    public void registerRefusesAVendorThatIsNotInstalled() {
        BenchRegisterCommand command = register("yealink,snom");

        CommandException e = assertThrows(CommandException.class, command::execute);

        assertEquals("Vendor snom is not installed; install it with feature:install"
                + " openprov-vendor-snom, or leave it out of --vendors", e.getMessage());
        assertEquals(List.of(), fake.calls);
        assertEquals(1, released.get());
    }

    @Test
    public void registerShowsAWrongOptionAsAMistake() {
        BenchRegisterCommand command = register("yealink");
        command.count = 0;

        CommandException e = assertThrows(CommandException.class, command::execute);

        assertEquals("--count must be at least 1", e.getMessage());
    }

    @Test
    public void exportWritesTheFilesAndSaysHowMany() throws Exception {
        BenchRegisterCommand register = register("yealink,polycom");
        register.count = 2;
        register.execute();
        printed.reset();
        BenchExportCommand export = new BenchExportCommand() {
            @Override
            InstalledGenerators generators() {
                return new InstalledGenerators(installed, released::incrementAndGet);
            }
        };
        export.registry = fake.registry();
        export.out = out();
        export.folder = temp.getRoot().toString();

        export.execute();

        String folder = Pattern.quote(temp.getRoot().toString());
        assertTrue(printed(), printed().matches("Exported 2 phones' own files and 2 common files"
                + " \\(0\\.0 MB\\) to " + folder + " in \\d+\\.\\d{3} s; 0 phone\\(s\\)"
                + " skipped \\(vendor not installed\\)\n"));
        assertEquals("yealink 001565000001.cfg for 1000000\n", Files.readString(
                Path.of(temp.getRoot().toString(), "001565000001.cfg")));
        assertEquals(2, released.get());
    }

    @Test
    public void heapIsDescribedInMegabytes() {
        assertEquals("Heap after GC: 81.2 MB in use, 301.9 MB committed, 6291.5 MB max",
                BenchHeapCommand.describe(new MemoryUsage(0, 81_234_567, 301_900_000,
                        6_291_456_000L)));
        assertEquals("Heap after GC: 0.0 MB in use, 1.0 MB committed, no max",
                BenchHeapCommand.describe(new MemoryUsage(-1, 1, 1_000_000, -1)));
    }

    @Test
    public void heapCollectsThenPrintsOneLine() {
        BenchHeapCommand command = new BenchHeapCommand();
        command.out = out();

        command.execute();

        assertTrue(printed(), printed().matches("Heap after GC: \\d+\\.\\d MB in use, \\d+\\.\\d"
                + " MB committed, (\\d+\\.\\d MB|no) max\n"));
    }

    private BenchRegisterCommand register(String vendors) {
        BenchRegisterCommand command = new BenchRegisterCommand() {
            @Override
            InstalledGenerators generators() {
                return new InstalledGenerators(installed, released::incrementAndGet);
            }
        };
        command.registry = fake.registry();
        command.out = out();
        command.vendors = vendors;
        return command;
    }

    private PrintStream out() {
        return new PrintStream(printed, true, StandardCharsets.UTF_8);
    }

    private String printed() {
        return printed.toString(StandardCharsets.UTF_8);
    }
}
