package org.openprov.vendor.grandstream.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.Test;
import org.openprov.api.registry.Device;
import org.openprov.api.registry.SipLine;
import org.openprov.api.registry.Transport;
import org.openprov.testing.LogCapture;

/** SIP lines as accounts: their parameters, explicit port and transport, and their limits. */
public class GrandstreamAccountsTest {

    @Test
    public void twoLinesGiveAccountsOneAndTwoWithEveryPartExplicit() {
        Map<String, String> p = parameters("GXP2170", GrandstreamTestDevices.first(),
                GrandstreamTestDevices.second());

        assertEquals(List.of("1", "Zoë", "pbx.example.com:5060", "0", "1001", "1001",
                GrandstreamTestDevices.PASSWORD, GrandstreamTestDevices.DISPLAY_NAME),
                values(p, "P271", "P270", "P47", "P130", "P35", "P36", "P34", "P3"));
        assertEquals(List.of("1", "Desk", "sip.example.com:5061", "2", "1002", "auth-1002",
                "S3cret-1002", "Reception"),
                values(p, "P401", "P417", "P402", "P448", "P404", "P405", "P406", "P407"));
    }

    @Test
    public void accountsOfTheModelWithoutALineAreWrittenInactive() {
        Map<String, String> p = parameters("GXP2170", GrandstreamTestDevices.first());

        assertEquals(List.of("1", "0", "0", "0", "0", "0"),
                values(p, "P271", "P401", "P501", "P601", "P1701", "P1801"));
        assertFalse(p.containsKey("P402"));
    }

    @Test
    public void accountsFiveAndSixUseTheirOwnRanges() {
        List<SipLine> lines = new ArrayList<>();
        for (int n = 1; n <= 6; n++) {
            lines.add(new SipLine(n, "10" + n, "", "pw" + n, "", "", "pbx.example.com", 5060,
                    Transport.TCP));
        }
        Map<String, String> p = parameters("GXP2170", lines.toArray(SipLine[]::new));

        assertEquals(List.of("105", "pbx.example.com:5060", "1", "pw5"),
                values(p, "P1704", "P1702", "P1748", "P1706"));
        assertEquals(List.of("106", "1", "1"), values(p, "P1804", "P1848", "P1801"));
        assertEquals(List.of("103", "104"), values(p, "P504", "P604"));
    }

    @Test
    public void aLineBeyondTheModelsAccountsIsLeftOutWithAWarning() {
        SipLine third = new SipLine(3, "1003", "", "pw", "", "", "pbx.example.com", 5060,
                Transport.UDP);
        try (LogCapture log = new LogCapture()) {
            Map<String, String> p = parameters("GXP1628", GrandstreamTestDevices.first(), third);

            assertFalse(p.containsKey("P504"));
            assertEquals(1, log.count("WARN", GrandstreamTestDevices.MAC.hex(),
                    "line 3 is left out", "GXP1628 has 2 account(s)"));
        }
    }

    @Test
    public void linesSevenAndEightOfAGxp2135AreLeftOutAsUnknown() {
        SipLine seventh = new SipLine(7, "1007", "", "pw", "", "", "pbx.example.com", 5060,
                Transport.UDP);
        try (LogCapture log = new LogCapture()) {
            Map<String, String> p = parameters("GXP2135", GrandstreamTestDevices.first(),
                    seventh);

            assertEquals("1", p.get("P271"));
            assertEquals(1, log.count("WARN", "line 7 is left out", "accounts 1 to 6 only"));
        }
    }

    @Test
    public void anIpv6ServerKeepsItsBracketsBeforeThePort() {
        SipLine line = new SipLine(1, "1001", "", "pw", "", "", "[2001:db8::10]", 5062,
                Transport.TCP);

        Map<String, String> p = parameters("GXP2170", line);

        assertEquals("[2001:db8::10]:5062", p.get("P47"));
        assertEquals("1", p.get("P130"));
    }

    @Test
    public void aModelMissingFromTheTableGetsItsLinesButNoInactiveAccounts() {
        try (LogCapture log = new LogCapture()) {
            Map<String, String> p = parameters("GXV3380", GrandstreamTestDevices.first());

            assertEquals("pbx.example.com:5060", p.get("P47"));
            assertFalse(p.containsKey("P401"));
            assertEquals(1, log.count("WARN", "model GXV3380 is not in the Grandstream model"
                    + " table"));
        }
    }

    @Test
    public void transportCodes() {
        assertEquals(0, GrandstreamAccounts.transport(Transport.UDP));
        assertEquals(1, GrandstreamAccounts.transport(Transport.TCP));
        assertEquals(2, GrandstreamAccounts.transport(Transport.TLS));
    }

    private static Map<String, String> parameters(String model, SipLine... lines) {
        Device device = GrandstreamTestDevices.device(model, List.of(lines), Map.of());
        return GrandstreamTestDevices.parameters(GrandstreamTestDevices.config(device));
    }

    private static List<String> values(Map<String, String> p, String... names) {
        return List.of(names).stream().map(name -> String.valueOf(p.get(name))).toList();
    }
}
