package org.openprov.bench.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.openprov.api.generator.ConfigGenerator;
import org.openprov.api.registry.Mac;
import org.openprov.api.registry.NewDevice;
import org.openprov.api.registry.PlanChoice;
import org.openprov.api.settings.DeviceConfig;

public class ExporterTest {

    @Rule
    public TemporaryFolder temp = new TemporaryFolder();

    private final FakeRegistry fake = new FakeRegistry();
    private final ConfigGenerator yealink = new StubGenerator("yealink", "y000000000096.cfg",
            "([0-9a-f]{12})\\.cfg");
    private final ConfigGenerator snom = new StubGenerator("snom", "snomD785.htm",
            "([0-9a-f]{12})\\.xml");

    @Before
    public void registerPhones() throws Exception {
        BenchPlan plan = new BenchPlan(3, 1, 1, List.of(BenchVendor.YEALINK, BenchVendor.SNOM,
                BenchVendor.FANVIL), 1);
        Registrar registrar = new Registrar(fake.registry(), () -> "pw");
        registrar.prepare(plan);
        registrar.register(plan, 1, d -> { });
    }

    @Test
    public void writesEachPhonesOwnFileAndTheCommonFilesUnderTheirRequestedNames()
            throws Exception {
        Path folder = temp.getRoot().toPath().resolve("files");

        Exporter.Result result = new Exporter(fake.registry(), Map.of("yealink", yealink,
                "snom", snom), DeviceConfig::ofDevice).export(folder);

        assertEquals(List.of("000413000002.xml", "001565000001.cfg", "y000000000096.cfg"),
                names(folder));
        assertEquals("yealink 001565000001.cfg for 1000000\n", read(folder,
                "001565000001.cfg"));
        assertEquals("snom 000413000002.xml for 1000001\n", read(folder, "000413000002.xml"));
        assertEquals("yealink common y000000000096.cfg\n", read(folder, "y000000000096.cfg"));
        assertEquals(2, result.devices());
        assertEquals(1, result.commonFiles());
        assertEquals(1, result.skipped());
        assertEquals(37 + 34 + 33, result.bytes());
    }

    @Test
    public void leavesOutPhonesOfOtherProviders() throws Exception {
        fake.registry().addProvider("acme");
        fake.registry().addCustomer("acme", "office");
        fake.registry().addDevice(new NewDevice(Mac.parse("001565aaaaaa"), "acme", "office",
                "yealink", "T54W", null, PlanChoice.MONTHLY));
        Path folder = temp.getRoot().toPath();

        Exporter.Result result = new Exporter(fake.registry(), Map.of("yealink", yealink),
                DeviceConfig::ofDevice).export(folder);

        assertEquals(1, result.devices());
        assertEquals(List.of("001565000001.cfg", "y000000000096.cfg"), names(folder));
    }

    @Test
    public void failsWhenAGeneratorDoesNotReadTheNameAsThePhonesOwn() {
        ConfigGenerator other = new StubGenerator("yealink", "y000000000096.cfg",
                "([0-9a-f]{12})\\.boot");

        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> new Exporter(fake.registry(), Map.of("yealink", other),
                        DeviceConfig::ofDevice).export(temp.getRoot().toPath()));

        assertEquals("Vendor yealink does not read 001565000001.cfg as a DEVICE file; the"
                + " benchmark's vendor table is out of step with the generator", e.getMessage());
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static String read(Path folder, String name) throws IOException {
        return Files.readString(folder.resolve(name), StandardCharsets.UTF_8);
    }
}
