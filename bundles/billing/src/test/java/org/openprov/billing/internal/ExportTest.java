package org.openprov.billing.internal;

import org.openprov.testing.DerbyDatabase;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Stream;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.openprov.api.registry.Mac;
import org.openprov.api.registry.RegistryException;

/** The CSV export: RFC 4180 quoting and line ends, and a file written whole or not at all. */
public class ExportTest {

    private static final YearMonth NOVEMBER = YearMonth.of(2026, 11);

    @Rule
    public final DerbyDatabase db = new DerbyDatabase();

    @Rule
    public final TemporaryFolder folder = new TemporaryFolder(new File("target"));

    private BillingFixture billing;

    @Before
    public void setUp() {
        billing = new BillingFixture(db);
        billing.prices("acme", "2026-01-01", "1.50", "5.00");
    }

    @Test
    public void fieldsWithCommaQuoteCrOrLfAreQuotedAndQuotesDoubled() {
        assertEquals("plain", Csv.field("plain"));
        assertEquals("\"a,b\"", Csv.field("a,b"));
        assertEquals("\"say \"\"hi\"\"\"", Csv.field("say \"hi\""));
        assertEquals("\"two\nlines\"", Csv.field("two\nlines"));
        assertEquals("\"cr\r\"", Csv.field("cr\r"));
        assertEquals("\"\"\"\"", Csv.field("\""));
        assertEquals("", Csv.field(""));
        assertEquals("a,\"b,c\",d\r\n", Csv.record(List.of("a", "b,c", "d")));
    }

    @Test
    public void everyChargeOfTheMonthIsOneRowAfterTheHeader() throws Exception {
        billing.registry.tenant("zeta");
        billing.prices("zeta", "2026-01-01", "2.00", "0.00");
        billing.registry.add("00:04:f2:00:00:01", "zeta", "hq", false, "2026-10-01T00:00:00Z");
        Mac plus = billing.registry.add("00:15:65:00:00:02", "acme", "Smith, \"Jones\" & Co",
                true, "2026-10-01T00:00:00Z");
        billing.registry.deliver(plus, "2026-11-30T23:59:00Z");
        billing.registry.add("00:15:65:00:00:01", "acme", "two\r\nlines", false,
                "2026-11-30T10:00:00Z");
        billing.service.close(NOVEMBER, null);
        Path file = folder.getRoot().toPath().resolve("november.csv");

        int rows = billing.service.export(NOVEMBER, file);

        assertEquals(3, rows);
        assertEquals("provider,month,mac,customer,reason,at,quantity,unit_price,amount,currency"
                + "\r\nacme,2026-11,00:15:65:00:00:02,\"Smith, \"\"Jones\"\" & Co\","
                + "PROVISIONING_PLUS,2026-11-30T23:59:00Z,1,5.00,5.00,USD"
                + "\r\nacme,2026-11,00:15:65:00:00:01,\"two\r\nlines\",MONTHLY,"
                + "2026-11-30T10:00:00Z,1,1.50,1.50,USD"
                + "\r\nzeta,2026-11,00:04:f2:00:00:01,hq,MONTHLY,2026-11-01T00:00:00Z,1,2.00,"
                + "2.00,USD\r\n", Files.readString(file, StandardCharsets.UTF_8));
    }

    @Test
    public void anExistingFileIsReplacedWhole() throws Exception {
        billing.registry.add("00:15:65:00:00:01", "acme", "main", false, "2026-10-01T00:00:00Z");
        billing.service.close(NOVEMBER, null);
        Path file = folder.getRoot().toPath().resolve("out.csv");
        Files.writeString(file, "an older and much longer export\r\n".repeat(100));

        billing.service.export(NOVEMBER, file);

        assertEquals(List.of("provider,month,mac,customer,reason,at,quantity,unit_price,amount,"
                + "currency", "acme,2026-11,00:15:65:00:00:01,main,MONTHLY,2026-11-01T00:00:00Z,"
                + "1,1.50,1.50,USD"), Files.readAllLines(file));
        assertEquals(List.of(file), files());
    }

    @Test
    public void aWriteFailingHalfWayLeavesTheOldFileAndNoTemporaryFile() throws Exception {
        Path file = folder.getRoot().toPath().resolve("out.csv");
        Files.writeString(file, "old\r\n");

        IOException failure = assertThrows(IOException.class, () -> AtomicFile.write(file,
                out -> {
                    out.write("provider,month\r\n".repeat(10_000));
                    out.flush();
                    throw new IOException("disk full");
                }));

        assertEquals("disk full", failure.getMessage());
        assertEquals("old\r\n", Files.readString(file));
        assertEquals(List.of(file), files());
    }

    @Test
    public void aNewFileAppearsOnlyOnceWritten() throws Exception {
        Path file = folder.getRoot().toPath().resolve("new.csv");

        AtomicFile.write(file, out -> {
            out.write("half");
            assertFalse("the target exists before the content is complete", Files.exists(file));
            return null;
        });

        assertEquals("half", Files.readString(file));
    }

    @Test
    public void anOpenMonthIsNotExported() {
        Path file = folder.getRoot().toPath().resolve("out.csv");

        RegistryException refused = assertThrows(RegistryException.class,
                () -> billing.service.export(NOVEMBER, file));

        assertEquals("2026-11 is not closed, so there is nothing to export; close it first"
                + " with billing:close 2026-11 once it is over", refused.getMessage());
        assertFalse(Files.exists(file));
    }

    @Test
    public void aMissingFolderOrAFolderAsTargetIsAMistake() {
        billing.service.close(NOVEMBER, null);
        Path missing = folder.getRoot().toPath().resolve("no/such/out.csv");

        RegistryException noFolder = assertThrows(RegistryException.class,
                () -> billing.service.export(NOVEMBER, missing));
        RegistryException isFolder = assertThrows(RegistryException.class,
                () -> billing.service.export(NOVEMBER, folder.getRoot().toPath()));

        assertTrue(noFolder.getMessage(), noFolder.getMessage().endsWith("no/such does not"
                + " exist; create it first or write the CSV file elsewhere"));
        assertTrue(isFolder.getMessage(), isFolder.getMessage().contains("is a folder"));
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> all = Files.list(folder.getRoot().toPath())) {
            return all.toList();
        }
    }
}
