package org.openprov.vendor.cisco.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameters;
import org.openprov.api.generator.FileRequest;
import org.openprov.api.generator.ModelInfo;
import org.openprov.api.registry.Mac;

/**
 * One test per Cisco (and Linksys) row of the shared User-Agent fixture: the row is
 * recognised as Cisco's, names the model of the row, and gives the MAC it carries, or none
 * when it carries a serial number only.
 */
@RunWith(Parameterized.class)
public class CiscoUserAgentRowsTest {

    /** The model id and the MAC (empty: none) each row must give, by User-Agent. */
    private static final Map<String, String[]> EXPECTED = Map.of(
            "Cisco-CP-8841-3PCC/11.0 (00562ba0000f)", new String[] {"8841", "00562ba0000f"},
            "Cisco-CP-7832-3PCC/11.0.1 (00562ba00010)", new String[] {"7832", "00562ba00010"},
            "Cisco/ATA191-MPP-11-1-0-MSR4 (FCH0000TEST)", new String[] {"ATA191", ""},
            "Cisco/SPA508G-7.4.8a (0002FDA00011)(CBT0000TEST)",
            new String[] {"SPA508G", "0002fda00011"},
            "Cisco/SPA525G-7.4.7 (CBT0000TEST)", new String[] {"SPA525G", ""},
            "Linksys/SPA-942-6.1.5(a) (88019FA00012)", new String[] {"SPA942", ""});

    private final String userAgent;
    private final CiscoGenerator generator = CiscoTestDevices.generator();

    /** @param userAgent a Cisco row's User-Agent */
    public CiscoUserAgentRowsTest(String userAgent) {
        this.userAgent = userAgent;
    }

    /** @return the User-Agent of every Cisco and Linksys row of the fixture */
    @Parameters(name = "{0}")
    public static List<Object[]> rows() {
        List<Object[]> rows = new ArrayList<>();
        for (String[] row : fixture()) {
            if (cisco(row)) {
                rows.add(new Object[] {row[2]});
            }
        }
        return rows;
    }

    @Test
    public void rowIsRecognisedWithItsModelAndMac() {
        CiscoUserAgent.Reading reading = CiscoUserAgent.read(userAgent, generator.models());
        String[] expected = EXPECTED.get(userAgent);

        assertTrue(userAgent + " has an expectation", expected != null);
        assertTrue(reading.vendor());
        assertEquals(Optional.of(expected[0]), reading.model().map(ModelInfo::id));
        assertEquals(expected[1].isEmpty() ? Optional.empty()
                : Optional.of(Mac.parse(expected[1])), reading.mac());
    }

    @Test
    public void rowMarksBothKindsOfRequestAsCiscos() {
        FileRequest device = generator.recognise("00562ba0000f.xml", userAgent).orElseThrow();
        FileRequest bootstrap = generator.recognise("spa504G.cfg", userAgent).orElseThrow();

        assertTrue(device.userAgentMatched());
        assertTrue(bootstrap.userAgentMatched());
        assertFalse(generator.recognise("00562ba0000f.xml", "").orElseThrow()
                .userAgentMatched());
    }

    /** @return every row of the fixture copy, split into its columns */
    static List<String[]> fixture() {
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                CiscoUserAgentRowsTest.class.getResourceAsStream("/user-agents.tsv"),
                StandardCharsets.UTF_8))) {
            in.lines().filter(line -> !line.startsWith("#") && !line.startsWith("vendor\t"))
                    .filter(line -> !line.isBlank()).map(line -> line.split("\t"))
                    .forEach(rows::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    /** @return whether a row is one of Cisco's (Linksys SPA phones are Cisco's now) */
    static boolean cisco(String[] row) {
        return row[0].equals("Cisco") || row[0].equals("Linksys");
    }
}
