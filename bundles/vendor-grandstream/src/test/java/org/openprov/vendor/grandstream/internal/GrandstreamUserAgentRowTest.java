package org.openprov.vendor.grandstream.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
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
 * One test per row of the shared User-Agent fixture (copied to src/test/resources): a
 * Grandstream row matches and names its model and MAC, and its phone's own file and the common
 * file are reported as asked by Grandstream; no other vendor's row matches.
 */
@RunWith(Parameterized.class)
public class GrandstreamUserAgentRowTest {

    /** The model and MAC each Grandstream row names, by the row's model column. */
    private static final Map<String, List<String>> GRANDSTREAM = Map.of(
            "GXP1628", List.of("GXP1628", "c074ada00013"),
            "GXP2000 (legacy)", List.of("GXP2000", "000b82a00015"),
            "HT801 (ATA)", List.of("HT801", "c074ada00016"),
            "GXP2170", List.of("GXP2170", "000b82a00017"),
            "GXP2135", List.of("GXP2135", "000b82a00018"));

    private final GrandstreamGenerator generator = GrandstreamTestDevices.generator();
    private final String vendor;
    private final String model;
    private final String userAgent;

    /**
     * @param vendor the row's vendor column
     * @param model the row's model column
     * @param userAgent the row's User-Agent
     */
    public GrandstreamUserAgentRowTest(String vendor, String model, String userAgent) {
        this.vendor = vendor;
        this.model = model;
        this.userAgent = userAgent;
    }

    /** @return every row of the fixture: vendor, model, User-Agent */
    @Parameters(name = "{0} {1}")
    public static List<Object[]> rows() throws IOException {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                GrandstreamUserAgentRowTest.class.getResourceAsStream("/user-agents.tsv"),
                StandardCharsets.UTF_8))) {
            return in.lines().filter(line -> !line.startsWith("#") && !line.isBlank())
                    .filter(line -> !line.startsWith("vendor\t")).map(line -> line.split("\t"))
                    .map(row -> new Object[] {row[0], row[1], row[2]}).toList();
        }
    }

    @Test
    public void grandstreamRowsAndOnlyThoseMatch() {
        assertEquals(userAgent, vendor.equals("Grandstream"),
                GrandstreamUserAgent.matches(userAgent, generator.models()));
        if (vendor.equals("Grandstream")) {
            assertTrue(model, GRANDSTREAM.containsKey(model));
        }
    }

    @Test
    public void aGrandstreamRowNamesItsModelAndMac() {
        if (!vendor.equals("Grandstream")) {
            assertEquals(userAgent, Optional.empty(), GrandstreamUserAgent.model(userAgent,
                    generator.models()));
            return;
        }
        List<String> expected = GRANDSTREAM.get(model);

        assertEquals(expected.get(0), GrandstreamUserAgent.model(userAgent, generator.models())
                .map(ModelInfo::id).orElse("none"));
        assertEquals(Optional.of(Mac.parse(expected.get(1))),
                GrandstreamUserAgent.mac(userAgent));
    }

    @Test
    public void theRequestsOfARowSayWhetherGrandstreamAsked() {
        Mac mac = GrandstreamUserAgent.mac(userAgent).orElse(GrandstreamTestDevices.MAC);
        FileRequest own = generator.recognise("cfg" + mac.hex() + ".xml", userAgent)
                .orElseThrow();
        FileRequest common = generator.recognise("cfg.xml", userAgent).orElseThrow();

        assertEquals(Optional.of(mac), own.mac());
        assertEquals(vendor.equals("Grandstream"), own.userAgentMatched());
        assertEquals(vendor.equals("Grandstream"), common.userAgentMatched());
    }
}
